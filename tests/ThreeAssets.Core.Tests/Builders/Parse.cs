using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Builders;

/// <summary>Short calls for tests: read bytes as a ledger and look at the findings.</summary>
public static class Parse
{
    public static readonly Period October = Period.OfMonth(2026, 10);

    public static ParsedLedger Xlsx(LedgerSheetBuilder builder, LedgerKind kind, Period? period = null, ReadOptions? options = null) =>
        LedgerReader.Read(builder.BuildXlsx(), "upload.xlsx", kind, period ?? October, options);

    public static ParsedLedger Bytes(byte[] bytes, LedgerKind kind = LedgerKind.Funds, string name = "upload.xlsx", Period? period = null, ReadOptions? options = null) =>
        LedgerReader.Read(bytes, name, kind, period ?? October, options);

    public static IEnumerable<string> Codes(this ParsedLedger ledger) => ledger.Report.Findings.Select(f => f.Code);

    public static Finding Only(this ParsedLedger ledger, Rule rule) => Assert.Single(ledger.Report.Findings, f => f.Code == rule.Code);

    public static void HasNo(this ParsedLedger ledger, Rule rule) => Assert.DoesNotContain(rule.Code, ledger.Codes());

    public static string Describe(this ParsedLedger ledger) =>
        string.Join("\n", ledger.Report.Findings.Select(f => $"{f.Code} {f.Cell} {f.Message}"));
}
