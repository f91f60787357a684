using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Walks the sheets of one upload: finds the table, then streams its rows through the shared CELL
/// rules (<see cref="RowValues"/>) into the kind's row rules (<see cref="LedgerChecks"/>).
/// </summary>
internal sealed class SheetParser(LedgerKind kind, ReadOptions options, SheetSource source, Period? period, PeriodSource periodSource)
{
    private readonly LedgerSchema _schema = LedgerSchema.For(kind);
    private readonly ReaderLimits _limits = options.Limits;

    public ParsedLedger Parse()
    {
        (string Sheet, BufferedRow Row)? closest = null;
        do
        {
            var top = BufferTop();
            if (HeaderLocator.Locate(_schema, top) is { } layout)
                return WithOtherSheets(ParseTable(layout, top));
            if (closest is null && HeaderLocator.Closest(top) is { } row)
                closest = (source.SheetName, row);
        }
        while (source.NextSheet());

        var finding = Rules.FileNoHeader.At(new CellSite(closest?.Sheet ?? "", closest?.Row.Number ?? 0),
            closest is null ? "" : string.Join(' ', closest.Value.Row.Cells.OfType<string>().Take(8)),
            string.Join('、', _schema.Columns.Where(c => c.Required).Select(c => c.Header)), _schema.Title, _schema.TitleEn);
        return new ParsedLedger { Kind = kind, Period = period, PeriodSource = periodSource, Report = new ValidationReport([finding, .. Oversized(null)]) };
    }

    /// <summary>
    /// A workbook with one sheet per month would otherwise lose months without a word; reading them
    /// all is no answer either (a 汇总 sheet has the same columns), so the accountant is told.
    /// </summary>
    private ParsedLedger WithOtherSheets(ParsedLedger ledger)
    {
        var others = new List<Finding>();
        while (source.NextSheet())
        {
            if (HeaderLocator.Locate(_schema, BufferTop()) is not null)
                others.Add(Rules.HeaderOtherSheet.At(new CellSite(source.SheetName, 0), source.SheetName, ledger.Sheet, _schema.Title, _schema.TitleEn));
        }
        return others.Count == 0 ? ledger : ledger with { Report = new ValidationReport([.. ledger.Report.Findings, .. others]) };
    }

