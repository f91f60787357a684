using System.Text;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Keeps one instance of each short text a sheet repeats (summaries, names, settlement methods):
/// files written with inline strings would otherwise keep a copy per cell alive in the parsed rows.
/// Looked up by span, so a text seen before costs no allocation at all.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 64;
    private const int MaxEntries = 50_000;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private readonly char[] _chars = new char[MaxLength * 3];

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string for UTF-8 text, decoded into a reused buffer first.</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0) return "";
        if (utf8.Length > MaxLength * 3) return Encoding.UTF8.GetString(utf8);
        return Intern(_chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars)));
    }

    public string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return "";
        if (text.Length > MaxLength) return new string(text);
        if (_bySpan.TryGetValue(text, out var pooled)) return pooled;
        var created = new string(text);
        if (_strings.Count < MaxEntries) _strings[created] = created;
        return created;
    }
}
