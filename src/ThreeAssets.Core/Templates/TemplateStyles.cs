using SpreadCheetah;
using SpreadCheetah.Styling;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Core.Templates;

/// <summary>The styles a template uses, registered once per workbook.</summary>
internal sealed class TemplateStyles
{
    private static readonly System.Drawing.Color HeaderFill = System.Drawing.Color.FromArgb(0xDD, 0xEB, 0xF7);
    private static readonly System.Drawing.Color RequiredRed = System.Drawing.Color.FromArgb(0xC0, 0x00, 0x00);
    private static readonly System.Drawing.Color ExampleGrey = System.Drawing.Color.FromArgb(0x59, 0x59, 0x59);

    private readonly Dictionary<ColumnType, StyleId> _example = [];

    public TemplateStyles(Spreadsheet book)
    {
        Header = book.AddStyle(HeaderStyle(color: null));
        RequiredHeader = book.AddStyle(HeaderStyle(RequiredRed));
        Title = book.AddStyle(new Style { Font = { Bold = true, Size = 16 } });
        Bold = book.AddStyle(new Style { Font = { Bold = true } });
        Wrap = book.AddStyle(new Style { Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });
        foreach (var type in Enum.GetValues<ColumnType>())
        {
            var style = ForType(type) ?? new Style();
            style.Font.Italic = true;
            style.Font.Color = ExampleGrey;
            _example[type] = book.AddStyle(style);
        }
    }

    public StyleId Header { get; }

    /// <summary>Header of a required column: red text, explained on the 说明 sheet.</summary>
    public StyleId RequiredHeader { get; }

    public StyleId Title { get; }

    public StyleId Bold { get; }

    public StyleId Wrap { get; }

    /// <summary>Grey italics, so the example row reads as a sample rather than data.</summary>
    public StyleId Example(ColumnType type) => _example[type];

    /// <summary>
    /// The format a column's cells get, also for rows the accountant adds. Text columns are formatted
    /// as text so that codes keep their leading zeros (科目编码 0101 stays 0101).
    /// </summary>
    public static Style? ForType(ColumnType type) => type switch
    {
        ColumnType.Amount => new Style { Format = NumberFormat.Custom(TemplateWriter.AmountFormat) },
        ColumnType.Date => new Style { Format = NumberFormat.Custom(TemplateWriter.DateFormat) },
        ColumnType.Integer => new Style { Format = NumberFormat.Standard(StandardNumberFormat.NoDecimalPlaces) },
        ColumnType.Text => new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) },
        _ => null,
    };

    private static Style HeaderStyle(System.Drawing.Color? color) => new()
    {
        Font = { Bold = true, Color = color },
        Fill = { Color = HeaderFill },
        Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
    };
}
