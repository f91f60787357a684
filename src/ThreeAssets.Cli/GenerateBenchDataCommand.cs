using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using ThreeAssets.Data;

namespace ThreeAssets.Cli;

/// <summary>
/// <c>generate-bench-data</c> (DESIGN §9): a large fictional district for load tests — by default 150 villages
/// × 3 years of monthly funds ledgers (about 930 rows a month) and quarterly assets and resources registers,
/// over 5 million rows — in its own district code, beside whatever else the database holds.
/// </summary>
internal static class GenerateBenchDataCommand
{
    public const string Usage = """
        usage: threeassets generate-bench-data [--district 3399] [--villages 150] [--townships 10] [--from 2023] [--years 3]
                                               [--rows-per-month 930]
          Fills the configured database (SQLite only) with a fictional district of published ledgers, hash-chained
          exactly as the portal publishes them. Refuses if the district code exists already. Some funds periods get a
          corrected version 2, so that version histories exist too.
        """ + "\n" + CliConfiguration.Help;

    public static Task<int> RunAsync(CliArgs args) =>
        RunAsync(args, CliConfiguration.Load(), CliConfiguration.ContentRoot(), Console.Out);

    public static async Task<int> RunAsync(CliArgs args, IConfiguration configuration, string contentRoot, TextWriter output)
    {
        var district = args.Option("district") ?? "3399";
        var villages = Number(args, "villages", 150, 1, 9999);
        var townships = Math.Min(villages, Number(args, "townships", 10, 1, 99));
        var from = Number(args, "from", 2023, 2000, 2100);
        var years = Number(args, "years", 3, 1, 20);
        var rowsPerMonth = Number(args, "rows-per-month", 930, 1, 100_000);
        if (!OrgCodes.IsDistrictCode(district) || args.Positional.Count > 0) throw new UsageException(Usage);

        await using var services = CliConfiguration.BuildServices(configuration, contentRoot);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDatabaseMigrator>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
            throw new UsageException("generate-bench-data 只支持 SQLite (SQLite only): load SQL Server from a generated SQLite file or the API.");
        if (await db.Districts.AnyAsync(d => d.Code == district))
            throw new UsageException($"区代码 {district} 已存在 (district {district} exists already); choose another with --district.");

        var clock = Stopwatch.StartNew();
        var org = await BenchDistrict.CreateAsync(db, district, townships, villages);
        var reviewer = await scope.ServiceProvider.GetRequiredService<UserProvisioning>().CreateAsync(new NewUser(
            $"bench-reviewer-{district}", "压测审核员", Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)) + "aA1!",
            PortalRole.Reviewer, [org[0].TownshipCode]));
        if (reviewer.User is null) throw new UsageException(reviewer.Error ?? "cannot create the bench reviewer");

        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            // A load generator's file can be regenerated: trade durability for speed while it runs.
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;";
            await pragma.ExecuteNonQueryAsync();
        }
        using var writer = new BenchDataWriter(connection, reviewer.User.Id);
        foreach (var village in org)
        {
            writer.Begin();
            PublishVillage(writer, village, from, years, rowsPerMonth);
            writer.Commit();
            if (village.Index % 10 == 9 || village.Index == org.Count - 1)
                await output.WriteLineAsync($"{village.Index + 1}/{org.Count} villages, {writer.Publications:N0} publications, {writer.Rows:N0} rows, {clock.Elapsed.TotalSeconds:F0} s");
        }
        await output.WriteLineAsync($"done: district {district}, {org.Count} villages, {writer.Publications:N0} publications, " +
            $"{writer.Rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static void PublishVillage(BenchDataWriter writer, BenchVillage village, int from, int years, int rowsPerMonth)
    {
        string? previous = null;
        long opening = 5_000_000 + village.Index * 10_000L;
        for (var year = from; year < from + years; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var period = Period.OfMonth(year, month);
                // Published on the 8th of the next month, a minute apart per village (whole seconds, as Publisher does).
                var at = new DateTimeOffset(period.End.AddDays(8).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero).AddMinutes(village.Index);
                var (rows, summary) = SyntheticLedgers.Funds(village.Code, period, opening, rowsPerMonth);
                var published = writer.Publish(village.Id, village.Code, village.Organisation, LedgerKinds.Funds.Kind, period, [.. rows], summary, at, previous);
                previous = published.Hash;
                if ((village.Index + month + year) % 37 == 0)
                {
                    // A correction now and then, so that version histories and superseded publications exist.
                    var corrected = rows.Select((r, i) => i == 0 ? r with { Summary = r.Summary + "（更正）" } : r).Cast<ILedgerRow>().ToList();
                    previous = writer.Publish(village.Id, village.Code, village.Organisation, LedgerKinds.Funds.Kind, period, corrected, summary,
                        at.AddDays(3), previous, (published.Id, 1), "第 1 行摘要写得不完整，已补充。").Hash;
                }
                opening = summary.Closing;
                if (month % 3 != 0) continue;
                var quarter = Period.OfQuarter(year, month / 3);
                previous = writer.Publish(village.Id, village.Code, village.Organisation, LedgerKinds.Assets.Kind, quarter,
                    [.. SyntheticLedgers.Assets(village.Code, quarter)], null, at.AddHours(1), previous).Hash;
                previous = writer.Publish(village.Id, village.Code, village.Organisation, LedgerKinds.Resources.Kind, quarter,
                    [.. SyntheticLedgers.Resources(village.Code, quarter)], null, at.AddHours(2), previous).Hash;
            }
        }
    }

    private static int Number(CliArgs args, string name, int fallback, int min, int max)
    {
        var text = args.Option(name);
        if (text is null) return fallback;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"--{name} must be a number from {min} to {max}.\n\n{Usage}");
    }
}
