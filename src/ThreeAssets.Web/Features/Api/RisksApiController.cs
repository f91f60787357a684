using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThreeAssets.Web.Risks;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Api;

/// <summary>
/// <c>GET /api/v1/risks?scope=&amp;code=&amp;status=</c> for inspectors' tokens (DESIGN §10): the warnings of the villages
/// in the caller's scope, narrowed to a township or village by <c>scope</c>; standing warnings unless
/// <c>status=cleared</c>. Messages are in Chinese, as the ledgers are.
/// </summary>
[ApiController]
[Authorize(Policy = PortalPolicies.Inspector)]
[IgnoreAntiforgeryToken] // /api authenticates by bearer token only, never by cookie.
[Route("api/v1/risks")]
public sealed class RisksApiController(RiskReader reader) : ControllerBase
{
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<RiskItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<IReadOnlyList<RiskItem>>> List([FromQuery] string? scope, [FromQuery] string? code, [FromQuery] string? status,
        [FromQuery] string? colour, [FromQuery] string? period, CancellationToken cancellationToken)
    {
        var query = new RiskQuery { Scope = scope, Code = code, Status = status, Colour = colour, Period = period };
        if (query.Problem() is { } problem)
            return Problem(title: problem.Zh, detail: problem.En, statusCode: StatusCodes.Status400BadRequest);
        var rows = await RiskItem.Project(reader.Visible(User, query).OrderBy(a => a.Id)).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToItem(english: false)).ToList();
    }
}
