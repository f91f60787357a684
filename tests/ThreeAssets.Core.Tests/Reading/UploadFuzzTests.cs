using System.Diagnostics;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Tests.Builders;
using Xunit.Abstractions;

namespace ThreeAssets.Core.Tests.Reading;

/// <summary>
/// Mutated real ledgers (xlsx, xls, csv) through the reader uploads use, for a bounded time with a fixed
/// seed: every answer is a report or a FILE- refusal, never an exception. A failure prints the seed and
/// the iteration, which replay it exactly.
/// </summary>
public sealed class UploadFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_416;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public void Mutated_ledgers_always_get_a_report_never_an_exception()
    {
        var seeds = SeedFiles();
        Assert.True(seeds.Count >= 5, "seed files missing");
        var random = new Random(Seed);
        var watch = Stopwatch.StartNew();
        var iteration = 0;
        var refused = 0;
        for (; watch.Elapsed < Budget; iteration++)
        {
            var (name, original) = seeds[random.Next(seeds.Count)];
            var (mutation, bytes) = FuzzMutations.Mutate(original, random);
            var kind = name.StartsWith("assets", StringComparison.Ordinal) ? LedgerKind.Assets
                : name.StartsWith("resources", StringComparison.Ordinal) ? LedgerKind.Resources : LedgerKind.Funds;
            ParsedLedger ledger;
            try
            {
                ledger = LedgerReader.Read(bytes, name, kind);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {Seed}, iteration {iteration}: {mutation} of {name} threw {e}");
                return;
            }
            Assert.NotNull(ledger.Report);
            if (ledger.Unreadable)
            {
                refused++;
                Assert.StartsWith("FILE-", Assert.Single(ledger.Report.Findings).Code, StringComparison.Ordinal);
            }
        }
        output.WriteLine($"fuzz seed {Seed}: {iteration} mutated ledgers in {watch.Elapsed.TotalSeconds:0.0} s, {refused} refused as unreadable");
    }

    private static List<(string Name, byte[] Bytes)> SeedFiles()
    {
        var folders = new[] { Path.Combine(AppContext.BaseDirectory, "Samples"), Path.Combine(AppContext.BaseDirectory, "Fixtures") };
        return folders.Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Where(f => Path.GetExtension(f) is ".xlsx" or ".xls" or ".csv")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
    }
}

/// <summary>Byte-level mutations shared by the fuzz tests: bit flips, truncation, deep nesting, huge counts.</summary>
public static class FuzzMutations
{
    public static (string Name, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(6))
        {
            case 0:
                var flips = 1 + random.Next(16);
                for (var i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return ($"{flips} bit flips", bytes);
            case 1:
                var length = random.Next(bytes.Length);
                return ($"truncated to {length}", bytes[..length]);
            case 2:
                // Counts and lengths in headers (zip directory, BIFF records, PDF xref) read as huge.
                var at = random.Next(Math.Max(1, bytes.Length - 4));
                var value = random.Next(3) switch { 0 => 0xFF, 1 => 0x7F, _ => 0x00 };
                for (var i = at; i < Math.Min(bytes.Length, at + 4); i++) bytes[i] = (byte)value;
                return ($"4 bytes at {at} set to {value:X2}", bytes);
            case 3:
                var nest = random.Next(2) == 0 ? "["u8.ToArray() : "<<"u8.ToArray();
                var depth = 1_000 + random.Next(50_000);
                var insertAt = random.Next(bytes.Length);
                var nested = new byte[bytes.Length + nest.Length * depth];
                bytes.AsSpan(0, insertAt).CopyTo(nested);
                for (var i = 0; i < depth; i++) nest.CopyTo(nested, insertAt + i * nest.Length);
                bytes.AsSpan(insertAt).CopyTo(nested.AsSpan(insertAt + nest.Length * depth));
                return ($"{depth} × {System.Text.Encoding.ASCII.GetString(nest)} at {insertAt}", nested);
            case 4:
                var start = random.Next(bytes.Length);
                var count = Math.Min(bytes.Length - start, 1 + random.Next(512));
                random.NextBytes(bytes.AsSpan(start, count));
                return ($"{count} random bytes at {start}", bytes);
            default:
                // A slice copied elsewhere: repeated records, duplicated zip entries, shifted offsets.
                var from = random.Next(bytes.Length);
                var size = Math.Min(bytes.Length - from, 1 + random.Next(4096));
                var to = random.Next(bytes.Length);
                return ($"{size} bytes from {from} inserted at {to}", [.. bytes[..to], .. bytes.AsSpan(from, size), .. bytes[to..]]);
        }
    }
}
