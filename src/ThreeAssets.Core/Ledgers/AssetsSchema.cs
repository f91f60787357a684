namespace ThreeAssets.Core.Ledgers;

/// <summary>资产台账: the assets register schema (DESIGN §2), a quarter-end snapshot.</summary>
public static class AssetsSchema
{
    /// <summary>The status that means an asset is let out and needs lessee, rent and term.</summary>
    public const string LeasedStatus = "出租出借";

    /// <summary>The status that explains an asset's absence from a later snapshot.</summary>
    public const string DisposedStatus = "已处置";

#pragma warning disable CS1591 // Each field is one column; its header says what it is.
    public static readonly ColumnSpec Code = new()
    {
        Key = "code", Header = "资产编号", Aliases = ["资产编码", "卡片编号"], Type = ColumnType.Text,
        Required = true, MaxLength = 50, Example = "ZC0001", Width = 12, Hint = "每项资产一个编号，不能重复",
    };
    public static readonly ColumnSpec Name = new()
    {
        Key = "name", Header = "资产名称", Aliases = ["名称"], Type = ColumnType.Text, Required = true,
        MaxLength = 100, Example = "村委会办公楼", Width = 18,
    };
    public static readonly ColumnSpec Category = new()
    {
        Key = "category", Header = "资产类别", Aliases = ["资产分类", "类别"], Type = ColumnType.List, Required = true,
        AllowedValues = ["房屋及建筑物", "机器设备", "交通运输工具", "农业基础设施", "生物资产", "无形资产", "其他"],
        Example = "房屋及建筑物", Width = 14,
    };
    public static readonly ColumnSpec AcquiredOn = new()
    {
        Key = "acquiredOn", Header = "购建日期", Aliases = ["取得日期", "购置日期", "开始使用时间"], Type = ColumnType.Date, NotAfterPeriod = true,
        Example = "2015-06-30", Width = 12,
    };
    public static readonly ColumnSpec Quantity = new()
    {
        Key = "quantity", Header = "数量", Type = ColumnType.Decimal, Example = "1", Width = 8,
    };
    public static readonly ColumnSpec Unit = new()
    {
        Key = "unit", Header = "计量单位", Aliases = ["单位"], Type = ColumnType.Text, MaxLength = 10, Example = "栋", Width = 8,
    };
    public static readonly ColumnSpec OriginalValue = new()
    {
        Key = "originalValue", Header = "原值", Aliases = ["原价", "账面原值"], Type = ColumnType.Amount, Required = true,
        Example = "818438.91", Width = 14,
    };
    public static readonly ColumnSpec Depreciation = new()
    {
        Key = "depreciation", Header = "累计折旧", Aliases = ["已提折旧"], Type = ColumnType.Amount,
        Example = "327913.08", Width = 14, Hint = "0 到原值之间",
    };
    public static readonly ColumnSpec NetValue = new()
    {
        Key = "netValue", Header = "净值", Aliases = ["账面净值"], Type = ColumnType.Amount,
        Example = "490525.83", Width = 14, Hint = "等于原值 − 累计折旧",
    };
    public static readonly ColumnSpec Location = new()
    {
        Key = "location", Header = "坐落位置", Aliases = ["存放地点", "坐落", "位置"], Type = ColumnType.Text,
        MaxLength = 100, Example = "北街21号", Width = 16,
    };
    public static readonly ColumnSpec Status = new()
    {
        Key = "status", Header = "使用状态", Aliases = ["使用状况"], Type = ColumnType.List, Required = true,
        AllowedValues = ["在用", LeasedStatus, "闲置", "待处置", DisposedStatus], Example = "在用", Width = 10,
    };
    public static readonly ColumnSpec Lessee = new()
    {
        Key = "lessee", Header = "承租方", Aliases = ["承租人", "租用单位"], Type = ColumnType.Text, MaxLength = 100,
        Example = "", Width = 18, Hint = "出租出借的资产必填",
    };
    public static readonly ColumnSpec AnnualRent = new()
    {
        Key = "annualRent", Header = "年租金", Type = ColumnType.Amount, Example = "", Width = 12, Hint = "出租出借的资产必填",
    };
    public static readonly ColumnSpec LeaseStart = new()
    {
        Key = "leaseStart", Header = "租期起", Aliases = ["租赁起始日"], Type = ColumnType.Date, Example = "", Width = 12,
    };
    public static readonly ColumnSpec LeaseEnd = new()
    {
        Key = "leaseEnd", Header = "租期止", Aliases = ["租赁终止日"], Type = ColumnType.Date, Example = "", Width = 12,
    };
    public static readonly ColumnSpec Remarks = new()
    {
        Key = "remarks", Header = "备注", Type = ColumnType.Text, MaxLength = 200, Example = "", Width = 20,
    };
#pragma warning restore CS1591

    /// <summary>The assets register schema.</summary>
    public static readonly LedgerSchema Schema = new(
        LedgerKind.Assets, "资产台账", "Assets register",
        [Code, Name, Category, AcquiredOn, Quantity, Unit, OriginalValue, Depreciation, NetValue, Location, Status, Lessee, AnnualRent, LeaseStart, LeaseEnd, Remarks],
        [new("租期", LeaseStart, ColumnPart.Term, LeaseEnd), new("租赁期限", LeaseStart, ColumnPart.Term, LeaseEnd)],
        ["序号", "规格型号", "规格", "型号"]);
}
