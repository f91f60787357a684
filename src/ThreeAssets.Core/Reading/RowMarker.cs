namespace ThreeAssets.Core.Reading;

/// <summary>Rows inside or under a table that are not transactions or items.</summary>
internal enum RowMarker
{
    None,
    Opening,
    MonthTotal,
    PeriodTotal,
    CarryForward,
    CarriedIn,
    Cumulative,
    NextYear,
    Note,
    Example,
}

internal static class RowMarkers
{
    // Order matters: 本月合计 before 合计; 上年结转 is an opening row, 结转下年 closes the year.
    private static readonly (string Prefix, RowMarker Marker)[] Markers =
    [
        ("期初余额", RowMarker.Opening), ("上期结转", RowMarker.Opening), ("上月结转", RowMarker.Opening),
        ("上年结转", RowMarker.Opening), ("上季结转", RowMarker.Opening), ("年初余额", RowMarker.Opening),
        ("本月合计", RowMarker.MonthTotal), ("本期合计", RowMarker.PeriodTotal), ("本季合计", RowMarker.PeriodTotal),
        ("本季度合计", RowMarker.PeriodTotal), ("合计", RowMarker.PeriodTotal), ("总计", RowMarker.PeriodTotal),
        ("过次页", RowMarker.CarryForward), ("承前页", RowMarker.CarriedIn),
        ("本月累计", RowMarker.Cumulative), ("本年累计", RowMarker.Cumulative), ("本季累计", RowMarker.Cumulative),
        ("结转下年", RowMarker.NextYear), ("结转下期", RowMarker.NextYear),
        ("示例", RowMarker.Example), ("制表人", RowMarker.Note), ("制表", RowMarker.Note), ("审核人", RowMarker.Note), ("审核", RowMarker.Note),
        ("负责人", RowMarker.Note), ("单位负责人", RowMarker.Note), ("填表人", RowMarker.Note), ("填表", RowMarker.Note),
        ("民主理财", RowMarker.Note), ("盖章", RowMarker.Note), ("(盖章)", RowMarker.Note), ("报出日期", RowMarker.Note),
        ("会计", RowMarker.Note), ("出纳", RowMarker.Note), ("记账", RowMarker.Note), ("说明", RowMarker.Note),
        ("注", RowMarker.Note), ("备注", RowMarker.Note),
    ];

    /// <summary>
    /// Looks at the row's first text cell and, when given, its summary cell: the marker words are
    /// written where the 摘要 goes or at the very left of the row.
    /// </summary>
    public static RowMarker Classify(object?[] cells, int width, int summaryIndex)
    {
        if (summaryIndex >= 0 && summaryIndex < width && cells[summaryIndex] is string summary
            && Find(summary, notes: false) is var marker and not RowMarker.None)
            return marker;
        for (var i = 0; i < width; i++)
        {
            if (cells[i] is null) continue;
            return cells[i] is string first ? Find(first, notes: true) : RowMarker.None;
        }
        return RowMarker.None;
    }

    // Most cells start with a character no marker starts with; checking it first saves normalising every summary.
    private static readonly System.Buffers.SearchValues<char> FirstChars =
        System.Buffers.SearchValues.Create(string.Concat(Markers.Select(m => m.Prefix[0])));

    private static RowMarker Find(string text, bool notes)
    {
        var start = text.AsSpan().TrimStart(" \t\r\n\u3000'‘");
        if (start.IsEmpty || !FirstChars.Contains(start[0]))
            return RowMarker.None;
        var key = HeaderText.Normalise(text);
        foreach (var (prefix, marker) in Markers)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (marker == RowMarker.Note && (!notes || key.Length == prefix.Length && prefix.Length <= 2)) continue;
            // "合计" must stand alone or lead (合计：), not start an ordinary summary like 合计划生育补助.
            if (prefix is "合计" or "总计" && key.Length > 2 && char.IsLetter(key[2]) && key[2] is not ('(' or '（')) continue;
            return marker;
        }
        return RowMarker.None;
    }
}
