namespace ThreeAssets.Data;

/// <summary>乡镇: a reviewer's scope. Its code extends the district's (3301-01).</summary>
public sealed class Township
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public District District { get; set; } = null!;
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>The organisation named on approved notices (e.g. 青石镇农村经济管理服务中心).</summary>
    public string? ReviewOrganisation { get; set; }

    public List<Village> Villages { get; } = [];
}
