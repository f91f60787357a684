namespace ThreeAssets.Data;

/// <summary>A stored publication row of any kind (FundsEntry, AssetItem, ResourceItem): append-only, numbered within its publication.</summary>
public interface ILedgerEntry : IAppendOnly
{
    long PublicationId { get; }

    /// <summary>1-based position in the publication; questions and risk evidence point at it.</summary>
    int RowNo { get; }
}
