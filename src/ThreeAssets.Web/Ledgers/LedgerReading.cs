using Microsoft.EntityFrameworkCore;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Ledgers;

/// <summary>
/// Reads an upload the way the portal judges it: the engine plus what only the database knows — the
/// current publication of the previous period (opening balance, vanished assets) and today's date for
/// expiring contracts. Upload and publication both read through here, so they can never disagree.
/// </summary>
public sealed class LedgerReading(PortalDbContext db, TimeProvider time)
{
    public async Task<ParsedLedger> ReadAsync(int villageId, LedgerKind kind, Period period, string fileName, byte[] content,
        CancellationToken cancellationToken = default)
    {
        var options = new ReadOptions
        {
            AsOf = time.Today(),
            Previous = await PreviousAsync(villageId, kind, period.Previous, cancellationToken),
        };
        return LedgerReader.Read(content, fileName, kind, period, options);
    }

    /// <summary>The latest version of a village's ledger for a period, or null.</summary>
    public IQueryable<Publication> Current(int villageId, LedgerKind kind, Period period)
    {
        var text = period.ToString();
        return db.Publications
            .Where(p => p.VillageId == villageId && p.Kind == kind && p.Period == text)
            .OrderByDescending(p => p.Version)
            .Take(1);
    }

    private async Task<PreviousPublication?> PreviousAsync(int villageId, LedgerKind kind, Period previous, CancellationToken cancellationToken)
    {
        var publication = await Current(villageId, kind, previous).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (publication is null) return null;
        var ledger = LedgerKinds.Of(kind);
        // Most kinds carry only the stored totals forward; rows are read only for a kind that needs them.
        var rows = ledger.CarriesRows ? await db.LoadRowsAsync(publication.Id, kind, cancellationToken) : [];
        var summary = publication.ClosingFen is { } closing
            ? new FundsSummary(publication.OpeningFen ?? 0, publication.IncomeFen ?? 0, publication.ExpenseFen ?? 0, closing) : null;
        return ledger.Carry(rows, summary);
    }
}
