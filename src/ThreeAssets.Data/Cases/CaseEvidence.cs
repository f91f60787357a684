namespace ThreeAssets.Data;

/// <summary>
/// A file given with a rectification (a receipt, a photo, a corrected contract), kept byte for byte with its
/// SHA-256 like an original ledger upload. Never changed: new feedback brings a new file.
/// </summary>
public sealed class CaseEvidence : IAppendOnly
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public int? UploadedById { get; set; }
}
