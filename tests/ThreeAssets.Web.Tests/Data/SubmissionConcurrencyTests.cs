using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Tests.Data;

public sealed class SubmissionConcurrencyTests
{
    [Fact]
    public async Task Second_of_two_racing_status_changes_fails()
    {
        using var app = new PortalApp();
        await app.SeedOrgAsync();
        var user = await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        var id = await app.AddSubmissionAsync(TestOrg.VillageA1, user.Id);
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<PortalDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<PortalDbContext>();
        var a = await db1.Submissions.SingleAsync(s => s.Id == id);
        var b = await db2.Submissions.SingleAsync(s => s.Id == id);

        a.Status = SubmissionStatus.Published;

        await db1.SaveChangesAsync();
        b.Status = SubmissionStatus.Rejected;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        Assert.Equal(SubmissionStatus.Published, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
    }
}
