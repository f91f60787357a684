using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ThreeAssets.Benchmarks;

/// <summary>
/// One forward pass of XmlReader over the first sheet, turning each cell into a string or double and
/// keeping nothing. Not a reader: it is the floor any reader built on XmlReader could reach (the
/// engine's first xlsx reader was, and ExcelDataReader is), to compare with the engine, which reads the
/// sheet's UTF-8 bytes with its own <c>XmlScanner</c> and parses and validates in less time than this pass.
/// </summary>
internal static class XmlScan
{
    public static int Cells(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var cells = 0;
        string? type = null;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "c":
                    type = xml.GetAttribute("t");
                    break;
                case "v" when type is null or "n":
                    _ = double.Parse(xml.ReadElementContentAsString(), CultureInfo.InvariantCulture);
                    cells++;
                    break;
                case "v" or "t":
                    _ = xml.ReadElementContentAsString();
                    cells++;
                    break;
            }
        }
        return cells;
    }
}
