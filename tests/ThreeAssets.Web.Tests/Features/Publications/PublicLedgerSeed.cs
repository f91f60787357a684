using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;

namespace ThreeAssets.Web.Tests.Features.Publications;

/// <summary>
/// Published ledgers for the public-site tests, through the real pipeline: 甲一村 publishes funds for
/// 2026-Q3 (one row holds a private payee, a phone number, an ID number and a formula-like text),
/// assets and resources; its pinyin initials are jyc.
/// </summary>
internal static class PublicLedgerSeed
{
    public const string Phone = "13812345678";
    public const string IdNumber = "330102199001011234";
    public const string Person = "王小明";
    public const string Formula = "=1+1 冒充公式";
    public static readonly DateTimeOffset PublishedAt = new(2026, 10, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public sealed record Seeded(long Funds, long Assets, long Resources, IReadOnlyList<FundsRow> FundsRows, FundsSummary Summary);

    public static async Task<Seeded> SeedAsync(PortalApp app, int rowsPerMonth = 0)
    {
        await app.SeedOrgAsync();
        await app.WithDbAsync(async db =>
        {
            var village = await db.Villages.SingleAsync(v => v.Code == TestOrg.VillageA1);
            village.PinyinInitials = "jyc";
            await db.SaveChangesAsync();
        });
        var period = Period.OfQuarter(2026, 3);
        var (rows, summary) = SyntheticLedgers.Funds(TestOrg.VillageA1, period, 10_000_000, rowsPerMonth);
        var funds = rows.ToList();
        funds[0] = funds[0] with { Summary = $"退还押金 联系电话{Phone} 身份证{IdNumber}", Counterparty = Person };
        funds[1] = funds[1] with { Summary = Formula };
        var fundsId = await app.PublishAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-Q3", funds, summary, publishedAt: PublishedAt);
        var assets = await app.PublishAsync(TestOrg.VillageA1, LedgerKind.Assets, "2026-Q3",
            SyntheticLedgers.Assets(TestOrg.VillageA1, period), publishedAt: PublishedAt.AddMinutes(1));
        var resources = await app.PublishAsync(TestOrg.VillageA1, LedgerKind.Resources, "2026-Q3",
            SyntheticLedgers.Resources(TestOrg.VillageA1, period), publishedAt: PublishedAt.AddMinutes(2));
        return new Seeded(fundsId, assets, resources, funds, summary);
    }
}

/// <summary>A clock that says what the test wants.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
