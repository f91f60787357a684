namespace ThreeAssets.Core.Ledgers;

/// <summary>One transaction of a funds ledger (资金收支明细). Amounts in fen.</summary>
/// <param name="SourceRow">1-based row number in the uploaded sheet, for findings and evidence links.</param>
public sealed record FundsRow(
    int SourceRow,
    DateOnly Date,
    string Voucher,
    string Summary,
    string AccountCode,
    string? AccountName,
    long Income,
    long Expense,
    long? Balance,
    string? Settlement,
    string? Counterparty,
    string? Handler,
    string? Approver,
    int? Attachments) : ILedgerRow;

/// <summary>Opening balance, totals and closing balance of a funds ledger, in fen.</summary>
public sealed record FundsSummary(long Opening, long Income, long Expense, long Closing);
