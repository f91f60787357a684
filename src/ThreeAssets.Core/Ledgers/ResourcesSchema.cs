namespace ThreeAssets.Core.Ledgers;

/// <summary>资源台账: the resources register schema (DESIGN §2), a quarter-end snapshot.</summary>
public static class ResourcesSchema
{
    /// <summary>Operation modes under a contract with someone else: they need the contract fields.</summary>
    public static readonly IReadOnlyList<string> ContractedModes = ["对外发包", "租赁"];

    /// <summary>The operation mode the 20-year lease limit applies to (Civil Code art. 705).</summary>
    public const string LeaseMode = "租赁";

#pragma warning disable CS1591 // Each field is one column; its header says what it is.
    public static readonly ColumnSpec Code = new()
    {
        Key = "code", Header = "资源编号", Aliases = ["资源编码", "地块编号"], Type = ColumnType.Text, Required = true,
        MaxLength = 50, Example = "ZY0001", Width = 12, Hint = "每块资源一个编号，不能重复",
    };
    public static readonly ColumnSpec Name = new()
    {
        Key = "name", Header = "资源名称", Aliases = ["地块名称"], Type = ColumnType.Text, Required = true,
        MaxLength = 100, Example = "东洼8号地块", Width = 16,
    };
    public static readonly ColumnSpec Type = new()
    {
        Key = "type", Header = "资源类型", Aliases = ["地类", "资源类别"], Type = ColumnType.List, Required = true,
        AllowedValues = ["耕地", "园地", "林地", "草地", "养殖水面", "集体经营性建设用地", "未利用地", "其他"],
        Example = "耕地", Width = 14,
    };
    public static readonly ColumnSpec Area = new()
    {
        Key = "area", Header = "面积(亩)", Aliases = ["面积", "亩数"], Type = ColumnType.Decimal, Required = true,
        MustBePositive = true, Example = "48.21", Width = 10,
    };
    public static readonly ColumnSpec Location = new()
    {
        Key = "location", Header = "坐落位置", Aliases = ["座落", "坐落", "位置"], Type = ColumnType.Text, MaxLength = 100,
        Example = "村西侧", Width = 14,
    };
    public static readonly ColumnSpec Boundaries = new()
    {
        Key = "boundaries", Header = "四至", Type = ColumnType.Text, MaxLength = 200,
        Example = "东至路 西至沟 南至张家地 北至河", Width = 24,
    };
    public static readonly ColumnSpec OperationMode = new()
    {
        Key = "operationMode", Header = "经营方式", Aliases = ["经营形式"], Type = ColumnType.List, Required = true,
        AllowedValues = ["家庭承包", "对外发包", LeaseMode, "自营", "未利用"], Example = "对外发包", Width = 10,
    };
    public static readonly ColumnSpec Contractor = new()
    {
        Key = "contractor", Header = "承包方或承租方", Aliases = ["承包方", "承租方", "承包人", "承租人", "承包户"],
        Type = ColumnType.Text, MaxLength = 100, Example = "天津市西营建材有限公司", Width = 20, Hint = "对外发包、租赁必填",
    };
    public static readonly ColumnSpec ContractNo = new()
    {
        Key = "contractNo", Header = "合同编号", Aliases = ["合同号"], Type = ColumnType.Text, MaxLength = 50,
        Example = "HT-2026-001", Width = 14, Hint = "对外发包、租赁必填",
    };
    public static readonly ColumnSpec ContractStart = new()
    {
        Key = "contractStart", Header = "合同起始日", Aliases = ["合同开始日期", "起始日期", "承包起始日"], Type = ColumnType.Date, NotAfterPeriod = true,
        Example = "2020-10-01", Width = 12, Hint = "对外发包、租赁必填",
    };
    public static readonly ColumnSpec ContractEnd = new()
    {
        Key = "contractEnd", Header = "合同终止日", Aliases = ["合同结束日期", "终止日期", "承包终止日"], Type = ColumnType.Date,
        Example = "2031-09-30", Width = 12, Hint = "租赁不能超过 20 年",
    };
    public static readonly ColumnSpec AnnualFee = new()
    {
        Key = "annualFee", Header = "年承包费(元)", Aliases = ["年承包费", "年承包金额", "承包费", "年租金"], Type = ColumnType.Amount,
        Example = "654033.73", Width = 14, Hint = "对外发包、租赁必填",
    };
    public static readonly ColumnSpec UnitPrice = new()
    {
        Key = "unitPrice", Header = "单价(元/亩/年)", Aliases = ["单价", "每亩承包费"], Type = ColumnType.Amount,
        Example = "13566.35", Width = 14, Hint = "等于年承包费 ÷ 面积",
    };
    public static readonly ColumnSpec TenderMethod = new()
    {
        Key = "tenderMethod", Header = "发包方式", Type = ColumnType.List,
        AllowedValues = ["公开招标", "竞争性谈判", "公开协商", "协议"], Example = "公开招标", Width = 12,
    };
    public static readonly ColumnSpec ResolutionDate = new()
    {
        Key = "resolutionDate", Header = "民主决议日期", Aliases = ["决议日期"], Type = ColumnType.Date, NotAfterPeriod = true,
        Example = "2020-09-14", Width = 12,
    };
    public static readonly ColumnSpec Receivable = new()
    {
        Key = "receivable", Header = "本年应收", Aliases = ["本年应收款"], Type = ColumnType.Amount, Example = "654033.73", Width = 14,
    };
    public static readonly ColumnSpec Received = new()
    {
        Key = "received", Header = "本年已收", Aliases = ["本年实收"], Type = ColumnType.Amount, Example = "654033.73", Width = 14,
    };
    public static readonly ColumnSpec Remarks = new()
    {
        Key = "remarks", Header = "备注", Type = ColumnType.Text, MaxLength = 200, Example = "", Width = 20,
    };
#pragma warning restore CS1591

    /// <summary>The resources register schema.</summary>
    public static readonly LedgerSchema Schema = new(
        LedgerKind.Resources, "资源台账", "Resources register",
        [Code, Name, Type, Area, Location, Boundaries, OperationMode, Contractor, ContractNo, ContractStart, ContractEnd,
         AnnualFee, UnitPrice, TenderMethod, ResolutionDate, Receivable, Received, Remarks],
        [
            new("承包期限", ContractStart, ColumnPart.Term, ContractEnd), new("合同期限", ContractStart, ColumnPart.Term, ContractEnd),
            new("租赁期限", ContractStart, ColumnPart.Term, ContractEnd), new("承包期", ContractStart, ColumnPart.Term, ContractEnd),
            new("东至", Boundaries, ColumnPart.Boundary), new("西至", Boundaries, ColumnPart.Boundary),
            new("南至", Boundaries, ColumnPart.Boundary), new("北至", Boundaries, ColumnPart.Boundary),
        ],
        ["序号"]);
}
