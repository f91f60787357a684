using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Questions;

/// <summary>A clock the test moves by hand: deadlines are tested without waiting ten days.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>An app with the test org, staff in two townships, and a published funds ledger of village A1.</summary>
public sealed partial class QuestionWorld : IAsyncDisposable
{
    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    public PortalApp App { get; }
    public long PublicationId { get; private set; }

    private QuestionWorld(Dictionary<string, string>? settings)
    {
        var clock = Clock;
        App = new PortalApp(settings: settings) { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
    }

    public static async Task<QuestionWorld> CreateAsync(Dictionary<string, string>? settings = null)
    {
        var world = new QuestionWorld(settings);
        await world.App.SeedOrgAsync();
        await world.App.CreateUserAsync("acct-a", PortalRole.Accountant, TestOrg.VillageA1);
        await world.App.CreateUserAsync("acct-b", PortalRole.Accountant, TestOrg.VillageB1);
        await world.App.CreateUserAsync("rev-a", PortalRole.Reviewer, TestOrg.TownshipA);
        await world.App.CreateUserAsync("rev-b", PortalRole.Reviewer, TestOrg.TownshipB);
        await world.App.CreateUserAsync("insp", PortalRole.Inspector, TestOrg.District);
        var approver = await world.App.CreateUserAsync("approver", PortalRole.Reviewer, TestOrg.TownshipA);
        world.PublicationId = await world.AddPublicationAsync(TestOrg.VillageA1, approver.Id);
        return world;
    }

    /// <summary>A publication row with three funds rows, written directly (the publishing pipeline is tested elsewhere).</summary>
    public async Task<long> AddPublicationAsync(string villageCode, int approverId)
    {
        var submissionId = await App.AddSubmissionAsync(villageCode, approverId);
        return await App.WithDbAsync(async db =>
        {
            var village = await db.Villages.SingleAsync(v => v.Code == villageCode);
            var publication = new Publication
            {
                VillageId = village.Id, Kind = Core.Ledgers.LedgerKind.Funds, Period = "2026-10",
                ContentHash = new string('b', 64), Fingerprint = Guid.NewGuid().ToString("N")[..16], PublishedAt = Clock.Now,
                ApprovedById = approverId, ApprovingOrganisation = "甲镇三资服务中心", SubmissionId = submissionId, RowCount = 3,
            };
            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            return publication.Id;
        });
    }

    [GeneratedRegex("id=\"tracking-code\">([A-Z0-9]{4}-[A-Z0-9]{4})<")]
    private static partial Regex CodePattern();

    /// <summary>Asks through the form as a browser does; returns the response and the code shown, if any.</summary>
    public async Task<(HttpResponseMessage Response, string? Code)> AskAsync(HttpClient client, string text, int? row = null,
        string? name = null, string? phone = null, string? honeypot = null)
    {
        var page = $"/publications/{PublicationId}/ask" + (row is null ? "" : $"?row={row}");
        var fields = new Dictionary<string, string> { ["Text"] = text, ["Name"] = name ?? "", ["Phone"] = phone ?? "", ["Website"] = honeypot ?? "" };
        if (row is not null) fields["Row"] = row.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await client.PostFormAsync(page, $"/publications/{PublicationId}/ask", fields);
        var html = await response.Content.ReadAsStringAsync();
        var match = CodePattern().Match(html);
        return (response, match.Success ? match.Groups[1].Value : null);
    }

    public Task<Question> QuestionAsync(string code) =>
        App.WithDbAsync(db => db.Questions.AsNoTracking().SingleAsync(q => q.TrackingCode == code.Replace("-", "", StringComparison.Ordinal)));

    public Task<List<string>> AuditActionsAsync(long questionId) => App.WithDbAsync(db =>
    {
        var id = questionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditEntries.AsNoTracking().Where(a => a.TargetType == "question" && a.TargetId == id)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    });

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }
}
