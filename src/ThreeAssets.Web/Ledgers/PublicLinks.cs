namespace ThreeAssets.Web.Ledgers;

/// <summary>
/// Absolute links printed on notices (the QR code, the URL under it). They outlive the request that made
/// them, so production should set <c>Portal:PublicBaseUrl</c> to the address residents use; without it the
/// current request's scheme and host are used, and <see cref="Fallback"/> when there is no request (demo
/// seeding at start-up).
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string SettingKey = "Portal:PublicBaseUrl";
    public const string Fallback = "http://localhost:5000";

    /// <summary>The portal's public base URL, ending in '/'.</summary>
    public Uri BaseUrl
    {
        get
        {
            var configured = configuration[SettingKey];
            var request = http.HttpContext?.Request;
            var text = !string.IsNullOrWhiteSpace(configured) ? configured
                : request is { Host.HasValue: true } ? $"{request.Scheme}://{request.Host}{request.PathBase}"
                : Fallback;
            if (!Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new InvalidOperationException($"{SettingKey} must be an absolute http(s) URL such as https://sanzi.example.gov.cn; it is '{text}'.");
            return url;
        }
    }

    /// <summary>The publication's public page, e.g. https://sanzi.example.gov.cn/publications/42.</summary>
    public string Publication(long id) => new Uri(BaseUrl, "publications/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
}
