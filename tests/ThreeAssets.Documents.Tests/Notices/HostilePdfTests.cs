using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ThreeAssets.Documents.Notices;
using ThreeAssets.Documents.Tests.Builders;
using Xunit.Abstractions;

namespace ThreeAssets.Documents.Tests.Notices;

/// <summary>
/// PDFs built to hurt the reader behind /verify. Deep nesting would end the test host with a stack
/// overflow if it reached PDFsharp, so every such test asks the pre-scan first and stops if it lets the file through.
/// </summary>
public sealed class HostilePdfTests(ITestOutputHelper output)
{
    private static readonly NoticeRenderer Renderer = new();

    // /verify takes files up to 10 MB.
    private const int NoticeLimit = 10 * 1024 * 1024;

    private static byte[] Pdf(params string[] objects) => Pdf(objects.Select(Encoding.Latin1.GetBytes).ToArray());

    private static byte[] Pdf(params byte[][] objects)
    {
        var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = pdf.Length;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private const string Catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    private const string Info = "<< /Keywords (fingerprint:7F3A-92C4-1BDE-0A55) >>";

    public static TheoryData<string, string> DeepNesting() => new()
    {
        { "arrays", "<< /Type /Pages /Kids [] /Count 0 /X " + new string('[', 100_000) + new string(']', 100_000) + " >>" },
        { "dictionaries", "<< /Type /Pages /Kids [] /Count 0 /X " + string.Concat(Enumerable.Repeat("<< /A ", 100_000)) + string.Concat(Enumerable.Repeat(">> ", 100_000)) + ">>" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Nesting_100000_deep_is_refused_before_the_parser_sees_it(string what, string pages)
    {
        var pdf = Pdf(Catalog, pages, Info);

        Assert.Equal(PdfRefusal.TooDeep, PdfPrescan.Check(pdf));
        // Only now is it safe to hand the file to the reader: the pre-scan stops it.
        Assert.Null(NoticeInspector.TryRead(pdf, out var refusal));
        Assert.Equal(PdfRefusal.TooDeep, refusal);
        output.WriteLine($"{what}: refused");
    }

    [Fact]
    public void Nesting_hidden_in_a_compressed_stream_is_refused_too()
    {
        var deep = Deflate(Encoding.Latin1.GetBytes(new string('[', 50_000)));
        var stream = Encoding.Latin1.GetBytes($"<< /Type /ObjStm /N 1 /First 4 /Length {deep.Length} /Filter /FlateDecode >>\nstream\n")
            .Concat(deep).Concat(Encoding.Latin1.GetBytes("\nendstream")).ToArray();
        var pdf = Pdf([Encoding.Latin1.GetBytes(Catalog), Encoding.Latin1.GetBytes("<< /Type /Pages /Kids [] /Count 0 >>"), Encoding.Latin1.GetBytes(Info), stream]);

        Assert.Equal(PdfRefusal.TooDeep, PdfPrescan.Check(pdf));
    }

    [Fact]
    public void Brackets_inside_a_font_or_page_stream_are_not_nesting()
    {
        // A subset font is binary: whether its bytes hold 65 '[' depends on which glyphs a notice uses
        // (a notice rendered under the invariant culture was refused as too deep before this test).
        var binary = Deflate(Encoding.Latin1.GetBytes(new string('[', 1_000)));
        var stream = Encoding.Latin1.GetBytes($"<< /Length {binary.Length} /Filter /FlateDecode >>\nstream\n")
            .Concat(binary).Concat(Encoding.Latin1.GetBytes("\nendstream")).ToArray();
        var pdf = Pdf([Encoding.Latin1.GetBytes(Catalog), Encoding.Latin1.GetBytes("<< /Type /Pages /Kids [] /Count 0 >>"), Encoding.Latin1.GetBytes(Info), stream]);

        Assert.Equal(PdfRefusal.None, PdfPrescan.Check(pdf));
    }

    [Fact]
    public void A_stream_that_inflates_to_1_GB_is_refused_in_a_bounded_time()
    {
        var bomb = Deflate(new byte[1024 * 1024 * 1024]);
        var stream = Encoding.Latin1.GetBytes($"<< /Length {bomb.Length} /Filter /FlateDecode >>\nstream\n")
            .Concat(bomb).Concat(Encoding.Latin1.GetBytes("\nendstream")).ToArray();
        var pdf = Pdf([Encoding.Latin1.GetBytes(Catalog), Encoding.Latin1.GetBytes("<< /Type /Pages /Kids [] /Count 0 >>"), Encoding.Latin1.GetBytes(Info), stream]);
        Assert.True(pdf.Length < NoticeLimit, "the bomb is small on disk");

        Assert.Null(NoticeInspector.TryRead(pdf, out var refusal));

        Assert.Equal(PdfRefusal.InflatesTooMuch, refusal);
    }

    [Fact]
    public void A_page_tree_that_loops_back_to_its_parent_is_answered()
    {
        var pdf = Pdf(Catalog, "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", Info, "<< /Type /Pages /Kids [2 0 R] /Parent 2 0 R /Count 1 >>");

        var stamp = NoticeInspector.TryRead(pdf, out var refusal);

        // The metadata is all /verify reads; the loop is never walked, and the answer comes back.
        Assert.Equal(PdfRefusal.None, refusal);
        Assert.Equal("7F3A-92C4-1BDE-0A55", stamp?.Fingerprint);
    }

    [Fact]
    public void Random_bytes_behind_a_pdf_header_are_no_notice()
    {
        var bytes = new byte[200_000];
        new Random(11).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);

        Assert.Null(NoticeInspector.TryRead(bytes, out _));
    }

    [Fact]
    public void A_real_notice_passes_the_pre_scan()
    {
        var pdf = Renderer.Render(NoticeBuilder.Funds().Build());

        Assert.Equal(PdfRefusal.None, PdfPrescan.Check(pdf));
        Assert.Equal("7F3A-92C4-1BDE-0A55", NoticeInspector.TryReadFingerprint(pdf));
    }

    /// <summary>
    /// Mutated notices (bit flips, truncation, nesting, huge numbers) for a bounded time, fixed seed: every one
    /// is refused or read, none throws, and nesting never reaches the parser.
    /// </summary>
    [Fact]
    public void Mutated_notices_are_read_or_refused_never_thrown()
    {
        const int seed = 20_260_417;
        var seeds = new[] { Renderer.Render(NoticeBuilder.Funds().Build()), Renderer.Render(NoticeBuilder.Resources().Build()) };
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        var (iteration, refused, read) = (0, 0, 0);
        for (; watch.Elapsed < TimeSpan.FromSeconds(8); iteration++)
        {
            var (mutation, bytes) = NoticeMutations.Mutate(seeds[random.Next(seeds.Length)], random);
            try
            {
                var stamp = NoticeInspector.TryRead(bytes, out var refusal);
                if (refusal != PdfRefusal.None) refused++;
                if (stamp is not null) read++;
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, iteration {iteration}: {mutation} threw {e}");
            }
        }
        output.WriteLine($"fuzz seed {seed}: {iteration} mutated notices in {watch.Elapsed.TotalSeconds:0.0} s, {refused} refused by the pre-scan, {read} still read");
        Assert.True(iteration > 10);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest)) z.Write(data);
        return output.ToArray();
    }
}

