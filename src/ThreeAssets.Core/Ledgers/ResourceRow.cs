namespace ThreeAssets.Core.Ledgers;

/// <summary>One item of a resources register (资源台账). Amounts in fen, area in 亩.</summary>
/// <param name="Boundaries">四至 as written, or joined from 东至/西至/南至/北至 columns.</param>
public sealed record ResourceRow(
    int SourceRow,
    string Code,
    string Name,
    string Type,
    decimal AreaMu,
    string? Location,
    string OperationMode,
    string? Contractor,
    string? ContractNo,
    DateOnly? ContractStart,
    DateOnly? ContractEnd,
    long? AnnualFee,
    long? UnitPrice,
    string? TenderMethod,
    DateOnly? ResolutionDate,
    long? ReceivableThisYear,
    long? ReceivedThisYear,
    string? Remarks,
    string? Boundaries = null) : ILedgerRow;
