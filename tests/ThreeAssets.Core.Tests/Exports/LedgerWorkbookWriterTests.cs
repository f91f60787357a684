using ThreeAssets.Core.Exports;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Synthetic;

namespace ThreeAssets.Core.Tests.Exports;

public sealed class LedgerWorkbookWriterTests
{
    private static readonly Period Quarter = Period.Parse("2026-Q3");

    [Fact]
    public async Task A_written_funds_ledger_reads_back_with_the_same_rows_and_totals()
    {
        var (rows, summary) = SyntheticLedgers.Funds("3301-01-01", Quarter, opening: 1_234_500);

        var parsed = await RoundTripAsync(LedgerKind.Funds, rows, summary);

        Assert.Empty(parsed.Report.Findings);
        Assert.Equal(summary, parsed.FundsSummary);
        Assert.Equal(rows.Select(r => r with { SourceRow = 0 }), parsed.FundsRows.Select(r => r with { SourceRow = 0 }));
    }

    [Fact]
    public async Task Written_registers_read_back_with_the_same_rows()
    {
        var assets = SyntheticLedgers.Assets("3301-01-01", Quarter);
        var resources = SyntheticLedgers.Resources("3301-01-01", Quarter);

        var parsedAssets = await RoundTripAsync(LedgerKind.Assets, assets, null);
        var parsedResources = await RoundTripAsync(LedgerKind.Resources, resources, null);

        Assert.Equal(assets.Select(r => r with { SourceRow = 0 }), parsedAssets.RowsOf<AssetRow>().Select(r => r with { SourceRow = 0 }));
        Assert.Equal(resources.Select(r => r with { SourceRow = 0 }), parsedResources.RowsOf<ResourceRow>().Select(r => r with { SourceRow = 0 }));
        Assert.True(parsedAssets.Report.CanSubmit);
        Assert.True(parsedResources.Report.CanSubmit);
    }

    private static async Task<ParsedLedger> RoundTripAsync(LedgerKind kind, IEnumerable<ILedgerRow> rows, FundsSummary? summary)
    {
        using var stream = new MemoryStream();
        await LedgerWorkbookWriter.WriteAsync(stream, kind, $"桃源村{Quarter.ToChinese()}{LedgerSchema.For(kind).Title}", rows, summary);
        return LedgerReader.Read(stream.ToArray(), "export.xlsx", kind, Quarter, new ReadOptions { AsOf = Quarter.End });
    }
}
