namespace ThreeAssets.Web.Features.Api;

/// <summary>A validated <c>?page=&amp;pageSize=</c> pair: page from 1, page size from 1 to the endpoint's maximum.</summary>
public sealed record Paging(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;

    /// <summary>The paging asked for, or the reason (Chinese and English) it cannot be served.</summary>
    public static (Paging? Paging, string? Problem) From(int? page, int? pageSize, int defaultSize, int maxSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? defaultSize;
        if (p < 1 || p > 1_000_000)
            return (null, "page 是页码，从 1 开始。 page is the page number, starting at 1.");
        if (size < 1 || size > maxSize)
            return (null, $"pageSize 是每页条数，可以是 1 到 {maxSize}。 pageSize must be between 1 and {maxSize}.");
        return (new Paging(p, size), null);
    }
}
