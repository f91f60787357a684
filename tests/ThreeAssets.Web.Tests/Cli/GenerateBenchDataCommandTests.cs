extern alias cli;

using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Integrity;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Api;
using UsageException = cli::ThreeAssets.Cli.UsageException;

namespace ThreeAssets.Web.Tests.Cli;

/// <summary>generate-bench-data on a small scale: publications that verify exactly as the Publisher's do.</summary>
public sealed class GenerateBenchDataCommandTests : IDisposable
{
    private readonly string _path = PortalApp.NewDatabasePath();

    [Fact]
    public async Task Generated_publications_verify_and_chain_per_village()
    {
        var exit = await OpenDataFixture.GenerateAsync(_path, "--district", "9903", "--villages", "2", "--years", "1", "--rows-per-month", "12");

        Assert.Equal(0, exit);
        using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={_path}").Options);
        var publications = await db.Publications.AsNoTracking().Include(p => p.Village).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(42, publications.Count); // 2 × (12 funds + 4 assets + 4 resources) + 2 corrections
        Assert.Equal(2 * 12 * 12 + 2 * 12, await db.FundsEntries.CountAsync());
        foreach (var p in publications)
        {
            var rows = await db.LoadRowsAsync(p.Id, p.Kind);
            var supersedes = p.SupersedesId is { } s ? publications.Single(x => x.Id == s).Version : (int?)null;
            var header = new PublicationHeader(p.Village.Code, p.Kind, Period.Parse(p.Period), p.Version, p.PublishedAt, p.PreviousHash,
                supersedes, p.CorrectionReason);
            Assert.Equal(p.ContentHash, PublicationHash.Compute(header, rows));
            Assert.Equal(PublicationHash.Fingerprint(p.ContentHash), p.Fingerprint);
            Assert.Equal(p.RowCount, rows.Count);
            var previous = publications.LastOrDefault(x => x.VillageId == p.VillageId && x.Id < p.Id);
            Assert.Equal(previous?.ContentHash, p.PreviousHash);
        }
        Assert.All(await db.Submissions.ToListAsync(), s => Assert.Equal(SubmissionStatus.Published, s.Status));
        Assert.Equal(publications.Select(p => p.SubmissionId).Order(), await db.Submissions.Where(s => s.PublicationId != null).Select(s => s.Id).OrderBy(i => i).ToListAsync());
        // Funds periods chain: each opening is the previous closing.
        var funds = publications.Where(p => p.Kind == LedgerKind.Funds && p.Version == 1 && p.Village.Code == "9903-01-01").ToList();
        Assert.All(funds.Skip(1).Zip(funds), pair => Assert.Equal(pair.Second.ClosingFen, pair.First.OpeningFen));
    }

    [Fact]
    public async Task An_existing_district_code_is_refused()
    {
        await OpenDataFixture.GenerateAsync(_path, "--district", "9904", "--villages", "1", "--years", "1", "--rows-per-month", "1");

        var e = await Assert.ThrowsAsync<UsageException>(() =>
            OpenDataFixture.GenerateAsync(_path, "--district", "9904", "--villages", "1", "--years", "1"));
        Assert.Contains("9904", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}
