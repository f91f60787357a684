using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// The workbook-level parts of an xlsx that a sheet reader needs: sheet names and parts in workbook
/// order, shared strings (rich-text runs joined, phonetic runs left out), which cell styles are
/// dates, and the 1904 date system. The small parts are read with XmlReader; the shared strings,
/// which can be as large as a sheet, with <see cref="XmlScanner"/>.
/// </summary>
internal sealed class XlsxPackage
{

    // DTDs are refused and nothing external is resolved: the XML comes from an untrusted upload.
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
    };

    /// <summary>The visible sheets, in workbook order.</summary>
    public required IReadOnlyList<(string Name, string Part)> Sheets { get; init; }

    public required IReadOnlyList<string> SharedStrings { get; init; }

    /// <summary>By cell style index (the s attribute): true when the style shows a date.</summary>
    public required IReadOnlyList<bool> DateStyles { get; init; }

    public bool Date1904 { get; init; }

    public static XlsxPackage Read(ZipArchive archive)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        ForEach(archive, "xl/_rels/workbook.xml.rels", "Relationship", r =>
        {
            var target = r.GetAttribute("Target") ?? "";
            targets[r.GetAttribute("Id") ?? ""] = target.StartsWith('/') ? target[1..] : "xl/" + target;
        });
        var sheets = new List<(string, string)>();
        var date1904 = false;
        ForEach(archive, "xl/workbook.xml", "workbookPr", r => date1904 = r.GetAttribute("date1904") is "1" or "true");
        ForEach(archive, "xl/workbook.xml", "sheet", r =>
        {
            // Hidden sheets hold dropdown lists and lookups (our own templates do), never the ledger itself.
            if (r.GetAttribute("state") is not ("hidden" or "veryHidden") && RelationshipId(r) is { } id && targets.TryGetValue(id, out var part))
                sheets.Add((r.GetAttribute("name") ?? "", part));
        });
        return new XlsxPackage
        {
            Sheets = sheets, SharedStrings = ReadSharedStrings(archive, targets), DateStyles = ReadDateStyles(archive), Date1904 = date1904,
        };
    }

    private static List<string> ReadSharedStrings(ZipArchive archive, Dictionary<string, string> targets)
    {
        var strings = new List<string>();
        var part = targets.Values.FirstOrDefault(t => t.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)) ?? "xl/sharedStrings.xml";
        if (archive.GetEntry(part) is not { } entry) return strings;
        using var xml = new XmlScanner(entry.Open());
        while (xml.ReadToElement("si"u8))
            strings.Add(Encoding.UTF8.GetString(ReadText(xml)));
        return strings;
    }

    /// <summary>
    /// The text of an &lt;si&gt; or &lt;is&gt; element, as UTF-8: its &lt;t&gt; and rich-text run texts
    /// joined, phonetic hints (&lt;rPh&gt;) left out. Ends on the element's end tag.
    /// </summary>
    public static ReadOnlySpan<byte> ReadText(XmlScanner xml)
    {
        xml.ClearContent();
        if (xml.IsEmptyElement) return xml.Content;
        var depth = xml.Depth;
        while (xml.Read() is not XmlScanner.Node.EndElement || xml.Depth != depth)
        {
            if (xml.NodeType != XmlScanner.Node.Element) continue;
            if (xml.LocalName.SequenceEqual("t"u8))
                xml.AppendContent();
            else if (xml.LocalName.SequenceEqual("rPh"u8))
                xml.Skip();
        }
        return xml.Content;
    }

    private static List<bool> ReadDateStyles(ZipArchive archive)
    {
        var custom = new Dictionary<int, string>();
        var styles = new List<bool>();
        ForEach(archive, "xl/styles.xml", "numFmt", r =>
        {
            if (int.TryParse(r.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id))
                custom[id] = r.GetAttribute("formatCode") ?? "";
        });
        if (archive.GetEntry("xl/styles.xml") is not { } entry) return styles;
        using var reader = XmlReader.Create(entry.Open(), Settings);
        if (!ReadToElement(reader, "cellXfs")) return styles;
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "xf") continue;
            var id = int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var n) ? n : 0;
            styles.Add(custom.TryGetValue(id, out var code) ? IsDateFormat(code) : IsBuiltInDate(id));
        }
        return styles;
    }

    // Built-in date formats, including the Chinese ones (27–36, 50–58) that Chinese Excel and WPS write.
    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58);

    /// <summary>A custom format shows a date when, outside quotes and [brackets], it uses y, d or 年/月/日.</summary>
    internal static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '\\') i++;
            else if (c == '[') bracket = true;
            else if (c == ']') bracket = false;
            else if (!bracket && (c is 'y' or 'Y' or 'd' or 'D' or '年' or '日' || c is 'm' or 'M' && code.Contains('y', StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Moves to the next element with this local name, whatever its prefix or namespace: exports
    /// built on the OpenXML SDK write x:row, and Strict OOXML uses other namespace URIs.
    /// </summary>
    public static bool ReadToElement(XmlReader reader, string localName)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName)
                return true;
        }
        return false;
    }

    /// <summary>The r:id of a sheet element, in the transitional or the strict relationships namespace.</summary>
    private static string? RelationshipId(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
            {
                var id = reader.Value;
                reader.MoveToElement();
                return id;
            }
        }
        reader.MoveToElement();
        return null;
    }

    private static void ForEach(ZipArchive archive, string part, string element, Action<XmlReader> action)
    {
        if (archive.GetEntry(part) is not { } entry) return;
        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (ReadToElement(reader, element))
            action(reader);
    }
}
