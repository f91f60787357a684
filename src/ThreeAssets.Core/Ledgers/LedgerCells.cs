namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// The value a typed row holds for a schema column, in the column's own terms: text, <see cref="DateOnly"/>,
/// yuan as <see cref="decimal"/> for amounts (rows keep fen), <see cref="int"/> or <see cref="decimal"/>.
/// The reverse of reading; exports, public tables and generated workbooks all go through it, so a column
/// added to a schema shows up everywhere once it is mapped here.
/// </summary>
public static class LedgerCells
{
    /// <summary>The row's value for <paramref name="column"/>, or null when empty.</summary>
    public static object? Get(object row, ColumnSpec column) => row switch
    {
        FundsRow f => Funds(f, column.Key),
        AssetRow a => Assets(a, column.Key),
        ResourceRow r => Resources(r, column.Key),
        _ => throw new ArgumentException($"Not a ledger row: {row.GetType().Name}", nameof(row)),
    };

    /// <summary>All values of a row in the schema's column order.</summary>
    public static object?[] All(LedgerSchema schema, object row)
    {
        var values = new object?[schema.Columns.Count];
        foreach (var column in schema.Columns)
            values[column.Ordinal] = Get(row, column);
        return values;
    }

    private static object? Funds(FundsRow r, string key) => key switch
    {
        "date" => r.Date,
        "voucher" => r.Voucher,
        "summary" => r.Summary,
        "accountCode" => r.AccountCode,
        "accountName" => r.AccountName,
        "income" => Yuan(r.Income == 0 && r.Expense != 0 ? null : r.Income),
        "expense" => Yuan(r.Expense == 0 && r.Income != 0 ? null : r.Expense),
        "balance" => Yuan(r.Balance),
        "settlement" => r.Settlement,
        "counterparty" => r.Counterparty,
        "handler" => r.Handler,
        "approver" => r.Approver,
        "attachments" => r.Attachments,
        _ => throw Unknown(key, LedgerKind.Funds),
    };

    private static object? Assets(AssetRow r, string key) => key switch
    {
        "code" => r.Code,
        "name" => r.Name,
        "category" => r.Category,
        "acquiredOn" => r.AcquiredOn,
        "quantity" => r.Quantity,
        "unit" => r.Unit,
        "originalValue" => Yuan(r.OriginalValue),
        "depreciation" => Yuan(r.AccumulatedDepreciation),
        "netValue" => Yuan(r.NetValue),
        "location" => r.Location,
        "status" => r.Status,
        "lessee" => r.Lessee,
        "annualRent" => Yuan(r.AnnualRent),
        "leaseStart" => r.LeaseStart,
        "leaseEnd" => r.LeaseEnd,
        "remarks" => r.Remarks,
        _ => throw Unknown(key, LedgerKind.Assets),
    };

    private static object? Resources(ResourceRow r, string key) => key switch
    {
        "code" => r.Code,
        "name" => r.Name,
        "type" => r.Type,
        "area" => r.AreaMu,
        "location" => r.Location,
        "boundaries" => r.Boundaries,
        "operationMode" => r.OperationMode,
        "contractor" => r.Contractor,
        "contractNo" => r.ContractNo,
        "contractStart" => r.ContractStart,
        "contractEnd" => r.ContractEnd,
        "annualFee" => Yuan(r.AnnualFee),
        "unitPrice" => Yuan(r.UnitPrice),
        "tenderMethod" => r.TenderMethod,
        "resolutionDate" => r.ResolutionDate,
        "receivable" => Yuan(r.ReceivableThisYear),
        "received" => Yuan(r.ReceivedThisYear),
        "remarks" => r.Remarks,
        _ => throw Unknown(key, LedgerKind.Resources),
    };

    private static decimal? Yuan(long? fen) => fen is { } f ? Money.ToYuan(f) : null;

    private static ArgumentException Unknown(string key, LedgerKind kind) =>
        new($"Column '{key}' of the {kind} schema has no mapping in {nameof(LedgerCells)}.", nameof(key));
}
