using System.Net;
using System.Text;
using ThreeAssets.Web.Tests.Ledgers;

namespace ThreeAssets.Web.Tests.Features.Verify;

public sealed class VerifyTests
{
    [Fact]
    public async Task A_typed_fingerprint_finds_the_current_publication_however_it_is_written()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        // Lower case, no dashes, spaces, and the letter O where the digit 0 is printed.
        var typed = " " + publication.Fingerprint.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant().Replace('0', 'o') + " ";

        var html = await app.NewClient().GetStringAsync("/verify?fingerprint=" + Uri.EscapeDataString(typed));

        Assert.Contains("✓ 找到了：这份公示现在有效", html, StringComparison.Ordinal);
        Assert.Contains("甲镇 甲一村", html, StringComparison.Ordinal);
        Assert.Contains("资金收支公开", html, StringComparison.Ordinal);
        Assert.Contains("2026年10月", html, StringComparison.Ordinal);
        Assert.Contains("第 1 版", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/publications/{publication.Id}/notice.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{publication.Fingerprint}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_publication_says_by_which_version_and_why()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var first = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        var second = (await app.PublishFundsAsync(TestOrg.VillageA1, edit: r => r with { Summary = r.Summary + "（更正）" },
            correctionReason: "第 5 行金额录错")).Publication!;

        var html = await app.NewClient().GetStringAsync("/verify?fingerprint=" + first.Fingerprint);

        Assert.Contains("! 这份公示已被更正，请以新版为准", html, StringComparison.Ordinal);
        Assert.Contains("第 1 版已被第 2 版更正", html, StringComparison.Ordinal);
        Assert.Contains("更正原因：第 5 行金额录错", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/publications/{second.Id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_fingerprint_is_said_to_be_unknown()
    {
        using var app = new PortalApp();

        var html = await app.NewClient().GetStringAsync("/verify?fingerprint=0000-0000-0000");

        Assert.Contains("✗ 平台上没有找到这个公示指纹", html, StringComparison.Ordinal);
        Assert.Contains("公示指纹 0000-0000-0000 不属于平台上公开的任何一份公示", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fingerprint_of_the_wrong_shape_gets_a_message_at_the_field_and_keeps_what_was_typed()
    {
        using var app = new PortalApp();

        var response = await app.NewClient().GetAsync("/verify?fingerprint=12AB-34");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fingerprint\"", html, StringComparison.Ordinal);
        Assert.Contains("公示指纹是 12 位", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12AB-34\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_page_works_without_login()
    {
        using var app = new PortalApp();

        var html = await app.NewClient().GetStringAsync("/verify");

        Assert.Contains("方法一：输入公示指纹", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("verify-result", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_original_is_authentic()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        var pdf = (await app.NoticeAsync(publication.Id)).Pdf;

        var html = await UploadAsync(app.NewClient(), pdf);

        Assert.Contains("✓ 是原件：与平台存档完全一致，现在有效", html, StringComparison.Ordinal);
        Assert.Contains(publication.Fingerprint, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_notice_with_one_changed_byte_is_reported_altered()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var publication = (await app.PublishFundsAsync(TestOrg.VillageA1)).Publication!;
        var pdf = (await app.NoticeAsync(publication.Id)).Pdf.ToArray();
        // A byte of the producer's name in the metadata: the file stays readable and keeps its fingerprint.
        pdf[Encoding.Latin1.GetString(pdf).IndexOf("PDFsharp", StringComparison.Ordinal)] = (byte)'Q';

        var html = await UploadAsync(app.NewClient(), pdf);

        Assert.Contains("这份公示与平台存档不一致，可能被改动过", html, StringComparison.Ordinal);
        Assert.Contains("甲镇 甲一村", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/publications/{publication.Id}/notice.pdf\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_bytes_are_not_a_notice()
    {
        using var app = new PortalApp();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var html = await UploadAsync(app.NewClient(), bytes);

        Assert.Contains("✗ 这个文件不是平台生成的公示", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_file_and_a_file_over_10_MB_get_their_own_messages()
    {
        using var app = new PortalApp();
        var client = app.NewClient();

        var none = await UploadAsync(client, [], HttpStatusCode.BadRequest);
        var big = await UploadAsync(client, new byte[10 * 1024 * 1024 + 1], HttpStatusCode.BadRequest);

        Assert.Contains("请先选择公示的 PDF 文件", none, StringComparison.Ordinal);
        Assert.Contains("这个文件超过 10 MB", big, StringComparison.Ordinal);
        Assert.Contains("href=\"#notice\"", big, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_are_limited_per_address()
    {
        using var app = new PortalApp();
        var client = app.NewClient();
        var statuses = new List<HttpStatusCode>();

        HttpResponseMessage? last = null;
        for (var i = 0; i < 11; i++)
            statuses.Add((last = await PostAsync(client, [1, 2, 3])).StatusCode);

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        // The verify limit's own window (a minute), not the questions' ten minutes.
        Assert.InRange(last!.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] file, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await PostAsync(client, file);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiforgeryTokenAsync("/verify")), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "notice", "notice.pdf" },
        };
        return await client.PostAsync("/verify", form);
    }
}
