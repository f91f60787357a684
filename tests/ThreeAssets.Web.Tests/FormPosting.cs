using System.Text.RegularExpressions;

namespace ThreeAssets.Web.Tests;

/// <summary>Posts forms the way a browser does: read the page, take its antiforgery token, submit.</summary>
public static partial class FormPosting
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"no antiforgery token on {pageUrl}");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl,
        Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(pageUrl);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }
}
