using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Documents.Notices;

namespace ThreeAssets.Web.Tests.Ledgers;

public sealed class PublishingNoticeTests
{
    [Fact]
    public async Task Publishing_stores_a_notice_with_title_village_totals_and_fingerprint_and_no_personal_data()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();

        var outcome = await app.PublishFundsAsync(TestOrg.VillageA1, edit: r => r.Expense > 0
            ? r with { Counterparty = "张三丰", Summary = r.Summary + "，联系电话13812345678" } : r);

        var publication = outcome.Publication!;
        var notice = await app.NoticeAsync(publication.Id);
        var text = LedgerPublishing.PdfText(notice.Pdf);
        Assert.Equal(NoticeVerification.Sha256Hex(notice.Pdf), notice.Sha256);
        Assert.Contains("甲一村2026年10月资金收支公开", text, StringComparison.Ordinal);
        Assert.Contains("测试区甲镇甲一村", text, StringComparison.Ordinal);
        Assert.Contains(Money.Format(publication.IncomeFen!.Value), text, StringComparison.Ordinal);
        Assert.Contains(Money.Format(publication.ExpenseFen!.Value), text, StringComparison.Ordinal);
        Assert.Contains(Money.Format(publication.ClosingFen!.Value), text, StringComparison.Ordinal);
        Assert.Contains(publication.Fingerprint, text, StringComparison.Ordinal);
        Assert.Contains("张**", text, StringComparison.Ordinal);
        Assert.Contains("138****5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5000/publications/{publication.Id}", NoticeInspector.TryRead(notice.Pdf)!.PublicationUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_notice_says_which_version_it_replaces_and_why()
    {
        using var app = new PortalApp(settings: new() { ["Portal:PublicBaseUrl"] = "https://sanzi.example.gov.cn/" });
        await app.SeedOrgAsync();
        var first = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;

        var second = (await app.PublishFundsAsync(TestOrg.VillageA1, edit: r => r with { Summary = r.Summary + "（更正）" },
            correctionReason: "摘要漏写用途")).Publication!;

        var notice = await app.NoticeAsync(second.Id);
        var text = LedgerPublishing.PdfText(notice.Pdf);
        Assert.Contains("第2版", text, StringComparison.Ordinal);
        Assert.Contains($"更正并替代此前公布的第1版（指纹{first.Fingerprint}）", text, StringComparison.Ordinal);
        Assert.Contains("更正原因：摘要漏写用途", text, StringComparison.Ordinal);
        Assert.Equal($"https://sanzi.example.gov.cn/publications/{second.Id}", NoticeInspector.TryRead(notice.Pdf)!.PublicationUrl);
    }

    [Fact]
    public async Task Publication_and_notice_roll_back_together_when_the_notice_cannot_be_stored()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(app.Provider == DatabaseProvider.PostgreSql
            ? "CREATE FUNCTION fail_notice() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$; " +
              "CREATE TRIGGER fail_notice BEFORE INSERT ON \"PublicationNotices\" FOR EACH ROW EXECUTE FUNCTION fail_notice();"
            : "CREATE TRIGGER fail_notice BEFORE INSERT ON PublicationNotices BEGIN SELECT RAISE(ABORT, 'disk full'); END;"));
        var outcome = await app.PublishFundsAsync(TestOrg.VillageA1);

        Assert.False(outcome.Published);
        await AssertNothingPublishedAsync(app);
    }

    [Fact]
    public async Task Publication_and_notice_roll_back_together_when_the_notice_cannot_be_rendered()
    {
        // Not an http(s) address: a notice cannot carry it, so rendering fails after the publication row was written.
        // (Configured, such an address stops the start; here it reaches the notice directly.)
        var badAddress = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection([new("Portal:PublicBaseUrl", "ftp://sanzi.example.gov.cn")]).Build();
        using var app = new PortalApp
        {
            TestServices = services => services.AddSingleton(new ThreeAssets.Web.Ledgers.PublicLinks(badAddress)),
        };
        await app.SeedOrgAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.PublishFundsAsync(TestOrg.VillageA1));

        await AssertNothingPublishedAsync(app);
    }

    private static async Task AssertNothingPublishedAsync(PortalApp app)
    {
        Assert.Equal(0, await app.WithDbAsync(db => db.Publications.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.PublicationNotices.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.FundsEntries.CountAsync()));
        Assert.Equal(SubmissionStatus.Submitted, await app.WithDbAsync(db => db.Submissions.Select(s => s.Status).SingleAsync()));
    }
}
