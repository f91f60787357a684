namespace ThreeAssets.Data;

/// <summary>The uploaded workbook byte for byte. Append-only: evidence must not change after upload.</summary>
public sealed class SubmissionFile : IAppendOnly
{
    public long SubmissionId { get; set; }
    public required byte[] Content { get; set; }
}
