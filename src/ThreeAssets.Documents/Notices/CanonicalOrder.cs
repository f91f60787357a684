namespace ThreeAssets.Documents.Notices;

/// <summary>
/// Summary tables list categories in the order of the ledger rules (DESIGN §2), which is how
/// accountants and residents know them, rather than in code-point order.
/// </summary>
internal static class CanonicalOrder
{
    public static readonly IReadOnlyList<string> AssetCategories =
        ["房屋及建筑物", "机器设备", "交通运输工具", "农业基础设施", "生物资产", "无形资产", "其他"];

    public static readonly IReadOnlyList<string> AssetStatuses = ["在用", "出租出借", "闲置", "待处置", "已处置"];

    public static readonly IReadOnlyList<string> ResourceTypes =
        ["耕地", "园地", "林地", "草地", "养殖水面", "集体经营性建设用地", "未利用地", "其他"];

    /// <summary>
    /// Groups with known keys in the list's order, unknown ones after them in ordinal order (never
    /// culture order: the same notice must give the same bytes on every server).
    /// </summary>
    public static IEnumerable<IGrouping<string, T>> Ordered<T>(this IEnumerable<IGrouping<string, T>> groups, IReadOnlyList<string> order) =>
        groups.OrderBy(g => IndexIn(order, g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);

    private static int IndexIn(IReadOnlyList<string> order, string value)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == value) return i;
        }
        return order.Count;
    }
}
