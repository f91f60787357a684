using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ThreeAssets.Documents.Notices;

/// <summary>
/// Makes PDFsharp's output a pure function of the notice. PDFsharp 6.2 draws two things from
/// <see cref="Guid.NewGuid"/> with no way to set them: the six-letter font subset tags (EKCMRS+Noto…)
/// and the XMP DocumentID/InstanceID. Both are replaced here, after saving, by values derived from a
/// seed, with the same number of bytes, so every offset in the cross-reference table stays right.
/// The determinism test fails loudly should a later PDFsharp move them somewhere else.
/// </summary>
internal static partial class ReproducibleOutput
{
    public static void Apply(byte[] pdf, string seed)
    {
        // Latin-1 maps bytes to chars one to one, so string indexes are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            var group = m.Groups["tag"];
            if (!tags.TryGetValue(group.Value, out var tag))
            {
                tag = Tag(seed, tags.Count);
                tags.Add(group.Value, tag);
            }
            Encoding.ASCII.GetBytes(tag, 0, tag.Length, pdf, group.Index);
        }
        foreach (Match m in XmpId().Matches(text))
        {
            var group = m.Groups["uuid"];
            var id = Uuid(seed, m.Groups["kind"].Value);
            Encoding.ASCII.GetBytes(id, 0, id.Length, pdf, group.Index);
        }
    }

    private static string Tag(string seed, int ordinal)
    {
        var hash = Hash($"{seed}|font|{ordinal}");
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    private static string Uuid(string seed, string kind) => new Guid(Hash($"{seed}|{kind}").AsSpan(0, 16)).ToString("D");

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    // Only where PDF names a font (BaseFont of the Type0 and CID fonts, FontName of the descriptor),
    // never inside a compressed stream whose bytes might happen to look alike.
    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/(?<tag>[A-Z]{6})\+", RegexOptions.CultureInvariant)]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"<xmpMM:(?<kind>DocumentID|InstanceID)>uuid:(?<uuid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})<", RegexOptions.CultureInvariant)]
    private static partial Regex XmpId();
}