    /// <summary>Copies the non-empty rows among the first rows, all padded to one width, for the header search.</summary>
    private List<BufferedRow> BufferTop()
    {
        var rows = new List<BufferedRow>();
        while (source.ReadRow())
        {
            if (!source.IsEmpty)
                rows.Add(new BufferedRow(source.RowNumber, source.Cells[..source.Width]));
            if (source.RowNumber > _limits.HeaderSearchRows) break;
        }
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Length);
        return rows.ConvertAll(r => r.Cells.Length == width ? r : r with { Cells = [.. r.Cells, .. new object?[width - r.Cells.Length]] });
    }

    private ParsedLedger ParseTable(SheetLayout layout, List<BufferedRow> top)
    {
        var sheet = source.SheetName;
        var findings = new List<Finding>();
        HeaderFindings.Add(_schema, layout, sheet, findings);
        var (usedPeriod, usedSource) = (period, periodSource);
        if (usedPeriod is null && PeriodInference.FromTitle(layout.Title) is { } fromTitle)
            (usedPeriod, usedSource) = (fromTitle, PeriodSource.Title);
        // Transactions must fall inside the period; a snapshot's rows are not dated by it.
        if (usedPeriod is null && !LedgerKinds.Of(kind).IsSnapshot)
            findings.Add(Rules.HeaderNoPeriod.At(new CellSite(sheet, 0)));

        var checks = LedgerChecks.For(kind, new CheckContext(sheet, usedPeriod, options, layout, findings));
        var values = new RowValues(_schema, layout, sheet, findings, usedPeriod);
        var yearHint = layout.HeaderYear ?? PeriodInference.YearIn(layout.Title) ?? usedPeriod?.Year;
        var summaryIndex = LedgerKinds.Of(kind).MarkerColumn is { } marker ? layout.IndexOf(marker) : -1;
        var afterNotes = false;
        var rowsRead = 0;

        bool Process(object?[] cells, int width, int row)
        {
            width = source.FillMerged(cells, width, row);
            if (++rowsRead > _limits.MaxRows)
            {
                findings.Add(Rules.FileTooManyRows.At(new CellSite(sheet, row), null,
                    _limits.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return false;
            }
            var marker = RowMarkers.Classify(cells, width, summaryIndex);
            afterNotes |= marker == RowMarker.Note;
            // Under the signature rows, a line of text only is more of the note, not a data row.
            if (marker is RowMarker.Note or RowMarker.Example || afterNotes && marker == RowMarker.None && !HasNumberOrDate(cells, width)
                || marker == RowMarker.None && RepeatsHeader(layout, cells, width))
                return true;
            values.Load(cells, width, row, checkRequired: marker == RowMarker.None, yearHint);
            if (marker == RowMarker.None) checks.OnRow(values);
            else checks.OnMarker(marker, values);
            return true;
        }

        var going = top.Where(r => r.Number > layout.LastHeaderRow).All(r => Process(r.Cells, r.Cells.Length, r.Number));
        var emptyRun = 0;
        while (going && source.ReadRow())
        {
            if (source.IsEmpty)
            {
                // A stray cell at XFD1048576 makes the reader walk a million empty rows; stop well before.
                if (++emptyRun > _limits.MaxEmptyRowRun) break;
                continue;
            }
            emptyRun = 0;
            going = Process(source.Cells, source.Width, source.RowNumber);
        }
        checks.Finish();
        return Result(checks, layout, sheet, usedPeriod, usedSource, findings);
    }

    /// <summary>One finding per cell longer than Excel allows, named by its header when it lies under the table's.</summary>
    private IEnumerable<Finding> Oversized(SheetLayout? layout) => source.Oversized.Select(cell => Rules.CellOverExcelLimit.At(
        new CellSite(cell.Sheet, cell.Row, layout is not null && cell.Column < layout.Headers.Length && cell.Row > layout.LastHeaderRow
            ? layout.Headers[cell.Column] : null, SheetLayout.Cell(cell.Column, cell.Row)),
        SheetLayout.Cell(cell.Column, cell.Row), SheetSource.MaxCellChars.ToString(System.Globalization.CultureInfo.InvariantCulture),
        cell.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Printed ledgers repeat the header on every page; such a row is not data.</summary>
    private static bool RepeatsHeader(SheetLayout layout, object?[] cells, int width)
    {
        var same = 0;
        for (var i = 0; i < width && i < layout.Headers.Length; i++)
        {
            if (cells[i] is string text && layout.Headers[i].Length > 0 && text.Trim() == layout.Headers[i] && ++same >= 3)
                return true;
        }
        return false;
    }

    private static bool HasNumberOrDate(object?[] cells, int width)
    {
        for (var i = 0; i < width; i++)
            if (cells[i] is double or DateTime) return true;
        return false;
    }

    private ParsedLedger Result(LedgerChecks checks, SheetLayout layout, string sheet, Period? usedPeriod, PeriodSource usedSource, List<Finding> findings)
    {
        findings.AddRange(Oversized(layout));
        if (checks.RowsRead.Count == 0)
            findings.Add(Rules.FileNoRows.At(new CellSite(sheet, layout.LastHeaderRow)));
        return new ParsedLedger
        {
            Kind = kind, Period = usedPeriod, PeriodSource = usedSource, Sheet = sheet, HeaderRow = layout.FirstHeaderRow,
            Columns = layout.Columns, Report = new ValidationReport(findings), Rows = checks.RowsRead, FundsSummary = checks.Summary,
        };
    }
}
