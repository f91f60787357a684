using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ThreeAssets.Web.Tests.Hosting;

public sealed class UnhandledErrorTests
{
    private static PortalApp AppWithAThrowingController() => new()
    {
        TestServices = s => s.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly),
    };

    [Fact]
    public async Task A_crashing_page_shows_an_error_page_without_a_stack_trace()
    {
        using var app = AppWithAThrowingController();

        var response = await app.NewClient().GetAsync("/test/boom");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("服务器暂时出错", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowingController", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crashing_api_call_gets_500_problem_details_without_a_stack_trace()
    {
        using var app = AppWithAThrowingController();

        var response = await app.NewClient().GetAsync("/api/test/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowingController", body, StringComparison.Ordinal);
    }
}

/// <summary>Only in tests: an action that fails like a bug would.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ThrowingController : Controller
{
    [HttpGet("test/boom")]
    [HttpGet("api/test/boom")]
    public IActionResult Boom() => throw new InvalidOperationException($"secret detail of {Request.Path}");
}
