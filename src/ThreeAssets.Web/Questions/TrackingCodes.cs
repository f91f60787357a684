using System.Security.Cryptography;

namespace ThreeAssets.Web.Questions;

/// <summary>
/// Tracking codes residents write down and read out over the phone: eight random characters from an
/// alphabet without 0/O, 1/I/L (31 symbols, about 8.5 × 10^11 codes), shown as ABCD-EFGH.
/// Random, never sequential, so that one code says nothing about another.
/// </summary>
public static class TrackingCodes
{
    public const int Length = 8;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper case, without spaces or dashes; null when what is left cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var code = new string(typed.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '－' or '—' or '_'))
            .Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    public static string Format(string code) => code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;
}
