using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Features.Publications;

/// <summary>
/// The publication table's sort, filters and page, bound from the query string so that a plain GET form
/// (no JavaScript) drives it. Which filters apply depends on the kind: month, flow and account for funds;
/// category and status for assets; type and mode for resources.
/// </summary>
public sealed record PublicationQuery
{
    public const int PageSize = 50;

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

    public bool Keeps(object row) => row switch
    {
        FundsRow f => (Month is null || f.Date.Month == Month)
            && (Flow != "income" || f.Income > 0) && (Flow != "expense" || f.Expense > 0)
            && (string.IsNullOrEmpty(Account) || f.AccountCode.StartsWith(Account, StringComparison.Ordinal)),
        AssetRow a => (string.IsNullOrEmpty(Category) || a.Category == Category) && (string.IsNullOrEmpty(Status) || a.Status == Status),
        ResourceRow r => (string.IsNullOrEmpty(Type) || r.Type == Type) && (string.IsNullOrEmpty(Mode) || r.OperationMode == Mode),
        _ => true,
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
