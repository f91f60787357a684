using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Questions;
using ThreeAssets.Web.Questions;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Tests.Features.Publications;
using ThreeAssets.Web.Tests.Features.Review;
using ThreeAssets.Web.Tests.Ledgers;
using ThreeAssets.Web.Tests.Features.Submissions;

namespace ThreeAssets.Web.Tests.Security;

/// <summary>
/// One portal for the authorization matrix: the test org plus an empty second district, one user of each role inside
/// village A1's chain of scope and one of the same role outside it, and village A1's resources — a draft, submitted
/// ledgers, questions and published ledgers full of personal data. Refused requests change nothing, so the matrix rows
/// share it; the tests that do change state use resources of their own.
/// </summary>
public sealed class ScopeWorld : IAsyncLifetime
{
    public const string OtherDistrict = "9902";

    /// <summary>Who asks, by user name; <see cref="Anonymous"/> sends no credentials.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Inside A1's scope (by role): accountant of A1, reviewer of township A, inspector of the district, admin.</summary>
    public static readonly string[] Insiders = ["acct-a", "rev-a", "insp", "admin"];

    /// <summary>Same roles, outside A1: accountant of B1, reviewer of township B, inspector of another district.</summary>
    public static readonly string[] Outsiders = ["acct-b", "rev-b", "insp-x"];

    private readonly Dictionary<string, HttpClient> _cookies = [];
    private readonly Dictionary<string, HttpClient> _bearers = [];

    public PortalApp App { get; } = Uploads.App();
    internal PublicLedgerSeed.Seeded Published { get; private set; } = null!;
    public Dictionary<string, int> UserIds { get; } = [];

    /// <summary>Version 2 of A1's funds 2026-Q3: the private payee of row 1 corrected from 王小明 to <see cref="CorrectedPayee"/>.</summary>
    public long Correction { get; private set; }

    public const string CorrectedPayee = "李小红";

    /// <summary>A1's funds 2026-10, uploaded by acct-a, not submitted (no findings).</summary>
    public long Draft { get; private set; }

    /// <summary>A1's funds 2026-08, submitted by acct-a, waiting for review.</summary>
    public long Submitted { get; private set; }

    /// <summary>A question about A1's funds publication, with the asker's name and phone.</summary>
    public long Question { get; private set; }

    public const string AskerPhone = "13955556666";

    public async Task InitializeAsync()
    {
        Published = await PublicLedgerSeed.SeedAsync(App);
        var corrected = Published.FundsRows.Select((row, i) => i == 0 ? row with { Counterparty = CorrectedPayee } : row).ToList();
        Correction = await App.PublishAsync(TestOrg.VillageA1, LedgerKind.Funds, "2026-Q3", corrected, Published.Summary, "收款人写错，更正");
        await App.WithDbAsync(async db =>
        {
            db.Districts.Add(new District { Code = OtherDistrict, Name = "另一区" });
            await db.SaveChangesAsync();
        });
        foreach (var (name, role, scope) in new (string, PortalRole, string?)[]
        {
            ("acct-a", PortalRole.Accountant, TestOrg.VillageA1), ("acct-b", PortalRole.Accountant, TestOrg.VillageB1),
            ("rev-a", PortalRole.Reviewer, TestOrg.TownshipA), ("rev-b", PortalRole.Reviewer, TestOrg.TownshipB),
            ("insp", PortalRole.Inspector, TestOrg.District), ("insp-x", PortalRole.Inspector, OtherDistrict),
            ("admin", PortalRole.Admin, null),
        })
            UserIds[name] = (await App.CreateUserAsync(name, role, scope is null ? [] : [scope])).Id;

        Draft = await DraftAsync("2026-10");
        Submitted = await SubmittedAsync("2026-08");
        Question = await QuestionAsync();
    }

    /// <summary>An upload of A1 by acct-a that is not yet submitted.</summary>
    public async Task<long> DraftAsync(string period)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var village = await db.Villages.SingleAsync(v => v.Code == TestOrg.VillageA1);
        var content = await ReviewSeeding.FundsWorkbookAsync(TestOrg.VillageA1, period);
        var import = await scope.ServiceProvider.GetRequiredService<LedgerImporter>()
            .ImportAsync(village, LedgerKind.Funds, Period.Parse(period), $"funds-{period}.xlsx", content, UserIds["acct-a"]);
        Assert.Equal(0, import.Submission.ErrorCount);
        return import.Submission.Id;
    }

    /// <summary>An upload of A1 by acct-a, submitted for review.</summary>
    public Task<long> SubmittedAsync(string period) => App.SubmitFundsAsync(TestOrg.VillageA1, period, UserIds["acct-a"]);

    /// <summary>A resident's question about A1's funds publication, waiting for an answer.</summary>
    public Task<long> QuestionAsync() => App.WithDbAsync(async db =>
    {
        var question = new Question
        {
            PublicationId = Published.Funds, VillageId = await db.Villages.Where(v => v.Code == TestOrg.VillageA1).Select(v => v.Id).SingleAsync(),
            Text = "这笔押金退给谁了？", AskerName = "赵大爷", AskerPhone = AskerPhone,
            TrackingCode = TrackingCodes.New(), ReceivedAt = Uploads.Today,
        };
        db.Questions.Add(question);
        await db.SaveChangesAsync();
        return question.Id;
    });

    /// <summary>A cookie session (pages) for the user, signed in once; a fresh client without cookies for <see cref="Anonymous"/>.</summary>
    public async Task<HttpClient> PagesAsync(string user)
    {
        if (user == Anonymous) return App.NewClient();
        if (!_cookies.TryGetValue(user, out var client))
            _cookies[user] = client = await App.LoginAsync(user);
        return client;
    }

    /// <summary>A client with the user's API token (the API's only way in); no credentials for <see cref="Anonymous"/>.</summary>
    public async Task<HttpClient> ApiAsync(string user)
    {
        if (user == Anonymous) return App.NewClient();
        if (!_bearers.TryGetValue(user, out var client))
        {
            client = App.NewClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await App.IssueTokenAsync(UserIds[user]));
            _bearers[user] = client;
        }
        return client;
    }

    /// <summary>Fills {draft}, {submitted}, {question}, {acct-a} and {published} in a matrix URL.</summary>
    public string Url(string template) => template
        .Replace("{draft}", Id(Draft), StringComparison.Ordinal)
        .Replace("{submitted}", Id(Submitted), StringComparison.Ordinal)
        .Replace("{question}", Id(Question), StringComparison.Ordinal)
        .Replace("{published}", Id(Published.Funds), StringComparison.Ordinal)
        .Replace("{acct-a}", UserIds["acct-a"].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public Task DisposeAsync()
    {
        foreach (var client in _cookies.Values.Concat(_bearers.Values)) client.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }
}
