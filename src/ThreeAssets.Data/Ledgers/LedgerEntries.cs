using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Data;

/// <summary>
/// Between the engine's typed rows and the stored publication rows, one pair per kind (see <see cref="LedgerStores"/>). Stored rows turn back into the same
/// Core rows, so hashes, notices, exports and risk rules all work from one shape.
/// </summary>
public static class LedgerEntries
{
    /// <summary>The stored row for a Core row; <paramref name="rowNo"/> is its 1-based place in the publication.</summary>
    public static FundsEntry ToEntity(FundsRow r, long publicationId, int rowNo) => new()
    {
            PublicationId = publicationId, RowNo = rowNo, SourceRow = r.SourceRow, Date = r.Date, Voucher = r.Voucher,
            Summary = r.Summary, AccountCode = r.AccountCode, AccountName = r.AccountName, Income = r.Income,
            Expense = r.Expense, Balance = r.Balance, Settlement = r.Settlement, Counterparty = r.Counterparty,
            Handler = r.Handler, Approver = r.Approver, Attachments = r.Attachments,
    };

    /// <summary>The stored row for a Core row; <paramref name="rowNo"/> is its 1-based place in the publication.</summary>
    public static AssetItem ToEntity(AssetRow r, long publicationId, int rowNo) => new()
    {
            PublicationId = publicationId, RowNo = rowNo, SourceRow = r.SourceRow, Code = r.Code, Name = r.Name,
            Category = r.Category, AcquiredOn = r.AcquiredOn, Quantity = r.Quantity is { } q ? (double)q : null,
            Unit = r.Unit, OriginalValue = r.OriginalValue, AccumulatedDepreciation = r.AccumulatedDepreciation,
            NetValue = r.NetValue, Location = r.Location, Status = r.Status, Lessee = r.Lessee, AnnualRent = r.AnnualRent,
            LeaseStart = r.LeaseStart, LeaseEnd = r.LeaseEnd, Remarks = r.Remarks,
    };

    /// <summary>The stored row for a Core row; <paramref name="rowNo"/> is its 1-based place in the publication.</summary>
    public static ResourceItem ToEntity(ResourceRow r, long publicationId, int rowNo) => new()
    {
            PublicationId = publicationId, RowNo = rowNo, SourceRow = r.SourceRow, Code = r.Code, Name = r.Name,
            Type = r.Type, AreaMu = (double)r.AreaMu, Location = r.Location, Boundaries = r.Boundaries,
            OperationMode = r.OperationMode, Contractor = r.Contractor, ContractNo = r.ContractNo,
            ContractStart = r.ContractStart, ContractEnd = r.ContractEnd, AnnualFee = r.AnnualFee, UnitPrice = r.UnitPrice,
            TenderMethod = r.TenderMethod, ResolutionDate = r.ResolutionDate, ReceivableThisYear = r.ReceivableThisYear,
            ReceivedThisYear = r.ReceivedThisYear, Remarks = r.Remarks,
    };

    public static FundsRow ToRow(this FundsEntry e) => new(e.SourceRow, e.Date, e.Voucher, e.Summary, e.AccountCode,
        e.AccountName, e.Income, e.Expense, e.Balance, e.Settlement, e.Counterparty, e.Handler, e.Approver, e.Attachments);

    public static AssetRow ToRow(this AssetItem e) => new(e.SourceRow, e.Code, e.Name, e.Category, e.AcquiredOn,
        e.Quantity is { } q ? (decimal)q : null, e.Unit, e.OriginalValue, e.AccumulatedDepreciation, e.NetValue,
        e.Location, e.Status, e.Lessee, e.AnnualRent, e.LeaseStart, e.LeaseEnd, e.Remarks);

    public static ResourceRow ToRow(this ResourceItem e) => new(e.SourceRow, e.Code, e.Name, e.Type, (decimal)e.AreaMu,
        e.Location, e.OperationMode, e.Contractor, e.ContractNo, e.ContractStart, e.ContractEnd, e.AnnualFee, e.UnitPrice,
        e.TenderMethod, e.ResolutionDate, e.ReceivableThisYear, e.ReceivedThisYear, e.Remarks, e.Boundaries);
}
