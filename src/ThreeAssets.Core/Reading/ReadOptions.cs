using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Limits that keep a hostile or accidental upload (zip bomb, a stray cell at XFD1048576) from
/// costing the server more than a normal ledger would.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>Largest accepted upload.</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Most sheet rows read (data, title and note rows together).</summary>
    public int MaxRows { get; init; } = 200_000;

    /// <summary>Largest total uncompressed size of an xlsx package, as its zip directory declares it.</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest uncompressed size of any one entry of an xlsx package.</summary>
    public long MaxEntryBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>
    /// Largest uncompressed shared-strings part: it is held in memory whole (as UTF-16, twice its size),
    /// unlike the sheet, which is streamed.
    /// </summary>
    public long MaxSharedStringsBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most entries in an xlsx package; real workbooks have a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 1_000;

    /// <summary>Empty rows in a row after which the sheet is taken to have ended.</summary>
    public int MaxEmptyRowRun { get; init; } = 1_000;

    /// <summary>Columns read per row; anything further right is ignored.</summary>
    public int MaxColumns { get; init; } = 100;

    /// <summary>
    /// Longest a parse may take (see <see cref="BoundedParse"/>); 200,000 rows take a few seconds, so a
    /// file that takes a minute is hostile or broken.
    /// </summary>
    public TimeSpan MaxParseTime { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Rows searched for the header.</summary>
    public int HeaderSearchRows { get; init; } = 20;

    /// <summary>The defaults above.</summary>
    public static ReaderLimits Default { get; } = new();
}

/// <summary>What the previous publication of the same village and kind says, for PERIOD- rules.</summary>
/// <param name="ClosingBalance">Funds: closing balance of the previous period, in fen.</param>
/// <param name="AssetStatuses">Assets: code → 使用状态 in the previous snapshot.</param>
public sealed record PreviousPublication(long? ClosingBalance = null, IReadOnlyDictionary<string, string>? AssetStatuses = null);

/// <summary>Inputs of <see cref="LedgerReader.Read(Stream, string, LedgerKind, Period?, ReadOptions?)"/> besides the bytes.</summary>
public sealed record ReadOptions
{
    /// <summary>Size and row limits.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Chart of accounts for funds; the embedded 2023 chart by default.</summary>
    public ChartOfAccounts Chart { get; init; } = ChartOfAccounts.Default;

    /// <summary>The day contracts are judged expired against; the period's last day when null.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The previous publication, when one exists (the portal supplies it).</summary>
    public PreviousPublication? Previous { get; init; }

    /// <summary>The defaults.</summary>
    public static ReadOptions Default { get; } = new();
}
