using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// Open data: CORS for anyone's GET, output caching of the public JSON, and the OpenAPI document at
/// /openapi/v1.json describing both the open endpoints and the staff endpoints (bearer token).
/// </summary>
internal static class OpenDataSetup
{
    public const string CorsPolicy = "OpenData";
    public const string ListCachePolicy = "OpenDataList";
    public const string PublicationCachePolicy = "OpenDataPublication";

    public static WebApplicationBuilder AddPortalOpenData(this WebApplicationBuilder builder)
    {
        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD")
            .WithHeaders("If-None-Match").WithExposedHeaders("ETag")));
        // Entries are evicted with the public pages when public data changes (PublicCacheEviction); the
        // expiry bounds what another web node may serve.
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(ListCachePolicy, p => p.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("page", "pageSize", "kind").Tag(PublicCacheEviction.Tag));
            // A publication's rows never change; only "superseded by" can.
            o.AddPolicy(PublicationCachePolicy, p => p.Expire(TimeSpan.FromMinutes(5)).SetVaryByQuery("page", "pageSize").Tag(PublicCacheEviction.Tag));
        });
        builder.Services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ThreeAssets 农村集体三资公开 API",
                    Version = "v1",
                    Description = "公开数据接口无需登录，只读，返回 JSON；金额以元为单位，是两位小数的 JSON 数字；日期为 ISO 8601；个人信息已遮盖。" +
                        "工作人员接口需要 Authorization: Bearer <令牌>（由管理员发放）。\n\n" +
                        "Open-data endpoints need no login, are read-only and return JSON; amounts are yuan as JSON numbers with two decimals; " +
                        "dates are ISO 8601; personal data is masked. Staff endpoints need Authorization: Bearer <token> (issued by an administrator).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiTokenAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "工作人员的接口令牌 · A staff API token",
                };
                return Task.CompletedTask;
            });
            // Endpoints that require a login (staff controllers) are marked with the bearer scheme.
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
                    && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(ApiTokenAuthenticationHandler.SchemeName, context.Document)] = [],
                    });
                }
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapPortalOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").CacheOutput(p => p.Expire(TimeSpan.FromMinutes(10)));
        return app;
    }
}
