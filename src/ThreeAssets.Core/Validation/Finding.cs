namespace ThreeAssets.Core.Validation;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Blocks submission until fixed.</summary>
    Error,

    /// <summary>Needs no fix, but stays visible to the reviewer.</summary>
    Warning,
}

/// <summary>
/// One problem found in an uploaded ledger, located so an accountant can go straight to the cell.
/// </summary>
/// <param name="Code">Stable rule code from <see cref="Rules"/> (CELL-REQUIRED, FUND-BALANCE).</param>
/// <param name="Severity">Error or warning, as the rule says.</param>
/// <param name="Sheet">Sheet name as in the workbook ("" for CSV).</param>
/// <param name="Row">1-based row number in the sheet; 0 when the finding is about the whole file.</param>
/// <param name="Column">The column header as printed in the file, or null.</param>
/// <param name="Cell">A1 reference (H9), or null.</param>
/// <param name="Value">The value found, as text, or null.</param>
/// <param name="Expected">What was expected, as text, or null.</param>
/// <param name="Message">Chinese message: what happened and how to fix it.</param>
public sealed record Finding(string Code, Severity Severity, string Sheet, int Row, string? Column,
                             string? Cell, string? Value, string? Expected, string Message)
{
    /// <summary>The same message in English, for the English UI and logs.</summary>
    public string? MessageEn { get; init; }
}

/// <summary>Everything found in one upload.</summary>
public sealed record ValidationReport(IReadOnlyList<Finding> Findings)
{
    /// <summary>True when nothing blocks submission (warnings allowed).</summary>
    public bool CanSubmit => Findings.All(f => f.Severity != Severity.Error);

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);
}
