using System.IO.Compression;
using System.Text;

namespace ThreeAssets.Core.Tests.Builders;

/// <summary>Files that try to hurt the server, or are just broken.</summary>
public static class HostileFiles
{
    private static readonly Lazy<byte[]> Bomb = new(() => ZipBomb(770));

    /// <summary>An xlsx whose sheet XML inflates to 770 MB from a few MB (built once per test run).</summary>
    public static byte[] ZipBomb770 => Bomb.Value;

    /// <summary>
    /// An xlsx package whose sheet inflates to <paramref name="megabytes"/> MB of repeated rows.
    /// With <paramref name="lie"/> the zip directory claims tiny sizes, as a hand-made bomb would.
    /// </summary>
    public static byte[] ZipBomb(int megabytes, bool lie = false)
    {
        var valid = RawXlsx.Package(RawXlsx.Row(1, "日期", "摘要", "收入金额"));
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(valid), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != "xl/worksheets/sheet1.xml"))
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<row><c t=\"inlineStr\"><is><t>收取鱼塘承包费</t></is></c></row>", 20_000)));
            sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            for (long written = 0; written < megabytes * 1024L * 1024; written += chunk.Length)
                sheet.Write(chunk);
            sheet.Write("</sheetData></worksheet>"u8);
        }
        var bytes = output.ToArray();
        if (lie) ShrinkDeclaredSizes(bytes);
        return bytes;
    }

    /// <summary>Random bytes with a fixed seed.</summary>
    public static byte[] RandomBytes(int length = 50_000)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    /// <summary>
    /// The outline of an Excel-encrypted xlsx: an OLE2 compound file holding EncryptionInfo and
    /// EncryptedPackage streams (the directory names are UTF-16).
    /// </summary>
    public static byte[] EncryptedWorkbook()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        return bytes;
    }

    /// <summary>Rewrites every uncompressed size in the local headers and the central directory to 1 KB.</summary>
    private static void ShrinkDeclaredSizes(byte[] zip)
    {
        for (var i = 0; i + 30 < zip.Length; i++)
        {
            if (zip[i] != 0x50 || zip[i + 1] != 0x4B) continue;
            if (zip[i + 2] == 0x03 && zip[i + 3] == 0x04) BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), 1024u);
            else if (zip[i + 2] == 0x01 && zip[i + 3] == 0x02) BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), 1024u);
        }
    }
}
