using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// The result of reading one upload: typed rows of its kind, the funds summary, the report, and the header map that ties schema columns to the sheet's columns.
/// </summary>
public sealed record ParsedLedger
{
    /// <summary>The ledger kind the upload was read as.</summary>
    public required LedgerKind Kind { get; init; }

    /// <summary>The period used for the checks, if any.</summary>
    public Period? Period { get; init; }

    /// <summary>Where <see cref="Period"/> came from.</summary>
    public PeriodSource PeriodSource { get; init; }

    /// <summary>Name of the sheet the table was found on ("" for CSV or when no table was found).</summary>
    public string Sheet { get; init; } = "";

    /// <summary>1-based row of the (first) header row; 0 when no header was found.</summary>
    public int HeaderRow { get; init; }

    /// <summary>Sheet columns understood, in sheet order: key, part, index, letter and header as printed.</summary>
    public IReadOnlyList<HeaderColumn> Columns { get; init; } = [];

    /// <summary>The data rows, typed as the kind's row record, in sheet order.</summary>
    public IReadOnlyList<ILedgerRow> Rows { get; init; } = [];

    /// <summary>Funds transactions (empty for the other kinds): for code about funds only.</summary>
    public IReadOnlyList<FundsRow> FundsRows => RowsOf<FundsRow>();

    /// <summary>Opening, income, expense and closing of a funds ledger; null for the other kinds or an unreadable file.</summary>
    public FundsSummary? FundsSummary { get; init; }

    /// <summary>All findings.</summary>
    public required ValidationReport Report { get; init; }

    /// <summary>Data rows read (not title, header, opening, totals, carry or note rows).</summary>
    public int RowCount => Rows.Count;

    /// <summary>True when the file could not be read at all (a FILE- error): callers answer "unreadable", exit code 2.</summary>
    public bool Unreadable { get; init; }

    /// <summary>The rows as <typeparamref name="TRow"/> (empty when the ledger is of another kind).</summary>
    public IReadOnlyList<TRow> RowsOf<TRow>() where TRow : ILedgerRow => Rows.OfType<TRow>().ToList();

    /// <summary>The first sheet column holding a schema column, by key; null when absent.</summary>
    public HeaderColumn? Column(string key) => Columns.FirstOrDefault(c => c.Key == key);
}
