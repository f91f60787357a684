using ThreeAssets.Web.Features.Account;
using ThreeAssets.Web.Features.Admin.OrgUnits;
using ThreeAssets.Web.Features.Admin.Tokens;
using ThreeAssets.Web.Features.Admin.Users;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Features.Home;
using ThreeAssets.Web.Ledgers;
using ThreeAssets.Web.Features.Publications;
using ThreeAssets.Web.Features.Api;
using ThreeAssets.Web.Features.Developers;
using ThreeAssets.Web.Features.Questions;
using ThreeAssets.Web.Questions;
using ThreeAssets.Web.Features.Review;
using ThreeAssets.Web.Features.Submissions;
using ThreeAssets.Web.Features.Verify;
using ThreeAssets.Web.Features.Villages;
using ThreeAssets.Web.Features.Workspace;

namespace ThreeAssets.Web.Features;

/// <summary>The one service class each feature needs, registered in one place.</summary>
internal static class FeatureServices
{
    public static WebApplicationBuilder AddPortalFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditSearch>();
        builder.Services.AddScoped<Inspect.CounterpartySearch>();
        builder.Services.AddScoped<LedgerReading>();
        builder.Services.AddScoped<LedgerImporter>();
        builder.Services.AddScoped<SubmissionWorkflow>();
        builder.Services.AddScoped<Publisher>();
        builder.Services.AddScoped<Risks.RiskMonitor>();
        builder.Services.AddHostedService<Risks.RiskClock>();
        builder.Services.AddScoped<Risks.RiskReader>();
        builder.Services.AddScoped<Risks.RiskDecisions>();
        builder.Services.AddScoped<ReviewDesk>();
        builder.Services.AddScoped<SubmissionDesk>();
        builder.Services.AddScoped<WorkspaceService>();
        builder.Services.AddScoped<OrgUnitEditor>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<TokenAdministration>();
        builder.Services.AddScoped<PublicDirectory>();
        builder.Services.AddScoped<VillageOverview>();
        builder.Services.AddSingleton<PublicationIntegrity.Verdicts>();
        builder.Services.AddScoped<PublicationIntegrity>();
        builder.Services.AddScoped<PublicationPages>();
        builder.Services.AddScoped<OpenDataQueries>();
        builder.Services.AddScoped<QuestionDesk>();
        builder.AddQuestions();
        builder.AddNotices();
        builder.Services.AddScoped<NoticeVerifier>();
        builder.Services.AddVerifyRateLimit();
        builder.AddSignInLimits();
        return builder;
    }
}