/// <summary>Byte-level mutations of a PDF; nesting is inserted as text so that the pre-scan must find it.</summary>
internal static class NoticeMutations
{
    public static (string Name, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                var flips = 1 + random.Next(16);
                for (var i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return ($"{flips} bit flips", bytes);
            case 1:
                var length = 16 + random.Next(bytes.Length - 16);
                return ($"truncated to {length}", bytes[..length]);
            case 2:
                var depth = 1_000 + random.Next(100_000);
                var nest = Encoding.Latin1.GetBytes(random.Next(2) == 0 ? new string('[', depth) : string.Concat(Enumerable.Repeat("<</A ", depth)));
                var at = random.Next(16, bytes.Length);
                return ($"{depth} deep at {at}", [.. bytes[..at], .. nest, .. bytes[at..]]);
            case 3:
                // Object numbers, counts and lengths read as huge.
                var text = Encoding.Latin1.GetString(bytes);
                var digits = text.IndexOf(' ', random.Next(text.Length));
                if (digits < 0) return ("unchanged", bytes);
                return ($"a huge number at {digits}", Encoding.Latin1.GetBytes(text.Insert(digits + 1, "99999999999 ")));
            default:
                var start = random.Next(bytes.Length);
                var count = Math.Min(bytes.Length - start, 1 + random.Next(256));
                random.NextBytes(bytes.AsSpan(start, count));
                return ($"{count} random bytes at {start}", bytes);
        }
    }
}
