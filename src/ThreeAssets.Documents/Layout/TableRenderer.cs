using PdfSharp.Drawing;

namespace ThreeAssets.Documents.Layout;

/// <summary>
/// Lays a <see cref="TableBlock"/> out on a <see cref="PageFlow"/>: cells wrap, rows never split, and a
/// table that runs over a page repeats its caption (marked 续) and its header row on the next one, so
/// every posted sheet can be read on its own.
/// </summary>
internal static class TableRenderer
{
    private const double PadX = 2.5;
    private const double PadY = 2;
    private const double CaptionGap = 3;
    private const double AfterTable = 10;

    public static void Draw(PageFlow flow, TableBlock table)
    {
        var style = flow.Style;
        var widths = Widths(table, flow.Width);
        var header = new TableRow(table.Columns.Select(c => c.Header).ToList(), Emphasis: true);
        var headerLayout = Layout(flow, header, widths);
        var captionHeight = NoticeStyle.LineHeight(style.Heading) + CaptionGap;

        // Keep the caption with the header and at least the first row.
        var first = table.Rows.Count > 0 ? Layout(flow, table.Rows[0], widths).Height : 0;
        flow.EnsureSpace(captionHeight + headerLayout.Height + first);
        DrawCaption(flow, table.Caption);
        DrawRow(flow, header, headerLayout, widths, table.Columns, isHeader: true);

        foreach (var row in table.Rows)
        {
            var layout = Layout(flow, row, widths);
            if (!flow.Fits(layout.Height))
            {
                flow.NewPage();
                DrawCaption(flow, table.Caption + "（续）");
                DrawRow(flow, header, headerLayout, widths, table.Columns, isHeader: true);
            }
            DrawRow(flow, row, layout, widths, table.Columns, isHeader: false);
        }
        flow.Y += AfterTable;
    }

    private static void DrawCaption(PageFlow flow, string caption)
    {
        var height = NoticeStyle.LineHeight(flow.Style.Heading);
        flow.Gfx.DrawString(caption, flow.Style.Heading, flow.Style.Ink,
            new XRect(PageFlow.Left, flow.Y, flow.Width, height), XStringFormats.CenterLeft);
        flow.Y += height + CaptionGap;
    }

    private static void DrawRow(PageFlow flow, TableRow row, RowLayout layout, double[] widths,
        IReadOnlyList<TableColumn> columns, bool isHeader)
    {
        var style = flow.Style;
        var gfx = flow.Gfx;
        var fill = isHeader ? style.HeaderFill : row.Emphasis ? style.EmphasisFill : null;

        // Grid first, then all the text: PDFsharp leaves and re-enters text mode whenever drawing
        // switches between shapes and text, so one switch per row instead of one per cell.
        var x = PageFlow.Left;
        foreach (var width in widths)
        {
            var cell = new XRect(x, flow.Y, width, layout.Height);
            if (fill is not null) gfx.DrawRectangle(style.Grid, fill, cell);
            else gfx.DrawRectangle(style.Grid, cell);
            x += width;
        }

        var font = row.Emphasis ? style.TableBold : style.Table;
        var lineHeight = NoticeStyle.LineHeight(font);
        x = PageFlow.Left;
        for (var i = 0; i < widths.Length; i++)
        {
            // Headers are centred; amounts right-aligned so that digits line up; text left.
            var format = isHeader ? XStringFormats.Center : columns[i].AlignRight ? XStringFormats.CenterRight : XStringFormats.CenterLeft;
            var lines = layout.Lines[i];
            var top = flow.Y + (layout.Height - lines.Count * lineHeight) / 2;
            foreach (var line in lines)
            {
                // Blank cells are common (the unused side of income/expense); drawing nothing is cheaper.
                if (line.Length > 0)
                    gfx.DrawString(line, font, style.Ink, new XRect(x + PadX, top, widths[i] - 2 * PadX, lineHeight), format);
                top += lineHeight;
            }
            x += widths[i];
        }
        flow.Y += layout.Height;
    }

    private sealed record RowLayout(List<string>[] Lines, double Height);

    private static RowLayout Layout(PageFlow flow, TableRow row, double[] widths)
    {
        var font = row.Emphasis ? flow.Style.TableBold : flow.Style.Table;
        var lines = new List<string>[widths.Length];
        var most = 1;
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < row.Cells.Count ? row.Cells[i] : "";
            lines[i] = TextWrap.Lines(text, font, widths[i] - 2 * PadX, flow.Gfx);
            most = Math.Max(most, lines[i].Count);
        }
        return new RowLayout(lines, most * NoticeStyle.LineHeight(font) + 2 * PadY);
    }

    private static double[] Widths(TableBlock table, double total)
    {
        var sum = table.Columns.Sum(c => c.Weight);
        return table.Columns.Select(c => c.Weight / sum * total).ToArray();
    }
}
