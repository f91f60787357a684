using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ThreeAssets.Documents.Tests;

/// <summary>Finds the QR code in a PDF and decodes it, as a resident's phone camera would.</summary>
internal static class QrDecoder
{
    /// <summary>The text of every image on the first page that decodes as a QR code.</summary>
    public static IReadOnlyList<string> DecodeFirstPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1).GetImages().Select(Decode).OfType<string>().ToList();
    }

    public static string? Decode(IPdfImage image)
    {
        if (!image.TryGetBytesAsMemory(out var memory)) return null;
        return Decode(Luminance(memory.ToArray(), image.WidthInSamples, image.HeightInSamples, image.BitsPerComponent),
            image.WidthInSamples, image.HeightInSamples);
    }

    public static string? Decode(byte[] gray, int width, int height)
    {
        var source = new RGBLuminanceSource(gray, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Text;
    }

    // Decoded samples are 8-bit gray or RGB, or 1-bit rows padded to a byte (1 = white in DeviceGray).
    private static byte[] Luminance(byte[] samples, int width, int height, int bitsPerComponent)
    {
        var gray = new byte[width * height];
        if (bitsPerComponent == 1)
        {
            var stride = (width + 7) / 8;
            for (var y = 0; y < height; y++)
                for (var x = 0; x < width; x++)
                    gray[y * width + x] = (samples[y * stride + x / 8] & (0x80 >> (x % 8))) != 0 ? (byte)255 : (byte)0;
            return gray;
        }
        var components = samples.Length / (width * height);
        for (var i = 0; i < gray.Length; i++)
            gray[i] = (byte)Enumerable.Range(0, components).Average(c => samples[i * components + c]);
        return gray;
    }
}
