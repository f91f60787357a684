using ClosedXML.Excel;
using ThreeAssets.Core.Reading;

namespace ThreeAssets.Core.Annotation;

/// <summary>
/// The workbook to annotate: the original .xlsx opened with ClosedXML, or a rebuild of the original
/// cell values (.xls, .csv, or an .xlsx ClosedXML cannot open), or an empty workbook when neither is
/// possible within the memory budget.
/// </summary>
internal sealed record SourceWorkbook(XLWorkbook Workbook, bool HasOriginal)
{
    // ClosedXML 0.95.4 needs ~360 MB for a 100k-row ledger; past these sizes we list findings only.
    private static readonly ReaderLimits InPlaceLimits = new()
    {
        MaxUncompressedBytes = 40L * 1024 * 1024,
        MaxEntryBytes = 40L * 1024 * 1024,
    };

    /// <summary>Cells copied when rebuilding from values; about 60 MB of ClosedXML cells.</summary>
    internal const int MaxRebuiltCells = 300_000;

    public static SourceWorkbook Open(byte[] original)
    {
        var format = FileFormatDetector.Detect(original);
        if (format == FileFormat.Xlsx)
        {
            if (ZipGuard.Inspect(original, InPlaceLimits, out _) != ZipGuard.Verdict.Ok)
                return Empty();
            if (TryOpenInPlace(original) is { } workbook)
                return new SourceWorkbook(workbook, HasOriginal: true);
        }
        return ValuesWorkbook.TryBuild(original, format, MaxRebuiltCells) is { } rebuilt
            ? new SourceWorkbook(rebuilt, HasOriginal: true)
            : Empty();
    }

    private static XLWorkbook? TryOpenInPlace(byte[] original)
    {
        try
        {
            return new XLWorkbook(new MemoryStream(original, writable: false));
        }
#pragma warning disable CA1031 // ClosedXML throws many exception types on files other writers made; the values rebuild covers them.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static SourceWorkbook Empty() => new(new XLWorkbook(), HasOriginal: false);
}
