using ThreeAssets.Core.Integrity;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Synthetic;

namespace ThreeAssets.Core.Tests.Integrity;

public sealed class PublicationHashTests
{
    private static readonly PublicationHeader Header = new("3301-01-01", LedgerKind.Funds, Period.Parse("2026-10"), 1,
        new DateTimeOffset(2026, 11, 5, 9, 30, 0, TimeSpan.FromHours(8)), PreviousHash: null);

    private static readonly IReadOnlyList<FundsRow> Rows = SyntheticLedgers.Funds("3301-01-01", Period.Parse("2026-10"), 100_000).Rows;

    [Fact]
    public void Same_content_gives_the_same_hash_whatever_the_source_row_numbers()
    {
        var renumbered = Rows.Select((r, i) => r with { SourceRow = i + 100 }).ToList();

        Assert.Equal(PublicationHash.Compute(Header, Rows), PublicationHash.Compute(Header, renumbered));
        Assert.Matches("^[0-9a-f]{64}$", PublicationHash.Compute(Header, Rows));
    }

    [Fact]
    public void One_fen_changed_changes_the_hash()
    {
        var tampered = Rows.ToList();
        tampered[3] = tampered[3] with { Expense = tampered[3].Expense + (tampered[3].Expense > 0 ? 1 : 0), Income = tampered[3].Income + (tampered[3].Income > 0 ? 1 : 0) };

        Assert.NotEqual(PublicationHash.Compute(Header, Rows), PublicationHash.Compute(Header, tampered));
    }

    [Fact]
    public void Header_fields_are_covered_by_the_hash()
    {
        var original = PublicationHash.Compute(Header, Rows);

        Assert.NotEqual(original, PublicationHash.Compute(Header with { PreviousHash = new string('a', 64) }, Rows));
        Assert.NotEqual(original, PublicationHash.Compute(Header with { Version = 2 }, Rows));
        Assert.NotEqual(original, PublicationHash.Compute(Header with { VillageCode = "3301-01-02" }, Rows));
        Assert.NotEqual(original, PublicationHash.Compute(Header with { PublishedAt = Header.PublishedAt.AddSeconds(1) }, Rows));
    }

    [Fact]
    public void Field_separators_inside_text_cannot_forge_another_row_layout()
    {
        var a = new[] { Rows[0] with { Summary = "a\u001Fb", Counterparty = "c" } };
        var b = new[] { Rows[0] with { Summary = "a", Counterparty = "b\u001Fc" } };

        Assert.NotEqual(PublicationHash.Compute(Header, a), PublicationHash.Compute(Header, b));
    }

    [Theory]
    [InlineData("3f9a12c488b0", "3F9A-12C4-88B0")]
    [InlineData(" 3F9A-12C4-88B0 ", "3F9A-12C4-88B0")]
    [InlineData("3F9A 12C4 88B0", "3F9A-12C4-88B0")]
    [InlineData("3F9A-12C4", null)]
    [InlineData("ZZZZ-12C4-88B0", null)]
    public void Fingerprints_typed_by_people_are_normalised(string typed, string? expected) =>
        Assert.Equal(expected, PublicationHash.NormalizeFingerprint(typed));

    [Fact]
    public void Fingerprint_is_the_first_twelve_hex_digits_in_groups()
    {
        var hash = PublicationHash.Compute(Header, Rows);
        Assert.Equal(hash[..12].ToUpperInvariant(), PublicationHash.Fingerprint(hash).Replace("-", "", StringComparison.Ordinal));
    }
}
