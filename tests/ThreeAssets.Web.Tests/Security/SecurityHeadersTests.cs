using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Infrastructure;
using ThreeAssets.Web.Tests.Ledgers;

namespace ThreeAssets.Web.Tests.Security;

/// <summary>Headers on every response, secure cookies, sign-out that ends the session, keys encrypted at rest (issue 16, item 10).</summary>
public sealed partial class SecurityHeadersTests
{
    [Fact]
    public async Task Every_kind_of_response_forbids_framing_sniffing_inline_script_and_leaking_the_address()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!.Id;
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var staff = await app.LoginAsync("admin");
        var anonymous = app.NewClient();
        string[] paths =
        [
            "/", $"/villages/{TestOrg.VillageA1}", $"/townships/{TestOrg.TownshipA}", $"/publications/{publication}",
            $"/publications/{publication}/notice.pdf", $"/publications/{publication}/rows.csv", $"/publications/{publication}/ask",
            "/verify", "/track", "/account/login", "/developers", "/no/such/page", "/healthz", "/css/site.css",
            "/api/v1/villages", "/api/v1/no-such-thing", "/openapi/v1.json", "/templates/funds.xlsx",
        ];
        var responses = new List<(string, HttpResponseMessage)>();
        foreach (var path in paths)
            responses.Add((path, await anonymous.GetAsync(path)));
        foreach (var path in new[] { "/workspace", "/admin", "/audit", "/questions/inbox" })
            responses.Add(("staff " + path, await staff.GetAsync(path)));

        foreach (var (path, response) in responses)
        {
            var csp = Header(response, "Content-Security-Policy") ?? "";
            Assert.True(csp.Contains("default-src 'self'", StringComparison.Ordinal), $"{path}: CSP is '{csp}'");
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", ScriptSources().Match(csp).Value, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        }
    }

    [Fact]
    public void Views_carry_no_inline_script_handlers_or_style_attributes()
    {
        var problems = new List<string>();
        foreach (var view in Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "ThreeAssets.Web", "Features"), "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(view);
            foreach (Match m in InlineScript().Matches(text)) problems.Add($"{Path.GetFileName(view)}: {m.Value}");
            foreach (Match m in EventHandler().Matches(text)) problems.Add($"{Path.GetFileName(view)}: {m.Value}");
            foreach (Match m in StyleAttribute().Matches(text)) problems.Add($"{Path.GetFileName(view)}: {m.Value}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Cookies_are_secure_over_https()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost/"), AllowAutoRedirect = false });

        var login = await client.GetAsync("/account/login");
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var signedIn = await client.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "admin", ["Password"] = PortalApp.Password });
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ThreeAssets.Auth=", StringComparison.Ordinal));

        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_copied_session_cookie_stops_working_after_sign_out()
    {
        using var app = new PortalApp();
        await app.CreateUserAsync("admin", PortalRole.Admin);
        var client = app.NewClient();
        var login = await client.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "admin", ["Password"] = PortalApp.Password });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ThreeAssets.Auth=", StringComparison.Ordinal)).Split(';')[0];
        var thief = app.NewClient();
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/admin", "/account/logout", [])).StatusCode);

        var after = await thief.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_are_encrypted_at_rest_with_the_configured_certificate()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"threeassets-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ThreeAssets data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-pfx-password"));
        }
        try
        {
            using var app = new PortalApp(settings: new() { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "test-pfx-password" });
            await app.CreateUserAsync("admin", PortalRole.Admin);
            var client = await app.LoginAsync("admin"); // creates the key, then reads it back to check the cookie

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
            var xml = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.NotEmpty(xml);
            Assert.All(xml, k => Assert.Contains("EncryptedData", k, StringComparison.Ordinal));
            Assert.All(xml, k => Assert.DoesNotContain("<masterKey", k, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : null;

    [GeneratedRegex(@"script-src[^;]*")]
    private static partial Regex ScriptSources();

    [GeneratedRegex(@"<script(?![^>]*\b(src|type=""application/json"")=?)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"\sstyle\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
