using ThreeAssets.Core.Exports;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using ThreeAssets.Data;
using ThreeAssets.Data.Seed;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>sample-ledgers --district seed-data/demo-district.json --out seed-data/ledgers</c>: writes the demo
/// district's sample workbooks in the folder layout <c>scan</c> reads (township/village/kind-period.xlsx).
/// The files are committed; the portal loads them through the upload pipeline on first start.
/// Some periods are left out on purpose, so that the public timeline has late periods to show.
/// </summary>
internal static class SampleLedgersCommand
{
    private static readonly string[] Quarters = ["2026-Q2", "2026-Q3"];
    private static readonly string[] Months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];

    public static async Task<int> RunAsync(CliArgs args)
    {
        var districtFile = args.Option("district") ?? Path.Combine("seed-data", "demo-district.json");
        var output = args.Option("out") ?? throw new UsageException("usage: sample-ledgers [--district FILE] --out DIR");
        if (!File.Exists(districtFile)) throw new UsageException($"not found: {districtFile}");
        var district = DemoDistrict.Load(districtFile);

        var written = 0;
        foreach (var township in district.Townships)
        {
            for (var v = 0; v < township.Villages.Count; v++)
            {
                var village = township.Villages[v];
                var folder = Path.Combine(output, township.Name, village.Name);
                Directory.CreateDirectory(folder);
                // The last village of each township is behind: its newest period is missing.
                var behind = v == township.Villages.Count - 1;
                var funds = village.FundsFrequency == FundsFrequency.Monthly ? Months : Quarters;
                var opening = 5_000_000L + (village.Code[^1] - '0') * 3_000_000L;
                foreach (var text in behind ? funds[..^1] : funds)
                {
                    var period = Period.Parse(text);
                    var (rows, summary) = SyntheticLedgers.Funds(village.Code, period, opening);
                    await WriteAsync(folder, village, LedgerKinds.Funds.Kind, period, rows, summary);
                    opening = summary.Closing;
                    written++;
                }
                foreach (var text in behind ? Quarters[..^1] : Quarters)
                {
                    var period = Period.Parse(text);
                    await WriteAsync(folder, village, LedgerKinds.Assets.Kind, period, SyntheticLedgers.Assets(village.Code, period), null);
                    await WriteAsync(folder, village, LedgerKinds.Resources.Kind, period, SyntheticLedgers.Resources(village.Code, period), null);
                    written += 2;
                }
            }
        }
        Console.WriteLine($"{written} workbooks written to {output}");
        return 0;
    }

    private static async Task WriteAsync(string folder, DemoVillage village, LedgerKind kind, Period period,
        IEnumerable<ILedgerRow> rows, FundsSummary? summary)
    {
        var schema = LedgerSchema.For(kind);
        var path = Path.Combine(folder, $"{kind.ToString().ToLowerInvariant()}-{period}.xlsx");
        await using var file = File.Create(path);
        await LedgerWorkbookWriter.WriteAsync(file, kind, $"{village.Name}{period.ToChinese()}{schema.Title}", rows, summary);
    }
}
