using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Features.Account;

/// <summary>
/// Lockout that an attacker cannot turn against the account's owner. Identity's own lockout counts failures per
/// account, so anyone who knows a user name (the admin's included) could keep that person locked out forever by
/// failing five times every 15 minutes. Here failures are counted per (user name, client address): after
/// <see cref="SignInLimits.FailuresBeforePause"/> failures that pair is paused for
/// <see cref="SignInLimits.PauseMinutes"/>, even for the right password, while the same user from any other
/// address signs in as usual. Brute force from one address is bounded by the pause and by the per-address rate
/// limit (<see cref="SignInSetup"/>); an administrator's lock (LockoutEnd on the account) still refuses every
/// address. Unknown user names are counted the same way, so the pause says nothing about which names exist.
/// In memory, per node: a restart forgets the counters, which only gives an attacker back five guesses.
/// </summary>
public sealed class SignInGuard(SignInLimits limits, TimeProvider clock)
{
    private sealed class Pair
    {
        public int Failures;
        public DateTimeOffset LastFailure;
        public DateTimeOffset? PausedUntil;
    }

    private readonly ConcurrentDictionary<(string Name, string Address), Pair> _pairs = new();
    private DateTimeOffset _lastSweep;
    private string? _dummyHash;

    /// <summary>True while sign-ins of <paramref name="userName"/> from <paramref name="address"/> are paused.</summary>
    public bool IsPaused(string userName, string address)
    {
        if (!_pairs.TryGetValue(Key(userName, address), out var pair)) return false;
        lock (pair) return pair.PausedUntil > clock.GetUtcNow();
    }

    /// <summary>Counts a failure; true when this failure starts a pause.</summary>
    public bool RecordFailure(string userName, string address)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        var pair = _pairs.GetOrAdd(Key(userName, address), _ => new Pair());
        lock (pair)
        {
            // Failures older than one pause length are forgiven, as is a pause that has run out.
            if (pair.LastFailure + Window < now || pair.PausedUntil <= now) (pair.Failures, pair.PausedUntil) = (0, null);
            pair.LastFailure = now;
            if (++pair.Failures < limits.FailuresBeforePause || pair.PausedUntil is not null) return false;
            pair.PausedUntil = now + Window;
            return true;
        }
    }

    /// <summary>A successful sign-in clears that pair's failures.</summary>
    public void Succeeded(string userName, string address) => _pairs.TryRemove(Key(userName, address), out _);

    /// <summary>Addresses currently paused for <paramref name="userName"/>: shown to the administrator, never to the person signing in.</summary>
    public int PausedAddresses(string userName)
    {
        var now = clock.GetUtcNow();
        var name = Normalize(userName);
        return _pairs.Count(p => p.Key.Name == name && p.Value.PausedUntil > now);
    }

    /// <summary>
    /// Verifies the typed password against a hash of a random password, for sign-ins that are refused without
    /// looking at the password (unknown user, paused pair, locked account), so that they take as long as a wrong
    /// password for a real account and the answer time does not tell which user names exist.
    /// </summary>
    public void SpendAsMuchAsAPasswordCheck(IPasswordHasher<PortalUser> hasher, string password)
    {
        var user = new PortalUser { DisplayName = "" };
        _dummyHash ??= hasher.HashPassword(user, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(user, _dummyHash, password);
    }

    private TimeSpan Window => TimeSpan.FromMinutes(limits.PauseMinutes);

    private static (string, string) Key(string userName, string address) => (Normalize(userName), address);

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    // Entries are created only by failures, which the rate limit bounds per address; stale ones go once a minute.
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < TimeSpan.FromMinutes(1)) return;
        _lastSweep = now;
        foreach (var (key, pair) in _pairs)
        {
            lock (pair)
            {
                if (pair.LastFailure + Window < now && !(pair.PausedUntil > now)) _pairs.TryRemove(key, out _);
            }
        }
    }
}
