namespace ThreeAssets.Data;

/// <summary>村: the unit that publishes ledgers. Its code extends the township's (3301-01-01).</summary>
public sealed class Village
{
    public int Id { get; set; }
    public int TownshipId { get; set; }
    public Township Township { get; set; } = null!;
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>Pinyin initials (桃源村 → tyc) so that residents can search on a phone keyboard.</summary>
    public string? PinyinInitials { get; set; }

    /// <summary>Quarterly is the legal minimum; monthly where there are many transactions (DESIGN §2).</summary>
    public FundsFrequency FundsFrequency { get; set; } = FundsFrequency.Quarterly;

    /// <summary>
    /// 公开起始月: the first day of the first month the village discloses on the portal. Periods that
    /// ended before it are not owed (not 逾期); null when the village owes every period.
    /// </summary>
    public DateOnly? DisclosureStart { get; set; }
}

/// <summary>How often a village publishes its funds ledger.</summary>
public enum FundsFrequency
{
    Quarterly,
    Monthly,
}
