namespace ThreeAssets.Data;

/// <summary>区: the top of the tree and an inspector's scope. Codes are four digits (3301).</summary>
public sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Township> Townships { get; } = [];
}
