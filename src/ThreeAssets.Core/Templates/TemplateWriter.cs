using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Templates;

/// <summary>
/// Writes the blank workbook accountants download for a ledger kind, entirely from its
/// <see cref="LedgerSchema"/>: the ledger sheet (header, one example row, formats, dropdowns,
/// widths, frozen header) followed by a 说明 sheet. The output is byte-for-byte repeatable, so the
/// committed files in templates/ can be checked against the generator.
/// </summary>
public static class TemplateWriter
{
    /// <summary>Number format of amount cells.</summary>
    public const string AmountFormat = Money.DisplayFormat;

    /// <summary>Number format of date cells.</summary>
    public const string DateFormat = "yyyy-mm-dd";

    /// <summary>Name of the instructions sheet.</summary>
    public const string InstructionsSheet = "说明";

    // Dropdowns and number checks cover the whole column below the header (Excel's last row).
    private const int LastRow = 1_048_576;

    /// <summary>The template's file name: the schema title plus .xlsx (资金收支明细.xlsx).</summary>
    public static string FileName(LedgerKind kind) => LedgerSchema.For(kind).Title + ".xlsx";

    /// <summary>
    /// The column whose example cell carries <see cref="ExampleRows.Marker"/>: 摘要, else the first
    /// text column — where the reader looks for row markers.
    /// </summary>
    public static ColumnSpec LabelColumn(LedgerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Find("summary") ?? schema.Columns.First(c => c.Type == ColumnType.Text);
    }

    /// <summary>Writes the template of <paramref name="kind"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(LedgerKind kind, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var schema = LedgerSchema.For(kind);
        using var raw = new MemoryStream();
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new DocumentProperties { Title = schema.Title, Author = "ThreeAssets", Subject = schema.TitleEn },
            CompressionLevel = SpreadCheetahCompressionLevel.Optimal,
        };
        await using (var book = await Spreadsheet.CreateNewAsync(raw, options, cancellationToken).ConfigureAwait(false))
        {
            var styles = new TemplateStyles(book);
            await WriteLedgerSheetAsync(book, schema, styles, cancellationToken).ConfigureAwait(false);
            await InstructionsSheetWriter.WriteAsync(book, schema, styles, cancellationToken).ConfigureAwait(false);
            await book.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
        raw.Position = 0;
        StableZip.Copy(raw, output);
    }

    private static async Task WriteLedgerSheetAsync(Spreadsheet book, LedgerSchema schema, TemplateStyles styles, CancellationToken ct)
    {
        var sheetOptions = new WorksheetOptions { FrozenRows = 1 };
        foreach (var column in schema.Columns)
        {
            var options = sheetOptions.Column(column.Ordinal + 1);
            options.Width = column.Width;
            options.DefaultStyle = TemplateStyles.ForType(column.Type);
        }
        await book.StartWorksheetAsync(schema.Title, sheetOptions, ct).ConfigureAwait(false);

        var header = schema.Columns.Select(c => new Cell(c.Header, c.Required ? styles.RequiredHeader : styles.Header)).ToArray();
        await book.AddRowAsync(header, ct).ConfigureAwait(false);
        var label = LabelColumn(schema);
        var example = schema.Columns.Select(c => ExampleCell(c, c == label, styles)).ToArray();
        await book.AddRowAsync(example, ct).ConfigureAwait(false);

        foreach (var column in schema.Columns)
        {
            var letter = SpreadsheetUtility.GetColumnName(column.Ordinal + 1);
            book.AddNote(letter + "1", $"{TemplateInstructions.RequiredText(column)}。{TemplateInstructions.HowToFill(column)}");
            if (Validation(column) is { } validation)
                book.AddDataValidation(string.Create(CultureInfo.InvariantCulture, $"{letter}2:{letter}{LastRow}"), validation);
        }
    }

    private static Cell ExampleCell(ColumnSpec column, bool isLabel, TemplateStyles styles)
    {
        var style = styles.Example(column.Type);
        var text = column.Example;
        if (isLabel) return new Cell(ExampleRows.Marker + text, style);
        if (text.Length == 0) return new Cell((string?)null, style);
        return column.Type switch
        {
            ColumnType.Date => new Cell(DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), style),
            ColumnType.Amount or ColumnType.Decimal => new Cell(decimal.Parse(text, CultureInfo.InvariantCulture), style),
            ColumnType.Integer => new Cell(int.Parse(text, CultureInfo.InvariantCulture), style),
            _ => new Cell(text, style),
        };
    }

    // Dropdowns block wrong list values; number checks only warn, because the server validates anyway
    // and an accountant pasting from accounting software should not be stopped.
    private static DataValidation? Validation(ColumnSpec column)
    {
        DataValidation? validation = column.Type switch
        {
            ColumnType.List => DataValidation.ListValues(column.AllowedValues),
            ColumnType.Amount or ColumnType.Decimal when column.MustBePositive => DataValidation.DecimalGreaterThan(0),
            ColumnType.Amount or ColumnType.Decimal => DataValidation.DecimalGreaterThanOrEqualTo(0),
            ColumnType.Integer => DataValidation.IntegerGreaterThanOrEqualTo(0),
            _ => null,
        };
        if (validation is null) return null;
        validation.ErrorTitle = column.Header;
        validation.ErrorMessage = TemplateInstructions.HowToFill(column);
        validation.ErrorType = column.Type == ColumnType.List ? ValidationErrorType.Blocking : ValidationErrorType.Warning;
        return validation;
    }
}
