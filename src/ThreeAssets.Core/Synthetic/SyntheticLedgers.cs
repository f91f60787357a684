using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Synthetic;

/// <summary>
/// Plausible, fictional ledgers for the demo district, tests and load data: the same village and period
/// always give the same rows, funds balances run correctly and chain from period to period, and leases
/// and contracts carry the fields the rules ask for. Names are invented.
/// </summary>
public static class SyntheticLedgers
{
    private static readonly (string Code, string Name, string Summary, long MinFen, long MaxFen, bool Cash)[] Incomes =
    [
        ("503", "补助收入", "收到镇财政拨付村级组织运转经费", 2_000_000, 6_000_000, false),
        ("501", "经营收入", "收取厂房租金", 800_000, 3_000_000, false),
        ("501", "经营收入", "收取鱼塘承包费", 500_000, 1_500_000, false),
        ("504", "其他收入", "收到银行存款利息", 1_000, 30_000, false),
        ("503", "补助收入", "收到农村公益事业财政奖补资金", 1_000_000, 5_000_000, false),
    ];

    private static readonly (string Code, string Name, string Summary, long MinFen, long MaxFen, bool Cash)[] Expenses =
    [
        ("51301", "管理费用-办公费", "购买办公用品", 20_000, 150_000, true),
        ("51302", "管理费用-水电费", "支付村部电费", 30_000, 120_000, false),
        ("51303", "管理费用-报刊费", "订阅党报党刊", 50_000, 90_000, false),
        ("212", "应付工资", "发放村干部基本报酬", 800_000, 1_600_000, false),
        ("514", "公益支出", "村道路面修补", 300_000, 2_500_000, false),
        ("514", "公益支出", "更换路灯灯泡", 40_000, 300_000, false),
        ("511", "经营支出", "支付灌溉用水电费", 100_000, 600_000, false),
        ("51304", "管理费用-误餐费", "支付防汛值班误餐费", 30_000, 90_000, true),
        ("515", "其他支出", "支付保洁员劳务费", 150_000, 300_000, true),
    ];

    private static readonly string[] Companies =
        ["青溪县城建工程有限公司", "国网青溪供电所", "华联办公用品店", "青溪县农村信用合作联社", "清源保洁服务社", "众兴水产养殖场"];

    private static readonly string[] People = ["张建国", "李秀英", "王志强", "刘桂兰", "陈明", "杨海涛", "赵丽华", "黄永福"];

    /// <summary>A funds ledger for one period, opening at <paramref name="opening"/> fen; about 10–30 rows a month.</summary>
    public static (IReadOnlyList<FundsRow> Rows, FundsSummary Summary) Funds(string villageCode, Period period, long opening, int rowsPerMonth = 0)
    {
        var random = Random(villageCode, period, LedgerKinds.Funds.Kind);
        var rows = new List<FundsRow>();
        var balance = opening;
        var voucher = 0;
        foreach (var month in period.Months)
        {
            var count = rowsPerMonth > 0 ? rowsPerMonth : random.Next(10, 30);
            var days = DateTime.DaysInMonth(period.Year, month);
            foreach (var day in Enumerable.Range(0, count).Select(_ => random.Next(1, days + 1)).Order())
            {
                // Keep the balance positive: a village cannot spend money it does not have.
                var income = balance < 2_000_000 || random.Next(3) == 0;
                var item = income ? Incomes[random.Next(Incomes.Length)] : Expenses[random.Next(Expenses.Length)];
                var amount = random.NextInt64(item.MinFen / 100, item.MaxFen / 100 + 1) * 100 + (random.Next(4) == 0 ? random.Next(1, 100) : 0);
                balance += income ? amount : -amount;
                var cash = item.Cash || (!income && random.Next(12) == 0);
                var party = income ? (item.Code == "503" ? "青溪镇财政所" : Companies[random.Next(Companies.Length)])
                    : random.Next(3) == 0 ? People[random.Next(People.Length)] : Companies[random.Next(Companies.Length)];
                rows.Add(new FundsRow(
                    SourceRow: 0,
                    Date: new DateOnly(period.Year, month, day),
                    Voucher: $"记-{++voucher}",
                    Summary: item.Summary,
                    AccountCode: item.Code,
                    AccountName: item.Name,
                    Income: income ? amount : 0,
                    Expense: income ? 0 : amount,
                    Balance: balance,
                    Settlement: cash ? "现金" : "银行转账",
                    Counterparty: party,
                    Handler: People[random.Next(3)],
                    Approver: income ? null : "村委会主任",
                    Attachments: random.Next(1, 5)));
            }
        }
        var totalIncome = rows.Sum(r => r.Income);
        var totalExpense = rows.Sum(r => r.Expense);
        return (rows, new FundsSummary(opening, totalIncome, totalExpense, opening + totalIncome - totalExpense));
    }

