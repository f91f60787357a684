namespace ThreeAssets.Web.Features.Api;

// The open-data API's JSON shapes (camelCase on the wire). Amounts are yuan as JSON numbers with two
// decimals; dates are ISO 8601. Changing a name here breaks programs that read the API (DESIGN §10).

/// <summary>One page of a list: items, the 1-based page number, the page size and the total count.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record VillageSummary(string Code, string Name, string? Pinyin, string FundsFrequency,
    string TownshipCode, string Township, string DistrictCode, string District);

public sealed record FundsTotals(decimal Opening, decimal Income, decimal Expense, decimal Closing);

public sealed record PublicationSummary(long Id, string VillageCode, string Kind, string Period, int Version,
    DateTimeOffset PublishedAt, string Fingerprint, string ContentHash, string? PreviousHash, long? SupersedesId,
    long? SupersededById, bool Current, string? CorrectionReason, int RowCount, FundsTotals? Funds);

public sealed record ColumnSummary(string Key, string Header, string Type);

/// <param name="Integrity">"intact" when the stored rows and header still hash to the content hash; "mismatch" when
/// they do not (the database was changed behind the portal's back, so the rows cannot be trusted).</param>
public sealed record PublicationDetail(PublicationSummary Publication, VillageSummary Village, string ApprovingOrganisation,
    IReadOnlyList<ColumnSummary> Columns, PagedList<Dictionary<string, object?>> Rows, string Integrity)
{
    public const string Intact = "intact";
    public const string Mismatch = "mismatch";
}
