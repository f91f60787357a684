namespace ThreeAssets.Core.Ledgers;

/// <summary>资金收支明细: the funds ledger schema (DESIGN §2). Column order is template order.</summary>
public static class FundsSchema
{
    /// <summary>The settlement methods a funds row may name.</summary>
    public static readonly IReadOnlyList<string> SettlementMethods = ["现金", "银行转账", "其他"];

#pragma warning disable CS1591 // Each field is one column; its header says what it is.
    public static readonly ColumnSpec Date = new()
    {
        Key = "date", Header = "日期", Aliases = ["记账日期", "凭证日期", "业务日期"], Type = ColumnType.Date,
        Required = true, Example = "2026-10-05", Width = 12, Hint = "必须在本期内，如 2026-10-05",
    };
    public static readonly ColumnSpec Voucher = new()
    {
        Key = "voucher", Header = "凭证号", Aliases = ["凭证字号", "凭证编号"], Type = ColumnType.Text,
        Required = true, MaxLength = 30, Example = "记-12", Width = 10,
    };
    public static readonly ColumnSpec Summary = new()
    {
        Key = "summary", Header = "摘要", Aliases = ["事由", "内容", "开支项目"], Type = ColumnType.Text,
        Required = true, MaxLength = 200, Example = "支付村委会办公用品费", Width = 28,
    };
    public static readonly ColumnSpec AccountCode = new()
    {
        Key = "accountCode", Header = "科目编码", Aliases = ["科目代码"], Type = ColumnType.Text,
        Required = true, MaxLength = 9, Example = "51301", Width = 10,
        Hint = "2023 年科目表中的编码，或明细科目：3 位编码后加 2–6 位",
    };
    public static readonly ColumnSpec AccountName = new()
    {
        Key = "accountName", Header = "科目名称", Aliases = ["会计科目"], Type = ColumnType.Text,
        MaxLength = 50, Example = "管理费用-办公费", Width = 16,
    };
    public static readonly ColumnSpec Income = new()
    {
        Key = "income", Header = "收入金额", Aliases = ["收入", "借方金额", "借方", "借", "借/收入", "现金收入"],
        Type = ColumnType.Amount, Example = "", Width = 14, Hint = "收入和支出每行只填一个",
    };
    public static readonly ColumnSpec Expense = new()
    {
        Key = "expense", Header = "支出金额", Aliases = ["支出", "贷方金额", "贷方", "贷", "贷/支出", "现金支出"],
        Type = ColumnType.Amount, Example = "1200.00", Width = 14, Hint = "收入和支出每行只填一个",
    };
    public static readonly ColumnSpec Balance = new()
    {
        Key = "balance", Header = "余额", Aliases = ["结余"], Type = ColumnType.Amount, AllowNegative = true,
        Example = "", Width = 14, Hint = "可不填；填了必须等于上一行余额 + 收入 − 支出",
    };
    public static readonly ColumnSpec Settlement = new()
    {
        Key = "settlement", Header = "结算方式", Aliases = ["支付方式"], Type = ColumnType.List,
        AllowedValues = SettlementMethods, Example = "银行转账", Width = 10,
    };
    public static readonly ColumnSpec Counterparty = new()
    {
        Key = "counterparty", Header = "对方单位或个人", Aliases = ["收款人", "付款人", "往来单位"],
        Type = ColumnType.Text, MaxLength = 100, Example = "华联办公用品店", Width = 20,
    };
    public static readonly ColumnSpec Handler = new()
    {
        Key = "handler", Header = "经手人", Type = ColumnType.Text, MaxLength = 50, Example = "王建国", Width = 10,
    };
    public static readonly ColumnSpec Approver = new()
    {
        Key = "approver", Header = "审批人", Aliases = ["批准人"], Type = ColumnType.Text, MaxLength = 50,
        Example = "李春生", Width = 10, Hint = "支出必须有审批人",
    };
    public static readonly ColumnSpec Attachments = new()
    {
        Key = "attachments", Header = "附件张数", Aliases = ["附件"], Type = ColumnType.Integer,
        Example = "2", Width = 8,
    };
#pragma warning restore CS1591

    /// <summary>The funds ledger schema.</summary>
    public static readonly LedgerSchema Schema = new(
        LedgerKind.Funds, "资金收支明细", "Funds ledger",
        [Date, Voucher, Summary, AccountCode, AccountName, Income, Expense, Balance, Settlement, Counterparty, Handler, Approver, Attachments],
        [
            new("年", Date, ColumnPart.Year), new("月", Date, ColumnPart.Month), new("日", Date, ColumnPart.Day),
            new("凭证字", Voucher, ColumnPart.VoucherWord), new("种类", Voucher, ColumnPart.VoucherWord),
            new("字", Voucher, ColumnPart.VoucherWord), new("号数", Voucher, ColumnPart.VoucherNumber),
            new("号", Voucher, ColumnPart.VoucherNumber), new("科目", AccountCode, ColumnPart.CodeAndName),
        ],
        ["序号", "行次", "备注", "借或贷", "借/贷", "方向"]);
}
