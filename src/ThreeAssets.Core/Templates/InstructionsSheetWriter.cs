using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Worksheets;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Templates;

/// <summary>Writes the 说明 sheet: numbered general lines, then one row per column of the schema.</summary>
internal static class InstructionsSheetWriter
{
    public static async Task WriteAsync(Spreadsheet book, LedgerSchema schema, TemplateStyles styles, CancellationToken ct)
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = 18;
        options.Column(2).Width = 8;
        options.Column(3).Width = 70;
        options.Column(4).Width = 26;
        await book.StartWorksheetAsync(TemplateWriter.InstructionsSheet, options, ct).ConfigureAwait(false);

        await book.AddRowAsync([new Cell($"{schema.Title}填写说明", styles.Title)], ct).ConfigureAwait(false);
        await book.AddRowAsync(Array.Empty<Cell>(), ct).ConfigureAwait(false);
        var general = TemplateInstructions.General(schema);
        for (var i = 0; i < general.Count; i++)
            await book.AddRowAsync([new Cell(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {general[i]}"))], ct).ConfigureAwait(false);
        await book.AddRowAsync(Array.Empty<Cell>(), ct).ConfigureAwait(false);

        await book.AddRowAsync(
            [new Cell("列名", styles.Bold), new Cell("是否必填", styles.Bold), new Cell("怎么填", styles.Bold), new Cell("样例", styles.Bold)],
            ct).ConfigureAwait(false);
        foreach (var column in schema.Columns)
        {
            await book.AddRowAsync(
            [
                new Cell(column.Header),
                new Cell(TemplateInstructions.RequiredText(column)),
                new Cell(TemplateInstructions.HowToFill(column), styles.Wrap),
                new Cell(column.Example),
            ], ct).ConfigureAwait(false);
        }
    }
}
