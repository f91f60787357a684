using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using static ThreeAssets.Web.Tests.Security.ScopeWorld;

namespace ThreeAssets.Web.Tests.Security;

/// <summary>What a request for another's resource gets.</summary>
public enum Outcome
{
    Ok,

    /// <summary>A record id outside the user's scope reads exactly like one that does not exist.</summary>
    NotFound,

    /// <summary>The wrong role, or an org code (public knowledge) outside the scope: 403, or on pages the access-denied page.</summary>
    Forbidden,

    /// <summary>Pages without a session: a redirect to the login page.</summary>
    Login,

    /// <summary>The API without a token: 401.</summary>
    Unauthorized,
}

[CollectionDefinition(Name)]
public sealed class SharedScopeWorld : ICollectionFixture<ScopeWorld>
{
    public const string Name = "scope world";
}

/// <summary>
/// DESIGN §8, endpoint by endpoint: the user whose scope covers village A1 gets the resource, a user of the same role
/// outside it gets 404 (record ids) or 403 (org codes, wrong roles), and nobody signed in is sent to the login page
/// (pages) or answered 401 (API). Every refused change is checked to have changed nothing.
/// </summary>
[Collection(SharedScopeWorld.Name)]
public sealed class ScopeMatrixTests(ScopeWorld world)
{
    private const string NonAdmins = "acct-a rev-a insp";

    public static TheoryData<string, string, string, Outcome> Pages => Matrix(api: false,
        Get("/submissions/{draft}", ok: "acct-a rev-a insp admin", notFound: "acct-b rev-b insp-x"),
        Get("/submissions/{draft}/original", ok: "acct-a rev-a insp admin", notFound: "acct-b rev-b insp-x"),
        Get("/submissions/{draft}/annotated.xlsx", ok: "acct-a rev-a insp admin", notFound: "acct-b rev-b insp-x"),
        Post("/submissions/{draft}/submit", notFound: "acct-b", forbidden: "rev-a insp admin"),
        Get("/submissions/upload", ok: "acct-a acct-b", forbidden: "rev-a insp admin"),
        Get("/review", ok: "rev-a rev-b", forbidden: "acct-a insp admin"),
        Get("/review/{submitted}", ok: "rev-a", notFound: "rev-b", forbidden: "acct-a insp admin"),
        Post("/review/{submitted}/approve", notFound: "rev-b", forbidden: "acct-a insp admin"),
        Post("/review/{submitted}/reject", notFound: "rev-b", forbidden: "acct-a insp admin"),
        Get("/questions/{question}", ok: "acct-a rev-a insp admin", notFound: "acct-b rev-b insp-x"),
        Post("/questions/{question}/answer", notFound: "acct-b rev-b insp-x"),
        Post("/questions/{question}/close", notFound: "acct-b rev-b insp-x"),
        Get("/inspect/questions", ok: "insp insp-x admin", forbidden: "acct-a rev-a"),
        Get($"/townships/{TestOrg.TownshipA}/notices", ok: "rev-a insp admin", forbidden: "acct-a acct-b rev-b insp-x"),
        Get($"/townships/{TestOrg.TownshipA}/notices/2026-Q3.pdf", ok: "rev-a insp admin", forbidden: "acct-a rev-b insp-x"),
        Get($"/townships/{TestOrg.TownshipA}/notices/2026-Q3.zip", ok: "rev-a", forbidden: "acct-a rev-b insp-x"),
        Get("/admin", ok: "admin", forbidden: NonAdmins),
        Get("/admin/users", ok: "admin", forbidden: NonAdmins),
        Get("/admin/org", ok: "admin", forbidden: NonAdmins),
        Get("/admin/users/{acct-a}/tokens", ok: "admin", forbidden: NonAdmins),
        Get("/admin/users/{acct-a}/scope", ok: "admin", forbidden: NonAdmins),
        Get("/admin/users/{acct-a}/reset-password", ok: "admin", forbidden: NonAdmins),
        Post("/admin/users/{acct-a}/lock", forbidden: NonAdmins),
        Post("/admin/users/{acct-a}/tokens", forbidden: NonAdmins),
        Post("/admin/users/{acct-a}/scope", forbidden: NonAdmins),
        Post("/admin/users/{acct-a}/reset-password", forbidden: NonAdmins),
        Post("/admin/org/rename", forbidden: NonAdmins),
        Post("/admin/users/create", forbidden: NonAdmins));

    public static TheoryData<string, string, string, Outcome> Api => Matrix(api: true,
        Get("/api/v1/submissions/{draft}", ok: "acct-a rev-a insp admin", notFound: "acct-b rev-b insp-x"),
        Post("/api/v1/submissions/{draft}/submit", notFound: "acct-b", forbidden: "rev-a insp admin"),
        Post("/api/v1/submissions/{submitted}/approve", notFound: "rev-b", forbidden: "acct-a insp admin"),
        Post("/api/v1/submissions/{submitted}/reject", notFound: "rev-b", forbidden: "acct-a insp admin"),
        Get($"/api/v1/villages/{TestOrg.VillageA1}/submissions", ok: "acct-a rev-a insp admin", forbidden: "acct-b rev-b insp-x"));

