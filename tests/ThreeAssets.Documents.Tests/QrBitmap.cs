namespace ThreeAssets.Documents.Tests;

/// <summary>Reads the 24-bit BMP that QRCoder's BitmapByteQRCode writes into gray pixels.</summary>
internal static class QrBitmap
{
    public static (byte[] Gray, int Width, int Height) ToGray(byte[] bmp)
    {
        var offset = BitConverter.ToInt32(bmp, 10);
        var width = BitConverter.ToInt32(bmp, 18);
        var rawHeight = BitConverter.ToInt32(bmp, 22);
        var height = Math.Abs(rawHeight);
        var bytesPerPixel = BitConverter.ToInt16(bmp, 28) / 8;
        var stride = (width * bytesPerPixel + 3) / 4 * 4;
        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            // Positive height means rows are stored bottom-up.
            var row = rawHeight > 0 ? height - 1 - y : y;
            for (var x = 0; x < width; x++)
                gray[y * width + x] = bmp[offset + row * stride + x * bytesPerPixel];
        }
        return (gray, width, height);
    }
}
