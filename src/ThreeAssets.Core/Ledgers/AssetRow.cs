namespace ThreeAssets.Core.Ledgers;

/// <summary>One item of an assets register (资产台账). Amounts in fen.</summary>
public sealed record AssetRow(
    int SourceRow,
    string Code,
    string Name,
    string Category,
    DateOnly? AcquiredOn,
    decimal? Quantity,
    string? Unit,
    long OriginalValue,
    long AccumulatedDepreciation,
    long NetValue,
    string? Location,
    string Status,
    string? Lessee,
    long? AnnualRent,
    DateOnly? LeaseStart,
    DateOnly? LeaseEnd,
    string? Remarks) : ILedgerRow;
