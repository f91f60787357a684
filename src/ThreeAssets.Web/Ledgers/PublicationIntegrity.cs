using Microsoft.Extensions.Caching.Memory;
using ThreeAssets.Data;
using ThreeAssets.Data.Integrity;

namespace ThreeAssets.Web.Ledgers;

/// <summary>
/// Whether a publication as stored still matches the content hash it was published with (issue 16 item 4): the same
/// check as <c>db verify-chain</c> (<see cref="PublicationChain.CheckAsync"/>), asked by the publication page, the
/// open-data API and /verify before they vouch for what they serve. Someone who edits an amount in the database
/// must not get the portal's "valid" beside it.
/// </summary>
public sealed class PublicationIntegrity(PortalDbContext db, PublicationIntegrity.Verdicts verdicts)
{
    /// <summary>
    /// How long a verdict is reused. Published rows never change through the portal, but tampering is exactly a change
    /// behind its back: a verdict kept until restart would keep vouching for rows edited after it was computed. A minute,
    /// like the public output cache, bounds how long a tampered row goes unflagged, at the cost of re-reading each
    /// viewed publication's rows at most once a minute per node.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>True when the publication's rows and header still hash to its content hash (and its totals add up); also
    /// true for an id that does not exist, which the caller answers with 404 anyway.</summary>
    public async Task<bool> IsIntactAsync(long publicationId, CancellationToken cancellationToken = default)
    {
        if (verdicts.Cache.TryGetValue(publicationId, out bool intact)) return intact;
        intact = await db.CheckAsync(publicationId, cancellationToken) is not { Count: > 0 };
        verdicts.Cache.Set(publicationId, intact, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return intact;
    }

    /// <summary>
    /// The verdicts of this node, one per publication id: a cache of its own, so that its size limit binds only these
    /// entries (a shared IMemoryCache with a limit would demand a size on everyone's entries).
    /// </summary>
    public sealed class Verdicts : IDisposable
    {
        public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = 20_000 });

        public void Dispose() => Cache.Dispose();
    }
}
