namespace ThreeAssets.Web.Features.Demo;

/// <summary>
/// The seam for sample publications: once the ledger engine and the upload pipeline land, an
/// implementation loads seed-data's sample workbooks through the same code path as real uploads.
/// Called after the demo district and users exist, only when they were just created.
/// </summary>
public interface IDemoLedgerSeeder
{
    Task SeedAsync(string seedFolder, CancellationToken cancellationToken);
}

/// <summary>Until then the demo district has villages and users but no publications.</summary>
internal sealed class NoDemoLedgers : IDemoLedgerSeeder
{
    public Task SeedAsync(string seedFolder, CancellationToken cancellationToken) => Task.CompletedTask;
}
