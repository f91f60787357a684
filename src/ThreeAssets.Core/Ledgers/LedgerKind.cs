namespace ThreeAssets.Core.Ledgers;

/// <summary>The three kinds of ledger a village publishes (三资).</summary>
public enum LedgerKind
{
    /// <summary>资金收支明细: income and spending, monthly or quarterly.</summary>
    Funds,

    /// <summary>资产台账: buildings, machinery, facilities; a quarter-end snapshot.</summary>
    Assets,

    /// <summary>资源台账: land, forest, water surface; a quarter-end snapshot.</summary>
    Resources,
}
