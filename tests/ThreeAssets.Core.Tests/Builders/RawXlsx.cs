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
    public static byte[] Package(string sheetData, string? sharedStrings = null, string extraSheetXml = "", string sheetName = "Sheet1")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Add(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Add(zip, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sharedStrings}</sst>""");
            Add(zip, "xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheetData}</sheetData>{extraSheetXml}</worksheet>""");
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
