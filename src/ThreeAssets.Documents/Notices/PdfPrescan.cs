using System.IO.Compression;

namespace ThreeAssets.Documents.Notices;

/// <summary>Why an uploaded PDF was refused before the PDF parser saw it.</summary>
public enum PdfRefusal
{
    /// <summary>Nothing found: the parser may read it.</summary>
    None,

    /// <summary>Arrays or dictionaries nest deeper than any real document (the parser would recurse until the process dies).</summary>
    TooDeep,

    /// <summary>Its compressed streams inflate to more than a notice could hold (a "zip bomb").</summary>
    InflatesTooMuch,

    /// <summary>Reading it took longer than any real notice.</summary>
    TooSlow,
}

/// <summary>
/// A single pass over an uploaded PDF's bytes, before PDFsharp parses it: PDFsharp reads nested arrays
/// and dictionaries recursively, and a stack overflow cannot be caught, so a file nested 100,000 deep
/// must be refused here. Compressed streams are inflated with a running cap; object streams (which hide
/// objects inside them) are then scanned the same way. Iterative, no allocation beyond the inflate buffer.
/// </summary>
public static class PdfPrescan
{
    /// <summary>Deepest nesting of arrays and dictionaries accepted; notices nest four deep, other tools rarely ten.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most bytes all compressed streams of one file may inflate to; a notice holds a few hundred kilobytes.</summary>
    public const long MaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>What stops the file, or <see cref="PdfRefusal.None"/>.</summary>
    public static PdfRefusal Check(ReadOnlySpan<byte> pdf)
    {
        long inflated = 0;
        return Scan(pdf, ref inflated, streams: true);
    }

    private static PdfRefusal Scan(ReadOnlySpan<byte> pdf, ref long inflated, bool streams)
    {
        var depth = 0;
        var i = 0;
        while (i < pdf.Length)
        {
            switch (pdf[i])
            {
                case (byte)'%':
                    while (i < pdf.Length && pdf[i] is not ((byte)'\r' or (byte)'\n')) i++;
                    continue;
                case (byte)'(':
                    i = SkipLiteralString(pdf, i);
                    continue;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                case (byte)'[':
                    if (++depth > MaxDepth) return PdfRefusal.TooDeep;
                    i += pdf[i] == '[' ? 1 : 2;
                    continue;
                case (byte)'<':
                    // A hex string; its digits never nest.
                    var close = pdf[i..].IndexOf((byte)'>');
                    i = close < 0 ? pdf.Length : i + close + 1;
                    continue;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    i += pdf[i] == ']' ? 1 : 2;
                    continue;
                case (byte)'s' when streams && IsStreamKeyword(pdf, i):
                    var start = i + "stream".Length;
                    if (start < pdf.Length && pdf[start] == '\r') start++;
                    if (start < pdf.Length && pdf[start] == '\n') start++;
                    var end = pdf[start..].IndexOf("endstream"u8);
                    var data = end < 0 ? pdf[start..] : pdf.Slice(start, end);
                    var refusal = ScanInflated(data, ref inflated, nesting: IsObjectStream(pdf[..i]));
                    if (refusal != PdfRefusal.None) return refusal;
                    i = end < 0 ? pdf.Length : start + end + "endstream".Length;
                    continue;
                default:
                    i++;
                    continue;
            }
        }
        return PdfRefusal.None;
    }

    private static int SkipLiteralString(ReadOnlySpan<byte> pdf, int i)
    {
        var open = 0;
        for (; i < pdf.Length; i++)
        {
            if (pdf[i] == '\\') i++;
            else if (pdf[i] == '(') open++;
            else if (pdf[i] == ')' && --open == 0) return i + 1;
        }
        return pdf.Length;
    }

    // Only an object stream (/Type /ObjStm) holds objects the parser reads; every other stream is fonts, images or
    // page content, whose bytes are binary or drawing operators and would only count false brackets.
    private static bool IsObjectStream(ReadOnlySpan<byte> beforeStream)
    {
        var from = Math.Max(0, beforeStream.Length - 4096);
        var dictionary = beforeStream[from..];
        var obj = dictionary.LastIndexOf(" obj"u8);
        if (obj >= 0) dictionary = dictionary[obj..];
        return dictionary.IndexOf("/ObjStm"u8) >= 0;
    }

    private static bool IsStreamKeyword(ReadOnlySpan<byte> pdf, int i) =>
        pdf[i..].StartsWith("stream"u8) && (i == 0 || pdf[i - 1] is (byte)'>' or (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        && i + 6 < pdf.Length && pdf[i + 6] is (byte)'\r' or (byte)'\n';

    /// <summary>
    /// Inflates a stream that looks compressed (zlib header, or raw deflate that decodes), counting every
    /// byte against the file's cap, and scans what comes out of an object stream for nesting; streams that
    /// are not deflate are left alone.
    /// </summary>
    private static PdfRefusal ScanInflated(ReadOnlySpan<byte> data, ref long inflated, bool nesting)
    {
        if (data.Length < 2) return PdfRefusal.None;
        var zlib = (data[0] & 0x0F) == 8 && (data[0] << 8 | data[1]) % 31 == 0;
        using var buffer = new MemoryStream();
        try
        {
            using var input = new MemoryStream(data.ToArray(), writable: false);
            using Stream inflater = zlib ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress);
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = inflater.Read(chunk, 0, chunk.Length)) > 0)
            {
                inflated += n;
                if (inflated > MaxInflatedBytes) return PdfRefusal.InflatesTooMuch;
                buffer.Write(chunk, 0, n);
            }
        }
        catch (InvalidDataException)
        {
            // Not deflate, or damaged: what came out so far is still scanned, the parser would see no more.
        }
        return buffer.Length == 0 || !nesting ? PdfRefusal.None : Scan(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ref inflated, streams: false);
    }
}
