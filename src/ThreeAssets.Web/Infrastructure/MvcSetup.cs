using Microsoft.AspNetCore.Mvc.Razor;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace ThreeAssets.Web.Infrastructure;

internal static class MvcSetup
{
    /// <summary>Controllers and views live together in Features/&lt;Feature&gt;/; shared views in Features/Shared/.</summary>
    public static WebApplicationBuilder AddPortalMvc(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddControllersWithViews()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        // Chinese text goes out as UTF-8 characters, not &#x...; entities (a third of the bytes; still HTML-encoded).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Residents read on slow phones: compress text responses (HTML, CSS, JSON, CSV).
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "image/svg+xml"]);
        });
        return builder;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Files under lib/ and css/ are referenced with ?v=<hash> (asp-append-version), so they can be cached long.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Query.ContainsKey("v") ? "public,max-age=31536000,immutable" : "public,max-age=3600",
        });
        app.UseRequestLocalization();
        app.UseRouting();
        return app;
    }
}
