using System.Net;

namespace ThreeAssets.Web.Tests.Hosting;

public sealed class LayoutTests
{
    [Fact]
    public async Task Pages_are_Chinese_by_default_and_English_on_request()
    {
        using var app = new PortalApp();
        using var client = app.NewClient();

        var chinese = await client.GetStringAsync("/");
        var english = await client.GetStringAsync("/?culture=en");

        Assert.Contains("<html lang=\"zh-CN\"", chinese, StringComparison.Ordinal);
        Assert.Contains("农村集体三资公开", chinese, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("Rural Collective Assets Disclosure", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_is_remembered_and_only_returns_to_local_pages()
    {
        using var app = new PortalApp();
        using var client = app.NewClient();

        var response = await client.GetAsync("/preferences/culture/en?returnUrl=%2Faccount%2Flogin");
        var offsite = await client.GetAsync("/preferences/culture/en?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Equal("/", offsite.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Contains("<html lang=\"en\"", await (await client.SendAsync(request)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Care_mode_is_rendered_on_the_server_from_its_cookie()
    {
        using var app = new PortalApp();
        using var client = app.NewClient();

        var on = await client.GetAsync("/preferences/care?on=true&returnUrl=%2F");
        var cookie = Assert.Single(on.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ta.care=1", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"zh-CN\" class=\"care\"", html, StringComparison.Ordinal);
        Assert.Contains("退出关怀模式", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/bootstrap/bootstrap.min.css", "text/css")]
    [InlineData("/lib/chart.js/chart.umd.min.js", "text/javascript")]
    [InlineData("/css/site.css", "text/css")]
    public async Task Front_end_libraries_are_served_by_the_portal_itself(string path, string type)
    {
        using var app = new PortalApp();
        using var client = app.NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task The_layout_references_no_other_host()
    {
        using var app = new PortalApp();
        using var client = app.NewClient();

        var html = await client.GetStringAsync("/");

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public async Task Demo_installations_say_so_on_every_page()
    {
        // Demo mode without the seed folder: the banner is about the mode, not about what was loaded.
        var empty = Directory.CreateTempSubdirectory("threeassets-noseed-").FullName;
        using var app = new PortalApp(demo: true, settings: new() { ["Demo:SeedPath"] = empty });
        using var client = app.NewClient();
        using var plain = new PortalApp();
        using var plainClient = plain.NewClient();

        Assert.Contains("演示数据", await client.GetStringAsync("/account/login"), StringComparison.Ordinal);
        Assert.DoesNotContain("演示数据", await plainClient.GetStringAsync("/account/login"), StringComparison.Ordinal);
    }
}
