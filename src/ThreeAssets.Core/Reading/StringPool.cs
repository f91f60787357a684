namespace ThreeAssets.Core.Reading;

/// <summary>
/// Keeps one instance of each short text a sheet repeats (summaries, names, settlement methods):
/// files written with inline strings would otherwise keep a copy per cell alive in the parsed rows.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 64;
    private const int MaxEntries = 50_000;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Intern(string text)
    {
        if (text.Length > MaxLength) return text;
        if (_strings.TryGetValue(text, out var pooled)) return pooled;
        if (_strings.Count < MaxEntries) _strings[text] = text;
        return text;
    }
}
