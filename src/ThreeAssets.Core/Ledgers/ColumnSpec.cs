namespace ThreeAssets.Core.Ledgers;

/// <summary>What a column holds; drives parsing, the generic CELL rules and template formats.</summary>
#pragma warning disable CA1720 // Integer and Decimal name the kind of cell value, as the rules page says; no clash in practice.
public enum ColumnType
{
    /// <summary>Free text, trimmed.</summary>
    Text,

    /// <summary>A calendar date: a real date, an Excel serial or text such as 2026-10-05 or 2026年10月5日.</summary>
    Date,

    /// <summary>Yuan with at most two decimals, stored as fen; never negative.</summary>
    Amount,

    /// <summary>A whole number, never negative.</summary>
    Integer,

    /// <summary>A decimal quantity such as an area in 亩; never negative.</summary>
    Decimal,

    /// <summary>One of <see cref="ColumnSpec.AllowedValues"/>.</summary>
    List,
}
#pragma warning restore CA1720

/// <summary>
/// One column of a ledger schema: the header the template prints, the spellings accepted in uploads,
/// and the value rules every row must follow. One instance per column, shared by reading, validation,
/// templates and exports.
/// </summary>
public sealed record ColumnSpec
{
    /// <summary>Stable English key (<c>date</c>, <c>income</c>): used in code, JSON and the header map.</summary>
    public required string Key { get; init; }

    /// <summary>The header as the template prints it (日期).</summary>
    public required string Header { get; init; }

    /// <summary>Other header spellings seen in real files (记账日期, 凭证日期); matched after normalising.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What the cells hold.</summary>
    public required ColumnType Type { get; init; }

    /// <summary>Every data row must fill it; a file without the column gets HDR-MISSING.</summary>
    public bool Required { get; init; }

    /// <summary>For <see cref="ColumnType.List"/>: the accepted values, in template dropdown order.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>Longest accepted text, in characters; null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Zero is not accepted (an area must be &gt; 0); otherwise numbers must be ≥ 0.</summary>
    public bool MustBePositive { get; init; }

    /// <summary>Negative numbers are accepted (a running balance can go below zero).</summary>
    public bool AllowNegative { get; init; }

    /// <summary>
    /// A date of something already done when the register was drawn up (bought, resolved, begun): it cannot
    /// lie after the end of the register's period (CELL-DATE-AFTER-PERIOD). End dates of terms are not.
    /// </summary>
    public bool NotAfterPeriod { get; init; }

    /// <summary>What the template's example row shows, as text (2026-10-05, 1200.00).</summary>
    public string Example { get; init; } = "";

    /// <summary>Template column width in Excel character units.</summary>
    public double Width { get; init; } = 12;

    /// <summary>A short hint for the template's instructions sheet.</summary>
    public string Hint { get; init; } = "";

    /// <summary>Position in <see cref="LedgerSchema.Columns"/>; set by the schema.</summary>
    public int Ordinal { get; internal set; }
}

/// <summary>A header that holds only a part of a schema column and is joined back when reading.</summary>
public enum ColumnPart
{
    /// <summary>Year of a date split over 年/月/日 columns.</summary>
    Year,

    /// <summary>Month of a date split over 月/日 columns.</summary>
    Month,

    /// <summary>Day of a date split over 月/日 columns.</summary>
    Day,

    /// <summary>Voucher word (记, 收, 付) of a voucher split over 凭证字 + 凭证号 → 记-12.</summary>
    VoucherWord,

    /// <summary>Voucher number of a split voucher.</summary>
    VoucherNumber,

    /// <summary>Account code and name in one cell (513 管理费用).</summary>
    CodeAndName,

    /// <summary>A term written as one text (自2020年1月1日起至2029年12月31日止), split into start and end.</summary>
    Term,

    /// <summary>One side of the boundaries (东至, 西至, 南至, 北至), joined into one text.</summary>
    Boundary,
}

/// <summary>A header spelling that maps to a part of <paramref name="Target"/>.</summary>
/// <param name="Header">Header text as it appears in files (月, 凭证字, 承包期限).</param>
/// <param name="Target">The schema column the part belongs to (for a term: its start column).</param>
/// <param name="Part">Which part the header holds.</param>
/// <param name="EndTarget">For a <see cref="ColumnPart.Term"/>: the column that receives the end date.</param>
public sealed record SplitHeader(string Header, ColumnSpec Target, ColumnPart Part, ColumnSpec? EndTarget = null);
