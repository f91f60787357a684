using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Web.Features.Submissions;

/// <summary>The upload form: which village, which ledger, which period, and the file.</summary>
public sealed class UploadForm
{
    public string? Village { get; set; }
    public LedgerKind? Kind { get; set; }
    public string? Period { get; set; }
    public IFormFile? File { get; set; }
}

/// <summary>The upload limits, checked before the body is read and again on the file itself.</summary>
public static class UploadLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Room for the other form fields and multipart boundaries around a file of the largest size.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 256 * 1024;

    public static readonly string[] Extensions = [".xlsx", ".xls", ".csv"];
}

/// <summary>Why an upload was refused before it became a submission (each gets its own message).</summary>
public enum UploadRefusal
{
    NoVillage,
    NotYourVillage,
    NoKind,
    NoPeriod,
    PeriodNotQuarter,
    PeriodInFuture,
    NoFile,
    WrongType,
    TooLarge,
    Empty,
}
