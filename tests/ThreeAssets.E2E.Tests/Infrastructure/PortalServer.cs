using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ThreeAssets.E2E.Tests.Infrastructure;

/// <summary>The real portal on Kestrel at 127.0.0.1 (a free port), over its own SQLite file with the demo district.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "threeassets-e2e-" + Guid.NewGuid().ToString("N"));

    public PortalServer() => UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));

    public string BaseUrl => Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataDir);
        // Not Development (errors look as in production), not Production either: there the demo accounts get
        // random passwords and Portal:PublicBaseUrl is required, and the journeys sign in with the README's logins.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_dataDir, "portal.db")}");
        builder.UseSetting("Demo:Enabled", "true");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); }
        catch (IOException) { /* SQLite may still hold the file a moment; the temp folder is cleaned by the OS. */ }
    }
}
