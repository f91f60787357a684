using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace ThreeAssets.Benchmarks;

/// <summary>
/// Writes a realistic quarterly funds ledger (2026-Q4) of a given number of transactions, laid out
/// as villages do: title and unit rows, header, opening balance, transactions with a running
/// balance, a 本月合计 row per month, 本季合计 and a signature row. Seeded, so every run reads the
/// same file; the numbers add up, so the benchmark measures the clean path.
/// </summary>
internal static class FundsWorkbookGenerator
{
    private static readonly (string Code, string Name, string Summary)[] Incomes =
    [
        ("501", "经营收入", "收到门面房租金"), ("503", "补助收入", "收到上级村级组织运转补助"),
        ("504", "其他收入", "收到银行存款利息"), ("50101", "经营收入-承包费", "收到土地承包费"),
    ];

    private static readonly (string Code, string Name, string Summary)[] Expenses =
    [
        ("51301", "管理费用-办公费", "支付村委会办公用品费"), ("51302", "管理费用-水电费", "支付村委会电费"),
        ("514", "公益支出", "支付村内道路维修款"), ("511", "经营支出", "支付集体果园化肥款"),
        ("212", "应付工资", "支付保洁人员工资"), ("515", "其他支出", "支付困难户慰问金"),
    ];

    private static readonly string[] Header =
        ["日期", "凭证号", "摘要", "科目编码", "科目名称", "收入金额", "支出金额", "余额", "结算方式", "对方单位或个人", "经手人", "审批人", "附件张数"];

    private static readonly double[] Widths = [12, 10, 28, 10, 16, 14, 14, 14, 10, 20, 10, 10, 8];

    private static readonly string[] Counterparties = ["华联办公用品店", "国网供电公司", "天津市西营建材有限公司", "张建军", "县农业农村局", "农商银行"];

    public static string PathFor(int rows) =>
        Path.Combine(Path.GetTempPath(), "threeassets-bench", string.Create(CultureInfo.InvariantCulture, $"funds-2026-Q4-{rows}.xlsx"));

    /// <summary>Writes the workbook for <paramref name="rows"/> transactions and returns its path.</summary>
    public static async Task<string> WriteAsync(int rows)
    {
        var path = PathFor(rows);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved into place: another benchmark process may be reading the old copy.
        var temp = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.tmp");
        await using (var file = File.Create(temp))
            await WriteLedgerAsync(file, rows);
        File.Move(temp, path, overwrite: true);
        return path;
    }

    private static async Task WriteLedgerAsync(Stream file, int rows)
    {
        await using var book = await Spreadsheet.CreateNewAsync(file);
        var options = new WorksheetOptions { FrozenRows = 3 };
        for (var i = 0; i < Widths.Length; i++) options.Column(i + 1).Width = Widths[i];
        await book.StartWorksheetAsync("资金收支明细", options);
        var date = book.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
        var money = book.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });

        await book.AddRowAsync([new Cell("东营村2026年第四季度资金收支明细表")]);
        book.MergeCells("A1:M1");
        await book.AddRowAsync([new Cell("所属期间：2026年10月—12月"), new Cell(), new Cell(), new Cell(), new Cell(), new Cell(), new Cell(), new Cell(), new Cell(), new Cell(), new Cell("单位：元")]);
        await book.AddRowAsync(Header.Select(h => new Cell(h)).ToArray());

        var random = new Random(20261001);
        long balance = 12_345_678;
        await book.AddRowAsync([new Cell(new DateTime(2026, 10, 1), date), new Cell(), new Cell("期初余额"), new Cell(), new Cell(), new Cell(), new Cell(), new Cell(Yuan(balance), money)]);
        long quarterIn = 0, quarterOut = 0;
        var cells = new Cell[13];
        for (var month = 10; month <= 12; month++)
        {
            var count = rows / 3 + (month - 10 < rows % 3 ? 1 : 0);
            var days = DateTime.DaysInMonth(2026, month);
            long monthIn = 0, monthOut = 0;
            for (var i = 0; i < count; i++)
            {
                var isIncome = balance < 500_000 || random.Next(3) == 0;
                var fen = isIncome ? random.NextInt64(10_000, 5_000_000) : random.NextInt64(1_000, Math.Min(balance, 2_000_000));
                var account = isIncome ? Incomes[random.Next(Incomes.Length)] : Expenses[random.Next(Expenses.Length)];
                balance += isIncome ? fen : -fen;
                if (isIncome) monthIn += fen; else monthOut += fen;
                cells[0] = new Cell(new DateTime(2026, month, 1 + (int)((long)i * days / Math.Max(count, 1))), date);
                cells[1] = new Cell(string.Create(CultureInfo.InvariantCulture, $"记-{i + 1}"));
                cells[2] = new Cell(account.Summary);
                cells[3] = new Cell(account.Code);
                cells[4] = new Cell(account.Name);
                cells[5] = isIncome ? new Cell(Yuan(fen), money) : new Cell();
                cells[6] = isIncome ? new Cell() : new Cell(Yuan(fen), money);
                cells[7] = new Cell(Yuan(balance), money);
                cells[8] = new Cell(fen < 100_000 ? "现金" : "银行转账");
                cells[9] = new Cell(Counterparties[random.Next(Counterparties.Length)]);
                cells[10] = new Cell("王建国");
                cells[11] = new Cell("李春生");
                cells[12] = new Cell(1 + random.Next(4));
                await book.AddRowAsync(cells);
            }
            await book.AddRowAsync(TotalsRow("本月合计", monthIn, monthOut, balance, money));
            quarterIn += monthIn;
            quarterOut += monthOut;
        }
        await book.AddRowAsync(TotalsRow("本季合计", quarterIn, quarterOut, balance, money));
        await book.AddRowAsync([new Cell("制表人：王建国    审核人：李春生    民主理财小组：赵志刚")]);
        await book.FinishAsync();
    }

    private static Cell[] TotalsRow(string label, long income, long expense, long balance, StyleId money) =>
        [new Cell(), new Cell(), new Cell(label), new Cell(), new Cell(), new Cell(Yuan(income), money), new Cell(Yuan(expense), money), new Cell(Yuan(balance), money)];

    private static decimal Yuan(long fen) => fen / 100m;
}
