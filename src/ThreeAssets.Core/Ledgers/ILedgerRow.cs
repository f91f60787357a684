namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// One row of any ledger kind (<see cref="FundsRow"/>, <see cref="AssetRow"/>, <see cref="ResourceRow"/>). What a
/// row holds is known to its kind's <see cref="LedgerDescriptor"/>; code that works on "a ledger" goes through it.
/// </summary>
public interface ILedgerRow
{
    /// <summary>1-based row number in the uploaded sheet, for findings and evidence links.</summary>
    int SourceRow { get; }
}
