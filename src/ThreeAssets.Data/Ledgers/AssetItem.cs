namespace ThreeAssets.Data;

/// <summary>One published asset; mirrors <c>ThreeAssets.Core.Ledgers.AssetRow</c>. Amounts in fen.</summary>
public sealed class AssetItem : ILedgerEntry
{
    public long Id { get; set; }
    public long PublicationId { get; set; }
    public int RowNo { get; set; }
    public int SourceRow { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Category { get; set; }
    public DateOnly? AcquiredOn { get; set; }

    /// <summary>Stored as a double: SQLite cannot compare or sum decimals, and quantities need no fen-exactness.</summary>
    public double? Quantity { get; set; }

    public string? Unit { get; set; }
    public long OriginalValue { get; set; }
    public long AccumulatedDepreciation { get; set; }
    public long NetValue { get; set; }
    public string? Location { get; set; }
    public required string Status { get; set; }
    public string? Lessee { get; set; }
    public long? AnnualRent { get; set; }
    public DateOnly? LeaseStart { get; set; }
    public DateOnly? LeaseEnd { get; set; }
    public string? Remarks { get; set; }
}
