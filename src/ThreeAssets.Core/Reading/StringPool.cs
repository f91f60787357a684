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

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(string text)
    {
        if (text.Length > MaxLength) return text;
        if (_strings.TryGetValue(text, out var pooled)) return pooled;
        if (_strings.Count < MaxEntries) _strings[text] = text;
        return text;
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
