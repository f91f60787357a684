using ThreeAssets.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// Language (zh-CN default, English on request) and the MVC feature folders.
builder.AddPortalLocalization();
builder.AddPortalMvc();

var app = builder.Build();

// Pipeline: static files, culture, routing.
app.UsePortalPipeline();

app.MapGet("/healthz", () => "ok");
app.MapControllers();

app.Run();

/// <summary>Entry point, public so that tests can host the app.</summary>
public partial class Program;
