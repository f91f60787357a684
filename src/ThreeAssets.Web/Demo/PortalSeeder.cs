using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Data.Seed;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Demo;

/// <summary>
/// Start-up data: the chart of accounts whenever its table is empty, and the demo district when
/// <c>Demo:Enabled</c> (default: on only in Development on SQLite) and the database has no org units
/// and no users — demo data never mixes with real data.
/// </summary>
internal sealed class PortalSeeder(
    PortalDbContext db, UserProvisioning provisioning, SeedDataFolder seedData, DemoSettings demo,
    IDemoLedgerSeeder ledgers, DemoLogins logins, TimeProvider time, ILogger<PortalSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await SeedChartOfAccountsAsync(cancellationToken);
        if (!demo.Enabled) return;
        var file = seedData.File("demo-district.json");
        if (file is null || !File.Exists(file))
        {
            logger.DemoSeedMissing();
            return;
        }
        if (await db.Districts.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
            return;
        await SeedDemoDistrictAsync(DemoDistrict.Load(file), cancellationToken);
        await ledgers.SeedAsync(seedData.Path!, cancellationToken);
    }

    private async Task SeedChartOfAccountsAsync(CancellationToken cancellationToken)
    {
        var file = seedData.File("chart-of-accounts-2023.csv");
        if (file is null || !File.Exists(file) || await db.ChartAccounts.AnyAsync(cancellationToken)) return;
        foreach (var line in (await File.ReadAllLinesAsync(file, cancellationToken)).Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length >= 3)
                db.ChartAccounts.Add(new ChartAccount { Code = cells[0].Trim(), Name = cells[1].Trim(), Class = cells[2].Trim() });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDemoDistrictAsync(DemoDistrict demoDistrict, CancellationToken cancellationToken)
    {
        var district = new District { Code = demoDistrict.District.Code, Name = demoDistrict.District.Name };
        foreach (var t in demoDistrict.Townships)
        {
            var township = new Township { Code = t.Code, Name = t.Name, ReviewOrganisation = t.ReviewOrganisation };
            foreach (var v in t.Villages)
                township.Villages.Add(new Village { Code = v.Code, Name = v.Name, PinyinInitials = v.Pinyin, FundsFrequency = v.FundsFrequency, DisclosureStart = v.DisclosureStart });
            district.Townships.Add(township);
        }
        db.Districts.Add(district);
        db.AuditEntries.Add(new AuditEntry { At = time.GetUtcNow(), Action = "demo.seed", TargetType = "District", TargetId = district.Code });
        await db.SaveChangesAsync(cancellationToken);

        foreach (var published in demoDistrict.Users)
        {
            var u = demo.RandomPasswords ? logins.WithRandomPassword(published) : published;
            var result = await provisioning.CreateAsync(new NewUser(u.UserName, u.DisplayName, u.Password, u.Role, u.Scopes), cancellationToken);
            if (!result.Succeeded)
                throw new InvalidDataException($"Demo user {u.UserName} could not be created: {result.Error}");
        }
        logger.DemoSeeded(district.Code, demoDistrict.Users.Count);
        // To the console, not the logger: log sinks keep what they are given.
        if (demo.RandomPasswords) logins.Print(Console.Out);
    }
}
