using System.IO.Compression;
using System.Xml;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Excel error cells (#REF!, #DIV/0!) of an xlsx. ExcelDataReader 3.6 reads them as empty cells, so
/// the sheets the zip guard saw an error cell in (<c>t="e"</c>) are read once more here, and only those.
/// </summary>
internal static class XlsxErrorCells
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // DTDs are refused and nothing external is resolved: the XML comes from an untrusted upload.
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    /// <summary>Sheet name → (1-based row, 0-based column) → error text.</summary>
    public static Dictionary<string, Dictionary<(int Row, int Column), string>> Read(byte[] file, IReadOnlyList<string> parts)
    {
        var result = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.Ordinal);
        if (parts.Count == 0) return result;
        using var archive = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        foreach (var (name, part) in SheetParts(archive))
        {
            if (!parts.Contains(part, StringComparer.OrdinalIgnoreCase) || archive.GetEntry(part) is not { } entry) continue;
            var cells = new Dictionary<(int, int), string>();
            using var reader = XmlReader.Create(entry.Open(), Settings);
            while (reader.ReadToFollowing("c", Main))
            {
                if (reader.GetAttribute("t") != "e" || reader.GetAttribute("r") is not { } reference) continue;
                var text = reader.ReadToDescendant("v", Main) ? reader.ReadElementContentAsString() : "#VALUE!";
                if (Parse(reference) is { } at) cells[at] = text;
            }
            result[name] = cells;
        }
        return result;
    }

    private static IEnumerable<(string Name, string Part)> SheetParts(ZipArchive archive)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (archive.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = XmlReader.Create(rels.Open(), Settings);
            while (reader.ReadToFollowing("Relationship"))
            {
                var target = reader.GetAttribute("Target") ?? "";
                targets[reader.GetAttribute("Id") ?? ""] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }
        if (archive.GetEntry("xl/workbook.xml") is not { } workbook) yield break;
        using var sheets = XmlReader.Create(workbook.Open(), Settings);
        while (sheets.ReadToFollowing("sheet", Main))
        {
            if (sheets.GetAttribute("id", Relationships) is { } id && targets.TryGetValue(id, out var part))
                yield return (sheets.GetAttribute("name") ?? "", part);
        }
    }

    private static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++)
            column = column * 26 + (reference[i] - 'A' + 1);
        return column > 0 && int.TryParse(reference.AsSpan(i), System.Globalization.CultureInfo.InvariantCulture, out var row)
            ? (row, column - 1) : null;
    }
}
