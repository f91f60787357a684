using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Ledgers;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// Open data (DESIGN §5, §10): read-only JSON for anyone, no login, CORS open for GET. Published rows never change,
/// so responses carry ETags and are output-cached; personal data is masked exactly as on the public pages.
/// </summary>
[ApiController]
[AllowAnonymous]
[IgnoreAntiforgeryToken] // GET only; nothing here reads a cookie.
[EnableCors(OpenDataSetup.CorsPolicy)]
[Route("api/v1")]
[Tags("Open data 公开数据")]
public sealed class OpenDataController(OpenDataQueries queries, PublicationIntegrity integrity) : ControllerBase
{
    [HttpGet("villages")]
    [OutputCache(PolicyName = OpenDataSetup.ListCachePolicy)]
    [EndpointSummary("所有村 · All villages")]
    [EndpointDescription("按村代码排序的全部村（代码、名称、拼音首字母、乡镇、区），分页：page 从 1 开始，pageSize 1–500（默认 100）。\n\n" +
        "All villages ordered by code (code, name, pinyin initials, township, district), paged: page from 1, pageSize 1–500 (default 100).")]
    [ProducesResponseType<PagedList<VillageSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Villages(int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.From(page, pageSize, 100, 500);
        if (paging is null) return BadPaging(problem);
        return Ok(await queries.VillagesAsync(paging, cancellationToken));
    }

    [HttpGet("villages/{code}/publications")]
    [OutputCache(PolicyName = OpenDataSetup.ListCachePolicy)]
    [EndpointSummary("一个村的公开记录 · A village's publications")]
    [EndpointDescription("该村所有公开（现行版本和被更正的旧版本），按公开时间从新到旧；可用 kind=funds|assets|resources 筛选。" +
        "资金合计 funds 以元为单位，两位小数的 JSON 数字；时间为 ISO 8601。分页同上，pageSize 1–500（默认 100）。\n\n" +
        "Every publication of the village, current and superseded, newest first; filter with kind=funds|assets|resources. " +
        "Funds totals are yuan as JSON numbers with two decimals; times are ISO 8601. Paged as above.")]
    [ProducesResponseType<PagedList<PublicationSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Publications(string code, string? kind, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.From(page, pageSize, 100, 500);
        if (paging is null) return BadPaging(problem);
        LedgerKind? ledgerKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!Enum.TryParse<LedgerKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || kind.Any(char.IsDigit))
                return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
                    detail: "kind 只能是 funds、assets 或 resources。 kind must be funds, assets or resources.");
            ledgerKind = parsed;
        }
        var result = await queries.PublicationsAsync(code, ledgerKind, paging, cancellationToken);
        return result is null
            ? Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"没有代码为 {code} 的村。 There is no village with code {code}.")
            : Ok(result);
    }

    [HttpGet("publications/{id:long}")]
    [OutputCache(PolicyName = OpenDataSetup.PublicationCachePolicy)]
    [EndpointSummary("一次公开的内容 · One publication with its rows")]
    [EndpointDescription("公开的元数据（版本、指纹、内容哈希、链上一个哈希、更正原因）和分页的明细行（rows.items，键为台账列名，如 date、income）。" +
        "个人信息已遮盖（身份证号保留前 6 后 4 位，手机号保留前 3 后 4 位，银行账号保留后 4 位，个人姓名如 张**）。" +
        "金额以元为单位，两位小数的 JSON 数字；日期为 ISO 8601。pageSize 1–1000（默认 200）。带 ETag，可用 If-None-Match 得到 304。" +
        "integrity 为 intact 表示现存数据与发布时的内容哈希一致；为 mismatch 表示数据库被绕过平台改动，明细不可信。\n\n" +
        "Metadata (version, fingerprint, content hash, previous hash of the chain, correction reason) and one page of rows " +
        "(rows.items, keyed by the ledger's column keys such as date, income). Personal data is masked (ID numbers keep the first 6 " +
        "and last 4 characters, phones the first 3 and last 4, bank accounts the last 4, private persons' names become 张**). " +
        "Amounts are yuan as JSON numbers with two decimals; dates are ISO 8601. pageSize 1–1000 (default 200). " +
        "Served with an ETag: send If-None-Match to get 304 Not Modified. integrity is \"intact\" when the stored data still hashes " +
        "to the content hash it was published with, \"mismatch\" when the database was changed behind the portal's back and the rows cannot be trusted.")]
    [ProducesResponseType<PublicationDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Publication(long id, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.From(page, pageSize, 200, 1000);
        if (paging is null) return BadPaging(problem);
        var head = await queries.HeadAsync(id, cancellationToken);
        if (head is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"没有编号为 {id} 的公开记录。 There is no publication with id {id}.");

        // Checked before the answer is cached (output cache, browsers): once those expire, an edited row shows as "mismatch".
        var intact = await integrity.IsIntactAsync(id, cancellationToken);
        var etag = head.ETag(paging, intact);
        Response.Headers.ETag = etag;
        // Public and cacheable; revalidation is one indexed lookup, answered 304 without reading rows.
        Response.Headers.CacheControl = "public, max-age=300";
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == etag))
            return StatusCode(StatusCodes.Status304NotModified);
        return Ok(await queries.DetailAsync(head, paging, intact, cancellationToken));
    }

    private ObjectResult BadPaging(string? problem) =>
        Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: problem);
}
