using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ThreeAssets.Core.Tests.Builders;

/// <summary>
/// Writes a minimal xlsx package by hand, so tests control every byte of the sheet XML: inline and
/// rich-text shared strings, error cells, date styles, cells at XFD1048576, merged cells.
/// Style 1 is a date (number format 14), as Excel writes dates.
/// </summary>
public static class RawXlsx
{
    public static byte[] Package(string sheetData, string? sharedStrings = null, string extraSheetXml = "", string sheetName = "Sheet1") =>
        Workbook([(sheetName, sheetData, extraSheetXml)], sharedStrings);

    /// <summary>A package with several sheets, in order; a name starting with ~ makes a hidden sheet.</summary>
    public static byte[] Workbook(IReadOnlyList<(string Name, string SheetData, string Extra)> sheets, string? sharedStrings = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name.TrimStart('~')}\"{(s.Name.StartsWith('~') ? " state=\"hidden\"" : "")} sheetId=\"{i + 1}\" r:id=\"rId{i + 10}\"/>"))}</sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 10}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))}<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Add(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Add(zip, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sharedStrings}</sst>""");
            for (var i = 0; i < sheets.Count; i++)
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheets[i].SheetData}</sheetData>{sheets[i].Extra}</worksheet>""");
        }
        return buffer.ToArray();
    }

    /// <summary>One row; values: string (inline), double/int/decimal (number), DateTime (date style), RawCell (as given), null (skipped).</summary>
    public static string Row(int number, params object?[] values)
    {
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<row r=\"{number}\">");
        for (var i = 0; i < values.Length; i++)
        {
            var r = Letter(i) + number.ToString(CultureInfo.InvariantCulture);
            sb.Append(values[i] switch
            {
                null => "",
                string s => $"<c r=\"{r}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></is></c>",
                DateTime d => string.Create(CultureInfo.InvariantCulture, $"<c r=\"{r}\" s=\"1\"><v>{d.ToOADate()}</v></c>"),
                RawCell c => c.Xml.Replace("{r}", r, StringComparison.Ordinal),
                IFormattable n => $"<c r=\"{r}\"><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>",
                var other => throw new ArgumentException($"unsupported cell value {other}"),
            });
        }
        return sb.Append("</row>").ToString();
    }

    /// <summary>The same package with the sheet XML rewritten by <paramref name="change"/>.</summary>
    public static byte[] RewriteSheet(byte[] xlsx, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx)))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry.FullName == "xl/worksheets/sheet1.xml")
                    text = change(text);
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}

/// <summary>A cell written as raw XML; <c>{r}</c> is replaced by its reference.</summary>
public sealed record RawCell(string Xml)
{
    public static RawCell Error(string text) => new($"<c r=\"{{r}}\" t=\"e\"><v>{SecurityElement.Escape(text)}</v></c>");

    public static RawCell Shared(int index) => new($"<c r=\"{{r}}\" t=\"s\"><v>{index}</v></c>");
}
