using ThreeAssets.Data;
using ThreeAssets.Web.Tests.Features.Submissions;

namespace ThreeAssets.Web.Tests.Features.Audit;

/// <summary>Audit lines for the search tests: one real upload, or entries written straight into the log.</summary>
public static class AuditSeeding
{
    /// <summary>The test org, an accountant "wang" of 甲一村 who signed in and uploaded October's funds ledger.</summary>
    public static async Task<PortalApp> AppWithUploadAsync()
    {
        var app = Uploads.App();
        await app.SeedOrgAsync();
        await app.CreateUserAsync("wang", PortalRole.Accountant, TestOrg.VillageA1);
        await Uploads.UploadAsync(await app.LoginAsync("wang"), TestOrg.VillageA1, Uploads.GoodFunds());
        return app;
    }

    public static AuditEntry Entry(string action, string orgCode, string targetId, DateTimeOffset at, string user = "wang") =>
        new() { Action = action, OrgCode = orgCode, TargetType = "Submission", TargetId = targetId, At = at, UserName = user };

    public static Task AddAsync(PortalApp app, params AuditEntry[] entries) => app.WithDbAsync(async db =>
    {
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    });
}
