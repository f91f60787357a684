using BenchmarkDotNet.Attributes;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Documents.Notices;

namespace ThreeAssets.Benchmarks;

/// <summary>
/// PDF notices (issue 5 targets: one notice ≤ 30 ms warm, a township batch of 50 ≤ 2 s).
/// Run: dotnet run -c Release --project tests/ThreeAssets.Benchmarks -- --filter '*Notice*' --job short
/// </summary>
// Min and median next to the mean: on a shared 2-core machine a neighbour's build inflates the mean.
[MemoryDiagnoser, MinColumn, MedianColumn]
public class NoticeBenchmarks
{
    private static readonly DateTimeOffset PublishedAt = new(2026, 11, 5, 9, 30, 0, TimeSpan.FromHours(8));

    private NoticeRenderer renderer = null!;
    private NoticeDocument fundsNotice = null!;
    private List<NoticeDocument> township = null!;
    private List<NoticeFile> stored = null!;

    [GlobalSetup]
    public void Setup()
    {
        renderer = new NoticeRenderer();
        fundsNotice = Funds("青河村", 40, "7F3A-92C4-1BDE-0A55");
        // A township's month: 50 villages, each with a funds notice of 20 to 60 rows.
        township = Enumerable.Range(1, 50).Select(i => Funds($"第{i}村", 20 + i % 41, $"FP-{i:0000}")).ToList();
        renderer.Render(fundsNotice); // loads and parses the font once, as a running web app has
        stored = township.Select(n => new NoticeFile(NoticeFile.NameFor(n), renderer.Render(n))).ToList();
    }

    [Benchmark(Description = "One funds notice, 40 rows")]
    public byte[] OneNotice() => renderer.Render(fundsNotice);

    [Benchmark(Description = "Township batch: render 50 notices, merge and zip")]
    public int TownshipBatch()
    {
        var files = township.Select(n => new NoticeFile(NoticeFile.NameFor(n), renderer.Render(n))).ToList();
        return NoticeBatch.Merge(files, "青河镇 2026年10月 资金收支公开汇编", PublishedAt).Length
            + NoticeBatch.Zip(files, PublishedAt).Length;
    }

    // What a township download does: the notices were rendered and stored at publication.
    [Benchmark(Description = "Township download: merge and zip 50 stored notices")]
    public int TownshipDownload() =>
        NoticeBatch.Merge(stored, "青河镇 2026年10月 资金收支公开汇编", PublishedAt).Length + NoticeBatch.Zip(stored, PublishedAt).Length;

    private static NoticeDocument Funds(string village, int count, string fingerprint)
    {
        var rows = Enumerable.Range(1, count).Select(i => new FundsRow(i + 3, new DateOnly(2026, 10, 1 + i % 31), $"记-{i:00}",
            i % 2 == 0 ? "支付村道路灯电费及维修材料费" : "收到土地承包费", i % 2 == 0 ? "51301" : "501",
            i % 2 == 0 ? "管理费用-办公费" : "经营收入", i % 2 == 1 ? 123_456L * i : 0, i % 2 == 0 ? 45_678L * i : 0,
            null, "银行转账", i % 2 == 0 ? "张**" : "青河农业合作社", null, null, 1)).ToList();
        long income = rows.Sum(r => r.Income), expense = rows.Sum(r => r.Expense);
        return new NoticeDocument
        {
            Kind = LedgerKind.Funds, VillageName = village, TownshipName = "青河镇", DistrictName = "东江区",
            Period = Period.OfMonth(2026, 10), Version = 1, PublishedAt = PublishedAt,
            ApprovingOrganisation = "青河镇农村经营管理站", Fingerprint = fingerprint,
            PublicationUrl = $"https://sanzi.example.cn/publications/{fingerprint}",
            Rows = rows, FundsSummary = new FundsSummary(5_000_000, income, expense, 5_000_000 + income - expense),
        };
    }
}
