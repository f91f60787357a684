using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>
/// The publication table's sort, filters and page, bound from the query string so that a plain GET form
/// (no JavaScript) drives it. Which filters apply, and how, is the kind's descriptor's (<see cref="LedgerDescriptor.Filters"/>);
/// this record only binds their values by name.
/// </summary>
public sealed record PublicationQuery
{
    public const int PageSize = 50;

    /// <summary>The page a row falls on when the table is neither sorted nor filtered (links to a row: #row-N).</summary>
    public static int PageOf(int rowNo) => (rowNo - 1) / PageSize + 1;

    public string? Sort { get; init; }
    public bool Desc { get; init; }
    public int Page { get; init; } = 1;
    public int? Month { get; init; }

    /// <summary>income or expense.</summary>
    public string? Flow { get; init; }

    public string? Account { get; init; }
    public string? Category { get; init; }
    public string? Status { get; init; }
    public string? Type { get; init; }
    public string? Mode { get; init; }

    /// <summary>True when the row passes every filter of its kind (the kind's descriptor says which apply and how).</summary>
    public bool Keeps(LedgerDescriptor ledger, ILedgerRow row) => ledger.Filters.All(f => f.Passes(row, Value(f.Name)));

    /// <summary>The chosen value of a filter by its query-string name, or null.</summary>
    public string? Value(string name) => name switch
    {
        "month" => Month?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "flow" => Flow,
        "account" => Account,
        "category" => Category,
        "status" => Status,
        "type" => Type,
        "mode" => Mode,
        _ => null,
    };

    public bool IsFiltered => Month is not null || !string.IsNullOrEmpty(Flow) || !string.IsNullOrEmpty(Account)
        || !string.IsNullOrEmpty(Category) || !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Type) || !string.IsNullOrEmpty(Mode);

    /// <summary>The query string for the same filters with another sort or page (links in the table header and pager).</summary>
    public string With(string? sort = null, bool? desc = null, int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(text)) parts.Add(key + "=" + Uri.EscapeDataString(text));
        }
        Add("sort", sort ?? Sort);
        if (desc ?? Desc) Add("desc", "true");
        Add("month", Month);
        Add("flow", Flow);
        Add("account", Account);
        Add("category", Category);
        Add("status", Status);
        Add("type", Type);
        Add("mode", Mode);
        if ((page ?? Page) > 1) Add("page", page ?? Page);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
