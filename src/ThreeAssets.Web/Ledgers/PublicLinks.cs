namespace ThreeAssets.Web.Ledgers;

/// <summary>
/// Absolute links printed on notices (the QR code, the URL under it). A notice never changes once published,
/// so the address comes from <c>Portal:PublicBaseUrl</c> and never from the request: a forged Host header
/// would otherwise be printed on paper for good. Production refuses to start without the setting
/// (<see cref="Hosting.PublicAddressSetup"/>); elsewhere <see cref="Fallback"/> is used.
/// </summary>
public sealed class PublicLinks
{
    public const string SettingKey = "Portal:PublicBaseUrl";
    public const string Fallback = "http://localhost:5000";

    private readonly Lazy<Uri> _baseUrl;

    public PublicLinks(IConfiguration configuration) => _baseUrl = new(() => Parse(configuration[SettingKey]));

    /// <summary>The portal's public base URL, ending in '/'.</summary>
    public Uri BaseUrl => _baseUrl.Value;

    /// <summary>The publication's public page, e.g. https://sanzi.example.gov.cn/publications/42.</summary>
    public string Publication(long id) => new Uri(BaseUrl, "publications/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();

    /// <summary>The configured address, or <see cref="Fallback"/> when it is empty.</summary>
    public static Uri Parse(string? configured)
    {
        var text = string.IsNullOrWhiteSpace(configured) ? Fallback : configured.Trim();
        if (!Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"{SettingKey} must be an absolute http(s) URL such as https://sanzi.example.gov.cn; it is '{text}' " +
                $"({SettingKey} 须为完整的 http(s) 网址，例如 https://sanzi.example.gov.cn).");
        return url;
    }
}