    private static readonly (string Name, string Category, string Unit, long MinYuan, long MaxYuan, int LifeYears)[] AssetKinds =
    [
        ("村委会办公楼", "房屋及建筑物", "栋", 600_000, 1_500_000, 40),
        ("文化礼堂", "房屋及建筑物", "栋", 300_000, 900_000, 40),
        ("村集体厂房", "房屋及建筑物", "栋", 500_000, 2_000_000, 30),
        ("沿街商铺", "房屋及建筑物", "间", 150_000, 400_000, 30),
        ("农机仓库", "房屋及建筑物", "座", 80_000, 200_000, 30),
        ("提灌站", "农业基础设施", "座", 100_000, 400_000, 20),
        ("机耕路", "农业基础设施", "公里", 200_000, 800_000, 20),
        ("灌溉渠道", "农业基础设施", "公里", 100_000, 500_000, 20),
        ("太阳能路灯", "其他", "盏", 40_000, 120_000, 8),
        ("拖拉机", "机器设备", "台", 60_000, 150_000, 10),
        ("收割机", "机器设备", "台", 120_000, 300_000, 10),
        ("垃圾清运车", "交通运输工具", "辆", 50_000, 120_000, 8),
        ("办公电脑", "机器设备", "台", 4_000, 8_000, 5),
        ("监控设备", "机器设备", "套", 20_000, 60_000, 5),
        ("村史馆陈列设施", "其他", "套", 30_000, 90_000, 10),
    ];

    /// <summary>An assets register snapshot at the end of <paramref name="period"/>; the same items every quarter, depreciating.</summary>
    public static IReadOnlyList<AssetRow> Assets(string villageCode, Period period)
    {
        var random = Random(villageCode, default, LedgerKinds.Assets.Kind);
        var asOf = period.End;
        var rows = new List<AssetRow>();
        var picks = AssetKinds.OrderBy(_ => random.Next()).Take(random.Next(9, AssetKinds.Length + 1)).ToList();
        for (var i = 0; i < picks.Count; i++)
        {
            var kind = picks[i];
            var acquired = new DateOnly(random.Next(2008, 2025), random.Next(1, 13), 28);
            var original = random.NextInt64(kind.MinYuan, kind.MaxYuan + 1) * 100;
            var months = Math.Max(0, (asOf.Year - acquired.Year) * 12 + asOf.Month - acquired.Month);
            var depreciation = Math.Min(original, original * months / (kind.LifeYears * 12L));
            var leased = kind.Category == "房屋及建筑物" && random.Next(3) == 0;
            var idle = !leased && random.Next(8) == 0;
            var leaseStart = new DateOnly(random.Next(2019, 2026), 1, 1);
            rows.Add(new AssetRow(
                SourceRow: 0,
                Code: $"ZC{i + 1:000}",
                Name: kind.Name,
                Category: kind.Category,
                AcquiredOn: acquired,
                Quantity: kind.Unit is "公里" ? random.Next(10, 60) / 10m : 1,
                Unit: kind.Unit,
                OriginalValue: original,
                AccumulatedDepreciation: depreciation,
                NetValue: original - depreciation,
                Location: $"{(i % 3 == 0 ? "村部" : i % 3 == 1 ? "东组" : "西组")}",
                Status: leased ? "出租出借" : idle ? "闲置" : "在用",
                Lessee: leased ? (random.Next(2) == 0 ? Companies[random.Next(Companies.Length)] : People[random.Next(People.Length)]) : null,
                AnnualRent: leased ? random.Next(12, 120) * 100_000L : null,
                LeaseStart: leased ? leaseStart : null,
                LeaseEnd: leased ? leaseStart.AddYears(random.Next(3, 11)).AddDays(-1) : null,
                Remarks: null));
        }
        return rows;
    }

