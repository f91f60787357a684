using ThreeAssets.Web.Ledgers;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// <c>Portal:PublicBaseUrl</c> is printed on every notice for good, so Production will not start without it,
/// and — unless <c>AllowedHosts</c> is configured — answers only requests addressed to its host: a request
/// with a forged Host header gets 400 before it reaches any page.
/// </summary>
internal static class PublicAddressSetup
{
    public static WebApplicationBuilder AddPortalPublicAddress(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[PublicLinks.SettingKey];
        if (builder.Environment.IsProduction() && string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException(
                $"{PublicLinks.SettingKey} is required in Production: the address residents use, e.g. https://sanzi.example.gov.cn " +
                $"(environment variable Portal__PublicBaseUrl). It is printed on every PDF notice and its QR code. " +
                $"(生产环境必须配置 {PublicLinks.SettingKey}，即群众访问的网址，它会印在每份公示的二维码上。)");
        var url = PublicLinks.Parse(configured); // a malformed address stops the start too, not the first approval
        if (builder.Environment.IsProduction() && string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
            builder.Configuration.AddInMemoryCollection([new("AllowedHosts", url.Host)]);
        return builder;
    }
}
