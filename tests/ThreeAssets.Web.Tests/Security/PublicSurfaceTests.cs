using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Web.Tests.Features.Publications;
using static ThreeAssets.Web.Tests.Security.ScopeWorld;

namespace ThreeAssets.Web.Tests.Security;

/// <summary>
/// The public pages need no login, and must show a staff member outside the village's scope exactly what they show
/// the public: masked personal data. Only staff whose scope covers the village see the originals, and only on the
/// HTML pages; downloads, notices, open data and questions are masked for everyone.
/// </summary>
[Collection(SharedScopeWorld.Name)]
public sealed class PublicSurfaceTests(ScopeWorld world)
{
    public static TheoryData<string, bool> Readers => new()
    {
        { Anonymous, false }, { "acct-b", false }, { "rev-b", false }, { "insp-x", false },
        { "acct-a", true }, { "rev-a", true }, { "insp", true }, { "admin", true },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Publication_and_difference_pages_show_originals_only_inside_the_readers_scope(string user, bool originals)
    {
        var client = await world.PagesAsync(user);

        var page = await client.GetStringAsync($"/publications/{world.Published.Funds}");
        var diff = await client.GetStringAsync($"/publications/{world.Correction}/diff");

        Assert.Equal(originals, page.Contains(PublicLedgerSeed.Person, StringComparison.Ordinal));
        Assert.Equal(originals, page.Contains(PublicLedgerSeed.Phone, StringComparison.Ordinal));
        Assert.Equal(originals, page.Contains(PublicLedgerSeed.IdNumber, StringComparison.Ordinal));
        Assert.Equal(originals, page.Contains("staff-note", StringComparison.Ordinal));
        Assert.Equal(originals, diff.Contains(PublicLedgerSeed.Person, StringComparison.Ordinal));
        Assert.Equal(originals, diff.Contains(CorrectedPayee, StringComparison.Ordinal));
        Assert.Equal(originals, diff.Contains(PublicLedgerSeed.Phone, StringComparison.Ordinal));
        if (!originals) Assert.Contains("王**", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_output_cache_never_hands_one_readers_view_to_another()
    {
        var url = $"/publications/{world.Published.Funds}?sort=date";
        foreach (var (user, originals) in new[] { (Anonymous, false), ("rev-a", true), (Anonymous, false), ("rev-b", false), ("acct-a", true), (Anonymous, false) })
        {
            var response = await (await world.PagesAsync(user)).GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(originals == html.Contains(PublicLedgerSeed.Person, StringComparison.Ordinal), $"{user} got the wrong view");
            // Staff pages stay out of shared caches; public ones may be kept.
            Assert.Equal(user != Anonymous, response.Headers.CacheControl?.NoStore == true);
        }
    }

    public static TheoryData<string, string> Downloads => new()
    {
        { "rev-a", "/publications/{published}/rows.csv" },
        { "insp", "/publications/{published}/rows.csv" },
        { "acct-a", "/publications/{published}/rows.csv" },
        { "rev-a", "/api/v1/publications/{published}" },
        { Anonymous, "/api/v1/publications/{published}" },
        { "rev-a", "/publications/{published}/questions" },
        { Anonymous, "/publications/{published}/questions" },
    };

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task Downloads_open_data_and_the_public_question_record_are_masked_even_for_staff_in_scope(string user, string url)
    {
        // Pages with the user's session, the API with their token: each surface as that user really reaches it.
        var client = url.StartsWith("/api/", StringComparison.Ordinal) ? await world.ApiAsync(user) : await world.PagesAsync(user);

        var response = await client.GetAsync(world.Url(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await ReadableAsync(response);
        if (!url.EndsWith("/questions", StringComparison.Ordinal)) Assert.Contains("王**", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicLedgerSeed.Person, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicLedgerSeed.Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicLedgerSeed.IdNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(AskerPhone, text, StringComparison.Ordinal);
        Assert.DoesNotContain("赵大爷", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tracking_code_shows_the_question_but_never_who_asked()
    {
        var code = await world.App.WithDbAsync(db => db.Questions.Where(q => q.Id == world.Question).Select(q => q.TrackingCode).SingleAsync());

        foreach (var url in new[] { $"/track/{code}", $"/api/v1/questions/{code}" })
        {
            var text = await ReadableAsync(await world.App.NewClient().GetAsync(url));
            Assert.Contains("押金", text, StringComparison.Ordinal);
            Assert.DoesNotContain(AskerPhone, text, StringComparison.Ordinal);
            Assert.DoesNotContain("赵大爷", text, StringComparison.Ordinal);
        }
        // Staff inside the scope see who asked, to call them back; the matrix shows everyone else gets 404.
        Assert.Contains(AskerPhone, await (await world.PagesAsync("rev-a")).GetStringAsync($"/questions/{world.Question}"), StringComparison.Ordinal);
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body as a person reads it: JSON's \u escapes of Chinese text undone, so that searching for a name means something.</summary>
    private static async Task<string> ReadableAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true
            ? JsonSerializer.Serialize(JsonDocument.Parse(text).RootElement, Unescaped) : text;
    }
}
