namespace ThreeAssets.Data;

/// <summary>The uploaded workbook byte for byte. Append-only: evidence must not change after upload.</summary>
public sealed class SubmissionFile : IAppendOnly
{
    public long SubmissionId { get; set; }

    /// <summary>Lets a new submission and its file be saved together, in one statement batch.</summary>
    public Submission Submission { get; set; } = null!;
    public required byte[] Content { get; set; }
}
