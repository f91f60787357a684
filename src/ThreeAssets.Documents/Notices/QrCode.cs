using QRCoder;

namespace ThreeAssets.Documents.Notices;

/// <summary>The QR code that takes a resident from a printed notice to its online page.</summary>
internal static class QrCode
{
    /// <summary>
    /// A BMP of the code, black on white with the quiet zone. BMP because PDFsharp rejects QRCoder's
    /// 1-bit PNG; at 4 pixels a module the image stays small and still prints sharp at 2.5 cm.
    /// Level M survives the smudges and folds of a notice board.
    /// </summary>
    public static byte[] Bitmap(string url, int pixelsPerModule = 4)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
