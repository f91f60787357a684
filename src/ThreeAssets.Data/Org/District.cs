namespace ThreeAssets.Data;

/// <summary>区: the top of the tree and an inspector's scope. Codes are four digits (3301).</summary>
public sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Township> Townships { get; } = [];

    /// <summary>The district's risk thresholds and rule colours (Core's <c>RiskThresholds</c> as JSON); null = the defaults of DESIGN §7.</summary>
    public string? RiskThresholdsJson { get; set; }
}
