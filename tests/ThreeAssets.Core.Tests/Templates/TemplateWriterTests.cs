using ClosedXML.Excel;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Templates;
using ThreeAssets.Core.Tests.Builders;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Tests.Templates;

public class TemplateWriterTests
{
    public static TheoryData<LedgerKind> Kinds => [LedgerKind.Funds, LedgerKind.Assets, LedgerKind.Resources];

    private static async Task<byte[]> WriteAsync(LedgerKind kind)
    {
        using var stream = new MemoryStream();
        await TemplateWriter.WriteAsync(kind, stream);
        return stream.ToArray();
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Writes_the_same_bytes_every_time(LedgerKind kind)
    {
        Assert.Equal(await WriteAsync(kind), await WriteAsync(kind));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Committed_template_matches_the_generator(LedgerKind kind)
    {
        var path = RepoFiles.PathOf("templates", TemplateWriter.FileName(kind));
        const string fix = "regenerate with: dotnet run --project src/ThreeAssets.Cli -- templates --out templates";
        Assert.True(File.Exists(path), $"{path} is missing; {fix}");
        var committed = ZipParts.Read(await File.ReadAllBytesAsync(path));
        var generated = ZipParts.Read(await WriteAsync(kind));
        Assert.True(committed.Keys.SequenceEqual(generated.Keys), $"templates/{TemplateWriter.FileName(kind)} has other parts; {fix}");
        foreach (var (name, bytes) in generated)
            Assert.True(bytes.AsSpan().SequenceEqual(committed[name]), $"templates/{TemplateWriter.FileName(kind)}: {name} is stale; {fix}");
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Ledger_sheet_has_the_schema_header_frozen_with_formats(LedgerKind kind)
    {
        var schema = LedgerSchema.For(kind);
        using var book = new XLWorkbook(new MemoryStream(await WriteAsync(kind)));
        Assert.Equal([schema.Title, TemplateWriter.InstructionsSheet], book.Worksheets.Select(w => w.Name));

        var sheet = book.Worksheet(schema.Title);
        Assert.Equal(schema.Columns.Select(c => c.Header), schema.Columns.Select(c => sheet.Cell(1, c.Ordinal + 1).GetString()));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        foreach (var column in schema.Columns)
        {
            var expected = column.Type switch
            {
                ColumnType.Amount => TemplateWriter.AmountFormat,
                ColumnType.Date => TemplateWriter.DateFormat,
                _ => null,
            };
            if (expected is not null)
                Assert.Equal(expected, sheet.Column(column.Ordinal + 1).Style.NumberFormat.Format);
            // ClosedXML reports the width without Excel's cell padding (about 0.7 characters).
            Assert.InRange(sheet.Column(column.Ordinal + 1).Width, column.Width - 1, column.Width);
        }
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task List_columns_get_a_dropdown_of_the_allowed_values(LedgerKind kind)
    {
        var schema = LedgerSchema.For(kind);
        using var book = new XLWorkbook(new MemoryStream(await WriteAsync(kind)));
        var sheet = book.Worksheet(schema.Title);
        var lists = sheet.DataValidations.Where(v => v.AllowedValues == XLAllowedValues.List).ToList();
        var listColumns = schema.Columns.Where(c => c.Type == ColumnType.List).ToList();
        Assert.Equal(listColumns.Count, lists.Count);
        foreach (var column in listColumns)
        {
            var letter = XLHelper.GetColumnLetterFromNumber(column.Ordinal + 1);
            var validation = Assert.Single(lists, v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ToString() == letter + "2"));
            Assert.Equal("\"" + string.Join(',', column.AllowedValues) + "\"", validation.Value);
        }
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Example_row_is_marked_and_skipped_by_the_reader(LedgerKind kind)
    {
        var schema = LedgerSchema.For(kind);
        var bytes = await WriteAsync(kind);
        using (var book = new XLWorkbook(new MemoryStream(bytes)))
        {
            var label = book.Worksheet(schema.Title).Cell(2, TemplateWriter.LabelColumn(schema).Ordinal + 1).GetString();
            Assert.True(ExampleRows.IsMarked(label), label);
        }

        var parsed = LedgerReader.Read(bytes, TemplateWriter.FileName(kind), kind, Period.OfQuarter(2026, 4));
        Assert.Equal(0, parsed.RowCount);
        Assert.DoesNotContain(parsed.Report.Findings, f => f.Row == 2);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Template_filled_like_its_example_uploads_as_one_clean_row(LedgerKind kind)
    {
        var schema = LedgerSchema.For(kind);
        using var book = new XLWorkbook(new MemoryStream(await WriteAsync(kind)));
        var sheet = book.Worksheet(schema.Title);
        sheet.Range(2, 1, 2, schema.Columns.Count).CopyTo(sheet.Cell(3, 1));
        var label = sheet.Cell(3, TemplateWriter.LabelColumn(schema).Ordinal + 1);
        label.SetValue(label.GetString()[ExampleRows.Marker.Length..]);
        using var filled = new MemoryStream();
        book.SaveAs(filled);

        var parsed = LedgerReader.Read(filled.ToArray(), TemplateWriter.FileName(kind), kind, Period.OfQuarter(2026, 4));

        Assert.Equal(1, parsed.RowCount);
        Assert.DoesNotContain(parsed.Report.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public async Task Instructions_sheet_explains_every_column_in_plain_words()
    {
        using var book = new XLWorkbook(new MemoryStream(await WriteAsync(LedgerKind.Funds)));
        var text = string.Join('\n', book.Worksheet(TemplateWriter.InstructionsSheet).CellsUsed().Select(c => c.GetString()));
        foreach (var column in FundsSchema.Schema.Columns)
            Assert.Contains(TemplateInstructions.HowToFill(column), text);
        Assert.Contains("从下拉框中选：现金、银行转账、其他", text);
        Assert.Contains("期初余额", text);
    }
}
