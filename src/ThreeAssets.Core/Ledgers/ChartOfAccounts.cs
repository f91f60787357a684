using System.Globalization;

namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// The chart of accounts of rural collective economic organisations (2023): code → name. A
/// sub-account is a chart code followed by 2–6 digits (51301 under 513).
/// </summary>
public sealed class ChartOfAccounts
{
    private const string ResourceName = "ThreeAssets.Core.chart-of-accounts-2023.csv";
    private readonly Dictionary<string, string> _names;

    private ChartOfAccounts(Dictionary<string, string> names) => _names = names;

    /// <summary>The 2023 chart embedded in this assembly (a copy of seed-data/chart-of-accounts-2023.csv).</summary>
    public static ChartOfAccounts Default { get; } = LoadEmbedded();

    /// <summary>Number of chart accounts.</summary>
    public int Count => _names.Count;

    /// <summary>Reads <c>code,name,class</c> lines; the first line is a header.</summary>
    public static ChartOfAccounts Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length >= 2 && parts[0].Trim().Length > 0)
                names[parts[0].Trim()] = parts[1].Trim();
        }
        return new ChartOfAccounts(names);
    }

    /// <summary>The embedded CSV text, for the test that keeps it equal to seed-data.</summary>
    public static string EmbeddedCsv()
    {
        using var stream = typeof(ChartOfAccounts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The chart of accounts resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The chart name an account code falls under: its own name for a chart code, its parent's for a
    /// sub-account; null when the code is neither.
    /// </summary>
    public string? NameOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_names.TryGetValue(code, out var name))
            return name;
        if (code.Length is >= 5 and <= 9 && code.All(char.IsAsciiDigit) && _names.TryGetValue(code[..3], out var parent))
            return parent;
        return null;
    }

    /// <summary>True for a chart code itself (not a sub-account).</summary>
    public bool IsChartCode(string code) => _names.ContainsKey(code);

    private static ChartOfAccounts LoadEmbedded()
    {
        using var reader = new StringReader(EmbeddedCsv());
        return Load(reader);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} accounts");
}
