using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Tests.Security;

public sealed class ScopeAccessTests
{
    private static ClaimsPrincipal User(PortalRole role, params string[] scopes) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role.ToString()), .. scopes.Select(s => new Claim(PortalClaims.Scope, s))], "test"));

    [Theory]
    [InlineData(PortalRole.Accountant, TestOrg.VillageA1, new[] { TestOrg.VillageA1 })]
    [InlineData(PortalRole.Reviewer, TestOrg.TownshipA, new[] { TestOrg.VillageA1, TestOrg.VillageA2 })]
    [InlineData(PortalRole.Inspector, TestOrg.District, new[] { TestOrg.VillageA1, TestOrg.VillageA2, TestOrg.VillageB1 })]
    public async Task Users_see_the_villages_inside_their_scope_only(PortalRole role, string scope, string[] expected)
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        await using var services = app.Services.CreateAsyncScope();
        var access = services.ServiceProvider.GetRequiredService<ScopeAccess>();

        var visible = await access.VisibleVillages(User(role, scope)).Select(v => v.Code).OrderBy(c => c).ToListAsync();

        Assert.Equal(expected, visible);
    }

    [Fact]
    public void A_scope_code_does_not_cover_a_sibling_with_a_longer_number()
    {
        // 9901-01 must not cover 9901-010-01: scope is by whole code segments, not text prefixes.
        Assert.False(ScopeAccess.CanActOn(User(PortalRole.Reviewer, "9901-01"), "9901-010-01"));
        Assert.True(ScopeAccess.CanActOn(User(PortalRole.Reviewer, "9901-01"), "9901-01-01"));
        Assert.True(ScopeAccess.CanActOn(User(PortalRole.Admin), "anything"));
        Assert.False(ScopeAccess.CanActOn(new ClaimsPrincipal(new ClaimsIdentity()), "9901-01-01"));
    }
}
