namespace ThreeAssets.Data;

/// <summary>An account of the 2023 chart for collective economic organisations (科目), maintained by admins.</summary>
public sealed class ChartAccount
{
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>资产 / 负债 / 所有者权益 / 成本 / 损益.</summary>
    public required string Class { get; set; }
}
