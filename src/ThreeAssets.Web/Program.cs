using ThreeAssets.Web.Features;
using ThreeAssets.Web.Demo;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;
using ThreeAssets.Web.Security;

var builder = WebApplication.CreateBuilder(args);

// --- Services -------------------------------------------------------------------------------------
builder.AddPortalForwardedHeaders(); // client address and scheme from the proxies named in ForwardedHeaders:*
builder.AddPortalPublicAddress();   // Portal:PublicBaseUrl (required in Production), AllowedHosts from it
builder.AddPortalDatabase();        // Database:Provider, ConnectionStrings:Default, data-protection keys, seeding
builder.AddPortalKeyEncryption();   // data-protection keys encrypted with DataProtection:CertificatePath, if set
builder.AddPortalIdentity();        // staff cookies, API tokens, role and scope policies
builder.AddPortalMvc();             // controllers with views beside them in Features/, compression
builder.AddPortalLocalization();    // zh-CN by default, English by ?culture=en or the switch
builder.AddPortalErrorHandling();   // ProblemDetails for /api, an error page for browsers
builder.AddPortalRequestLimits();   // 1 MB bodies unless an upload action allows more; strict enum binding
builder.AddPortalHealthChecks();    // /healthz
builder.AddPortalOutputCache();     // anonymous public pages cached briefly; ETags on published data
builder.AddPortalFeatures();       // audit log writer and each feature's service class
builder.AddPortalOpenData();        // CORS and output caching for open data, the OpenAPI document
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();

// --- Database: migrate, reference data, demo district (an unreachable database is retried, not fatal) --
await app.PreparePortalDatabaseAsync();

// --- Pipeline ---------------------------------------------------------------------------------------
app.UsePortalSecurityHeaders();     // CSP, nosniff, Referrer-Policy, no framing: on every response
app.UsePortalForwardedHeaders();
app.UsePortalErrorHandling();
app.UsePortalStaticFiles();
app.UsePortalDatabaseGate();        // 503 while the database is unavailable
app.UsePortalLocalization();
app.UseRouting();
app.UsePortalRequestLimits();       // 413 for a body larger than its endpoint allows, before it is read
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();               // per-IP limits on endpoints that name a policy (questions, /verify uploads, sign-in)
app.UseOutputCache();               // after authorization: signed-in staff are never served from the cache

// --- Endpoints --------------------------------------------------------------------------------------
app.MapPortalHealthChecks();
app.MapControllers();
app.MapPortalOpenApi();             // /openapi/v1.json

app.PrintStartupBanner();
await app.RunAsync();

/// <summary>Entry point, public so that tests can host the app.</summary>
public partial class Program;
