namespace ThreeAssets.Data;

/// <summary>One published resource; mirrors <c>ThreeAssets.Core.Ledgers.ResourceRow</c>. Amounts in fen.</summary>
public sealed class ResourceItem : ILedgerEntry
{
    public long Id { get; set; }
    public long PublicationId { get; set; }
    public int RowNo { get; set; }
    public int SourceRow { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }

    /// <summary>亩 as a double so that SQL can compare and sum it on SQLite (decimal is TEXT there);
    /// the township-median rent rule needs that.</summary>
    public double AreaMu { get; set; }

    public string? Location { get; set; }

    /// <summary>四至: what the plot borders on each side.</summary>
    public string? Boundaries { get; set; }
    public required string OperationMode { get; set; }
    public string? Contractor { get; set; }
    public string? ContractNo { get; set; }
    public DateOnly? ContractStart { get; set; }
    public DateOnly? ContractEnd { get; set; }
    public long? AnnualFee { get; set; }
    public long? UnitPrice { get; set; }
    public string? TenderMethod { get; set; }
    public DateOnly? ResolutionDate { get; set; }
    public long? ReceivableThisYear { get; set; }
    public long? ReceivedThisYear { get; set; }
    public string? Remarks { get; set; }
}
