using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ThreeAssets.Core.Exports;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace ThreeAssets.Web.Tests.Features.Submissions;

/// <summary>A clock stopped at one moment (UTC is the local zone), for deadlines.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>Real workbooks to upload, and the upload form posted the way a browser posts it.</summary>
public static partial class Uploads
{
    public static readonly DateTimeOffset Today = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A portal whose clock reads <see cref="Today"/>.</summary>
    public static PortalApp App() => new() { TestServices = s => s.AddSingleton<TimeProvider>(new FixedClock(Today)) };

    /// <summary>桃源村's October funds ledger from the demo data: 29 rows, no findings.</summary>
    public static byte[] GoodFunds() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "funds-2026-10.xlsx"));

    /// <summary>The engine samples' May ledger with three errors (date outside the period, unknown account, balance).</summary>
    public static byte[] FundsWithErrors() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "funds-2026-05-with-errors.xlsx"));

    /// <summary>A generated October ledger whose first row names an account that does not exist: one error.</summary>
    public static byte[] FundsWithOneError() => Generated((rows, i) => i == 0 ? rows[i] with { AccountCode = "888", AccountName = null } : rows[i]);

    /// <summary>A generated October ledger without approvers: warnings only (expenses without 审批人).</summary>
    public static byte[] FundsWithWarnings() => Generated((rows, i) => rows[i] with { Approver = null });

    /// <summary>A generated October ledger (what the demo data is made of), each row passed through <paramref name="change"/>.</summary>
    public static byte[] Generated(Func<IReadOnlyList<FundsRow>, int, FundsRow> change)
    {
        var (rows, summary) = SyntheticLedgers.Funds(TestOrg.VillageA1, Period.OfMonth(2026, 10), 100_000_00);
        using var output = new MemoryStream();
        LedgerWorkbookWriter.WriteAsync(output, LedgerKind.Funds, "甲一村2026年10月资金收支明细表",
            rows.Select((_, i) => (ILedgerRow)change(rows, i)), summary).GetAwaiter().GetResult();
        return output.ToArray();
    }

    /// <summary>Posts the upload form (multipart, with the page's antiforgery token).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? village, string? kind, string? period,
        byte[]? file, string fileName = "funds.xlsx")
    {
        var token = await client.AntiforgeryTokenAsync("/submissions/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (village is not null) form.Add(new StringContent(village), "Village");
        if (kind is not null) form.Add(new StringContent(kind), "Kind");
        if (period is not null) form.Add(new StringContent(period), "Period");
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "File", fileName);
        }
        return await client.PostAsync("/submissions/upload", form);
    }

    /// <summary>Uploads and returns the submission id from the redirect to its report.</summary>
    public static async Task<long> UploadAsync(HttpClient client, string village, byte[] file, string period = "2026-10", string kind = "Funds")
    {
        var response = await PostAsync(client, village, kind, period, file);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return IdOf(response);
    }

    public static long IdOf(HttpResponseMessage response) =>
        long.Parse(ReportUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^/submissions/(\d+)")]
    private static partial Regex ReportUrl();
}
