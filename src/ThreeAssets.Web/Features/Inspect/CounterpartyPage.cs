using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Features.Inspect;

/// <summary>A matching row of any kind. Funds: the payment's date and amounts; registers: the contract's or lease's start, end and annual fee.</summary>
public sealed record CounterpartyRow(LedgerKind Kind, long PublicationId, int RowNo, string VillageCode, string VillageName, string Period,
    DateOnly? Date, string Counterparty, string What, long Income, long Expense, long? AnnualFee, DateOnly? End)
{
    /// <summary>The row on its publication page: the page it falls on (unsorted, unfiltered) and its anchor.</summary>
    public string Evidence
    {
        get
        {
            var page = Publications.PublicationQuery.PageOf(RowNo);
            return $"/publications/{PublicationId}{(page > 1 ? $"?page={page}" : "")}#row-{RowNo}";
        }
    }
}

/// <summary>One village's matches in one year: funds by the payment's year, contracts and leases by the register's.</summary>
public sealed record VillageYearTotal(string VillageCode, string VillageName, int Year, int Payments, long Income, long Expense, int Contracts, long AnnualFees);

public sealed record TopCounterparty(string Name, int Payments, long Expense);

public sealed record TownshipTop(string Code, string Name, IReadOnlyList<TopCounterparty> Counterparties);

/// <summary>The page: the results of a search (<see cref="Query"/> valid), or each township's largest payees of the year.</summary>
public sealed class CounterpartyPage
{
    public string? Query { get; init; }
    public int Year { get; init; }
    public IReadOnlyList<VillageYearTotal> Totals { get; init; } = [];
    public IReadOnlyList<CounterpartyRow> Rows { get; init; } = [];
    public int Total { get; init; }
    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
    public IReadOnlyList<TownshipTop>? Top { get; init; }

    public string Link(int page) => $"/inspect/counterparties?q={Uri.EscapeDataString(Query ?? "")}" + (page > 1 ? $"&page={page}" : "");
}
