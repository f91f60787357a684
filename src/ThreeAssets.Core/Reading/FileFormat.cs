using System.Text;
using System.Text.Unicode;

namespace ThreeAssets.Core.Reading;

/// <summary>Container formats told apart by content, never by file extension.</summary>
internal enum FileFormat
{
    Xlsx,
    Ole2,
    Csv,
}

internal static class FileFormatDetector
{
    // GB18030 and the old code pages of .xls files come from the code-pages provider.
    static FileFormatDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Zip signature → xlsx, OLE2 signature → xls or an encrypted xlsx, anything else → text.</summary>
    public static FileFormat Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith(Zip) ? FileFormat.Xlsx : head.StartsWith(Ole2) ? FileFormat.Ole2 : FileFormat.Csv;

    /// <summary>
    /// An OLE2 file holding an EncryptionInfo stream is an encrypted OOXML package (Excel "encrypt with
    /// password"). The directory entry names are UTF-16, so a byte search is enough and cheap.
    /// </summary>
    public static bool IsEncryptedPackage(ReadOnlySpan<byte> file) =>
        file.IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0 && file.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    /// <summary>UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise GB18030, as Chinese Excel saves CSV.</summary>
    public static Encoding CsvEncoding(ReadOnlySpan<byte> file) =>
        Utf8.IsValid(file) ? new UTF8Encoding(false) : Encoding.GetEncoding("GB18030");

    /// <summary>Text files with NUL bytes or many control characters are not CSV: refuse them instead of guessing.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return false;
            if (b < 0x09 || b is > 0x0D and < 0x20) control++;
        }
        return control * 20 <= head.Length;
    }
}
