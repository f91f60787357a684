namespace ThreeAssets.Web.Demo;

/// <summary>
/// Sample publications for the demo district, loaded through the same code path as real uploads
/// (<see cref="DemoLedgerSeeder"/>). Called after the demo district and users exist, only when they were just created.
/// </summary>
public interface IDemoLedgerSeeder
{
    Task SeedAsync(string seedFolder, CancellationToken cancellationToken);
}
