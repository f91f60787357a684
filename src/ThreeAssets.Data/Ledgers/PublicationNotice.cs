namespace ThreeAssets.Data;

/// <summary>The PDF notice (公示) of a publication, generated once and kept as issued.</summary>
public sealed class PublicationNotice : IAppendOnly
{
    public long PublicationId { get; set; }
    public required byte[] Pdf { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
