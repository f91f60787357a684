using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Core.Reading;

/// <summary>HDR- findings: required columns missing, a column named twice, header cells not understood.</summary>
internal static class HeaderFindings
{
    public static void Add(LedgerSchema schema, SheetLayout layout, string sheet, List<Finding> findings)
    {
        foreach (var spec in schema.Columns.Where(c => c.Required && !layout.Has(c)))
        {
            var also = spec.Aliases.Concat(schema.SplitHeaders.Where(s => s.Target == spec).Select(s => s.Header));
            findings.Add(Rules.HeaderMissing.At(new CellSite(sheet, layout.FirstHeaderRow, spec.Header), null,
                also.Any() ? string.Join('、', also) : "无"));
        }
        foreach (var (spec, first, second) in layout.Duplicates)
        {
            var both = $"{SheetLayout.Letter(first)} 列「{layout.Headers[first]}」和 {SheetLayout.Letter(second)} 列「{layout.Headers[second]}」";
            findings.Add(Rules.HeaderDuplicate.At(
                new CellSite(sheet, layout.LastHeaderRow, spec.Header, SheetLayout.Cell(second, layout.LastHeaderRow)), both));
        }
        foreach (var (row, index, text) in layout.Unknown)
        {
            findings.Add(Rules.HeaderUnknown.At(new CellSite(sheet, row, text, SheetLayout.Cell(index, row)), text, null,
                schema.Title, schema.TitleEn));
        }
    }
}
