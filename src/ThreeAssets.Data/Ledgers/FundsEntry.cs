namespace ThreeAssets.Data;

/// <summary>One published funds transaction; mirrors <c>ThreeAssets.Core.Ledgers.FundsRow</c>. Amounts in fen.</summary>
public sealed class FundsEntry : ILedgerEntry
{
    public long Id { get; set; }
    public long PublicationId { get; set; }

    /// <summary>1-based position in the publication; questions and risk evidence point at it.</summary>
    public int RowNo { get; set; }

    public int SourceRow { get; set; }
    public DateOnly Date { get; set; }
    public required string Voucher { get; set; }
    public required string Summary { get; set; }
    public required string AccountCode { get; set; }
    public string? AccountName { get; set; }
    public long Income { get; set; }
    public long Expense { get; set; }
    public long? Balance { get; set; }
    public string? Settlement { get; set; }
    public string? Counterparty { get; set; }
    public string? Handler { get; set; }
    public string? Approver { get; set; }
    public int? Attachments { get; set; }
}
