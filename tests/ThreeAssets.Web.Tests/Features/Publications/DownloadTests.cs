using System.Text;
using ExcelDataReader;

namespace ThreeAssets.Web.Tests.Features.Publications;

public sealed class DownloadTests
{
    [Fact]
    public async Task Csv_has_a_BOM_masked_values_and_neutralised_formulas()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);

        var response = await app.NewClient().GetAsync($"/publications/{seeded.Funds}/rows.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("日期,凭证号,摘要,", lines[0], StringComparison.Ordinal);
        Assert.Equal(seeded.FundsRows.Count + 1, lines.Length);
        Assert.DoesNotContain(PublicLedgerSeed.Phone, text);
        Assert.DoesNotContain(PublicLedgerSeed.IdNumber, text);
        Assert.DoesNotContain(PublicLedgerSeed.Person, text);
        Assert.Contains("138****5678", text);
        Assert.Contains("'" + PublicLedgerSeed.Formula, text);
        Assert.DoesNotContain("," + PublicLedgerSeed.Formula, text);
    }

    [Fact]
    public async Task Csv_of_a_large_publication_holds_every_row()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app, rowsPerMonth: 1700);
        Assert.True(seeded.FundsRows.Count >= 5000);

        var text = await app.NewClient().GetStringAsync($"/publications/{seeded.Funds}/rows.csv");

        Assert.Equal(seeded.FundsRows.Count + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(seeded.FundsRows[^1].Voucher, text);
    }

    [Fact]
    public async Task Xlsx_reads_back_with_every_row_and_masked_values()
    {
        using var app = new PortalApp();
        var seeded = await PublicLedgerSeed.SeedAsync(app);

        var bytes = await app.NewClient().GetByteArrayAsync($"/publications/{seeded.Funds}/rows.xlsx");

        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(bytes));
        var cells = new List<string>();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
                cells.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        // Title, unit, header, 上期结转, the rows, 本期合计.
        Assert.Equal(seeded.FundsRows.Count + 5, rows);
        var all = string.Join('\n', cells);
        Assert.DoesNotContain(PublicLedgerSeed.Phone, all);
        Assert.DoesNotContain(PublicLedgerSeed.IdNumber, all);
        Assert.DoesNotContain(PublicLedgerSeed.Person, all);
        Assert.Contains("王**", cells);
        Assert.Contains(all.Split('\n'), c => c.Contains("330102********1234", StringComparison.Ordinal));
    }
}
