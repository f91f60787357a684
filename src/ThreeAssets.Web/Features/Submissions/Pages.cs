using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Web.Features.Submissions;

public sealed record VillageChoice(string Code, string Name, bool MonthlyFunds);

public sealed record UploadPage(UploadForm Form, IReadOnlyList<VillageChoice> Villages, UploadPeriods Periods);

/// <summary>Periods offered in the upload form: this year's and last year's, newest first, nothing in the future.</summary>
public sealed record UploadPeriods(IReadOnlyList<Period> Months, IReadOnlyList<Period> Quarters)
{
    public static UploadPeriods Choices(DateOnly today)
    {
        var months = Enumerable.Range(0, 24).Select(i => today.AddMonths(-i)).Select(d => Period.OfMonth(d.Year, d.Month)).ToList();
        var quarters = Enumerable.Range(0, 8).Select(i => today.AddMonths(-3 * i)).Select(d => Period.OfQuarter(d.Year, (d.Month + 2) / 3)).ToList();
        return new(months, quarters);
    }
}

public sealed record HistoryPage(string? Village, IReadOnlyList<VillageChoice> Villages, IReadOnlyList<HistoryRow> Rows);

/// <summary>The report page: the submission, its findings (optionally only errors or warnings), and the submit note typed.</summary>
public sealed record ReportPage(SubmissionDetails Details, Severity? Show, bool Duplicate, string? Note)
{
    public IReadOnlyList<Finding> Findings => Details.Report.Findings;

    /// <summary>Whole-file findings (FILE-) mean nothing was read: the page says so instead of counting rows.</summary>
    public bool Unreadable => Findings.Any(f => f.Code.StartsWith("FILE-", StringComparison.Ordinal) && f.Severity == Severity.Error);

    /// <summary>Data rows with at least one error, for "3 处需要修改，其余 197 行已通过".</summary>
    public int RowsPassed => Math.Max(0, Details.Submission.RowCount - Findings
        .Where(f => f.Severity == Severity.Error && f.Row > 0 && f.Code.StartsWith("HDR-", StringComparison.Ordinal) == false)
        .Select(f => (f.Sheet, f.Row)).Distinct().Count());

    public IEnumerable<IGrouping<string, Finding>> Groups => Findings
        .Where(f => Show is null || f.Severity == Show)
        .OrderBy(f => f.Severity).ThenBy(f => f.Sheet, StringComparer.Ordinal).ThenBy(f => f.Row)
        .GroupBy(f => f.Code);
}