    private static readonly (string Type, string Mode, int MinPrice, int MaxPrice)[] ResourceKinds =
    [
        ("耕地", "对外发包", 500, 1000),
        ("耕地", "家庭承包", 0, 0),
        ("园地", "对外发包", 600, 1200),
        ("林地", "对外发包", 80, 200),
        ("养殖水面", "租赁", 800, 1500),
        ("集体经营性建设用地", "租赁", 3000, 8000),
        ("草地", "自营", 0, 0),
        ("未利用地", "未利用", 0, 0),
    ];

    /// <summary>A resources register snapshot at the end of <paramref name="period"/>.</summary>
    public static IReadOnlyList<ResourceRow> Resources(string villageCode, Period period)
    {
        var random = Random(villageCode, default, LedgerKinds.Resources.Kind);
        var count = random.Next(8, 16);
        var rows = new List<ResourceRow>();
        for (var i = 0; i < count; i++)
        {
            var kind = ResourceKinds[random.Next(ResourceKinds.Length)];
            var area = random.Next(20, 800) / 10m;
            var contracted = kind.Mode is "对外发包" or "租赁";
            var price = contracted ? random.Next(kind.MinPrice, kind.MaxPrice + 1) * 100L : 0;
            var fee = contracted ? Money.ToFen(area * Money.ToYuan(price)) : 0;
            var start = new DateOnly(random.Next(2016, 2026), random.Next(1, 13), 1);
            var years = kind.Mode == "租赁" ? random.Next(3, 16) : random.Next(3, 14);
            var paid = random.Next(6) == 0 ? fee / 2 : fee;
            rows.Add(new ResourceRow(
                SourceRow: 0,
                Code: $"ZY{i + 1:000}",
                Name: $"{"东南西北"[i % 4]}片{kind.Type}{i + 1}号地块",
                Type: kind.Type,
                AreaMu: area,
                Location: $"{"东南西北"[i % 4]}组",
                OperationMode: kind.Mode,
                Contractor: contracted ? (random.Next(2) == 0 ? Companies[random.Next(Companies.Length)] : People[random.Next(People.Length)]) : null,
                ContractNo: contracted ? $"HT{start.Year}-{i + 1:000}" : null,
                ContractStart: contracted ? start : null,
                ContractEnd: contracted ? start.AddYears(years).AddDays(-1) : null,
                AnnualFee: contracted ? fee : null,
                UnitPrice: contracted ? price : null,
                TenderMethod: contracted ? (random.Next(5) == 0 ? "协议" : random.Next(2) == 0 ? "公开招标" : "公开协商") : null,
                ResolutionDate: contracted ? start.AddDays(-random.Next(10, 40)) : null,
                ReceivableThisYear: contracted ? fee : null,
                ReceivedThisYear: contracted ? paid : null,
                Remarks: null));
        }
        return rows;
    }

    private static Random Random(string villageCode, Period period, LedgerKind kind)
    {
        // A stable seed (string.GetHashCode is randomised per process).
        var seed = 17;
        foreach (var c in $"{villageCode}|{period}|{kind}")
            seed = unchecked(seed * 31 + c);
        return new Random(seed);
    }
}