    // Every field any of the forms reads, filled so that the change would go through if the scope check were missing. The
    // answer is there twice: with Form.* fields present, model binding reads the answer form under that prefix.
    private static Dictionary<string, string> Fields() => new()
    {
        ["note"] = "越权提交", ["Form.RejectReason"] = "越权退回", ["Answer"] = "越权答复", ["Form.Answer"] = "越权答复", ["Public"] = "true", ["name"] = "越权",
        ["Form.Scopes"] = TestOrg.VillageB1, ["Form.NewPassword"] = "another-password-9", ["Rename.Level"] = "Village",
        ["Rename.Code"] = TestOrg.VillageA1, ["Rename.Name"] = "越权村", ["UserName"] = "intruder", ["DisplayName"] = "越权",
        ["Password"] = "another-password-9", ["Role"] = "Admin",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_check_scope_on_every_id(string method, string url, string user, Outcome expected)
    {
        var client = await world.PagesAsync(user);
        var address = world.Url(url);
        HttpResponseMessage response;
        if (method == "GET")
            response = await client.GetAsync(address);
        else
        {
            var fields = Fields();
            // The layout's sign-out form gives every session a valid antiforgery token: only authorization can refuse.
            if (user != Anonymous) fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/");
            response = await client.PostAsync(address, new FormUrlEncodedContent(fields));
        }

        AssertOutcome(expected, response);
        if (method == "POST") await AssertNothingChangedAsync();
    }

    [Theory]
    [MemberData(nameof(Api))]
    public async Task Api_checks_scope_on_every_id(string method, string url, string user, Outcome expected)
    {
        var client = await world.ApiAsync(user);
        var address = world.Url(url);
        var response = method == "GET"
            ? await client.GetAsync(address)
            : await client.PostAsJsonAsync(address, new { note = "越权提交", reason = "越权退回" });

        AssertOutcome(expected, response);
        if (expected != Outcome.Ok)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (method == "POST") await AssertNothingChangedAsync();
    }

    private static void AssertOutcome(Outcome expected, HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Ok,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.Unauthorized => Outcome.Unauthorized,
            HttpStatusCode.Redirect when location.Contains("/account/access-denied", StringComparison.Ordinal) => Outcome.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/account/login", StringComparison.Ordinal) => Outcome.Login,
            _ => (Outcome)(-1),
        };
        Assert.True(expected == actual, $"expected {expected}, got {(int)response.StatusCode} {location}");
    }

    /// <summary>The shared resources are as the world made them: no refused request got through.</summary>
    private Task AssertNothingChangedAsync() => world.App.WithDbAsync(async db =>
    {
        Assert.Equal(SubmissionStatus.Uploaded, await db.Submissions.Where(s => s.Id == world.Draft).Select(s => s.Status).SingleAsync());
        Assert.Equal(SubmissionStatus.Submitted, await db.Submissions.Where(s => s.Id == world.Submitted).Select(s => s.Status).SingleAsync());
        var question = await db.Questions.AsNoTracking().SingleAsync(q => q.Id == world.Question);
        Assert.Equal((QuestionStatus.Received, null), (question.Status, question.Answer));
        var accountant = await db.Users.AsNoTracking().Include(u => u.Scopes).SingleAsync(u => u.UserName == "acct-a");
        Assert.Null(accountant.LockoutEnd);
        Assert.Equal([TestOrg.VillageA1], accountant.Scopes.Select(s => s.OrgCode));
        Assert.Equal(0, await db.ApiTokens.CountAsync(t => t.Name == "越权"));
        Assert.Equal("甲一村", await db.Villages.Where(v => v.Code == TestOrg.VillageA1).Select(v => v.Name).SingleAsync());
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "intruder"));
    });

    private sealed record Rule(string Method, string Url, string Ok, string NotFound, string Forbidden);

    private static Rule Get(string url, string ok = "", string notFound = "", string forbidden = "") => new("GET", url, ok, notFound, forbidden);

    private static Rule Post(string url, string notFound = "", string forbidden = "") => new("POST", url, "", notFound, forbidden);

    private static TheoryData<string, string, string, Outcome> Matrix(bool api, params Rule[] rules)
    {
        var data = new TheoryData<string, string, string, Outcome>();
        foreach (var rule in rules)
        {
            foreach (var (users, outcome) in new[] { (rule.Ok, Outcome.Ok), (rule.NotFound, Outcome.NotFound), (rule.Forbidden, Outcome.Forbidden) })
                foreach (var user in users.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    data.Add(rule.Method, rule.Url, user, outcome);
            data.Add(rule.Method, rule.Url, Anonymous, api ? Outcome.Unauthorized : Outcome.Login);
        }
        return data;
    }
}
