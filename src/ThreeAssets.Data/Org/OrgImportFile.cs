using System.Text;
using System.Text.Unicode;

namespace ThreeAssets.Data;

/// <summary>One data line of an org import: the code, name and parent code as written (trimmed).</summary>
public sealed record OrgImportRow(int Line, string Code, string Name, string Parent);

/// <summary>Why a line (0 = the whole file) refuses the import, in Chinese and English.</summary>
public sealed record OrgImportProblem(int Line, string Chinese, string English)
{
    public override string ToString() => Line > 0
        ? $"第 {Line} 行：{Chinese} (line {Line}: {English})"
        : $"{Chinese} ({English})";
}

/// <summary>
/// Reads the district CSV of <c>admin import-org</c> and the admin org page (DESIGN §10): UTF-8 (with or
/// without BOM) when the bytes are valid UTF-8, otherwise GB18030 — what Chinese Excel saves as "CSV" — and a
/// header <c>code,name,parent</c> or <c>代码,名称,上级代码</c> in any column order. Fields may be quoted
/// (a name with a comma, a quote doubled). Line numbers are the file's own, counting the header as line 1,
/// so that the admin finds the line in a text editor or as Excel's row number.
/// </summary>
public static class OrgImportFile
{
    /// <summary>A district of a few thousand villages is well under 1 MB; anything far larger is not an org list.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;

    // GB18030 comes from the code-pages provider, as in Core's CSV reader.
    static OrgImportFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[][] Headers = [["code", "name", "parent"], ["代码", "名称", "上级代码"]];

    public static (IReadOnlyList<OrgImportRow> Rows, IReadOnlyList<OrgImportProblem> Problems) Parse(byte[] file)
    {
        if (file.Length > MaxBytes)
            return ([], [new(0, $"文件超过 {MaxBytes / 1024 / 1024} MB，不像机构名单", $"the file is over {MaxBytes / 1024 / 1024} MB, too large for an org list")]);
        var text = (Utf8.IsValid(file) ? Encoding.UTF8 : Encoding.GetEncoding("GB18030")).GetString(file).TrimStart('\uFEFF');
        var records = Records(text, out var unterminated);
        var problems = new List<OrgImportProblem>();
        if (unterminated is { } openLine)
            return ([], [new(openLine, "引号没有配对，从这一行起直到文件末尾都在一对引号里", "a quote is never closed: the rest of the file sits inside it")]);
        var (headerLine, header) = records.FirstOrDefault(r => r.Fields.Any(f => f.Trim().Length > 0));
        if (header is null)
            return ([], [new(0, "文件是空的，没有表头和数据", "the file is empty")]);
        var columns = Headers.Select(names => names.Select(n => Array.FindIndex(header, h => h.Trim().Equals(n, StringComparison.OrdinalIgnoreCase))).ToArray())
            .FirstOrDefault(c => c.All(i => i >= 0));
        if (columns is null)
            return ([], [new(headerLine, "表头应为 code,name,parent 或 代码,名称,上级代码", "the header must be code,name,parent or 代码,名称,上级代码")]);

        var rows = new List<OrgImportRow>();
        foreach (var (line, fields) in records.Where(r => r.Line > headerLine && r.Fields.Any(f => f.Trim().Length > 0)))
        {
            string Field(int i) => columns[i] < fields.Length ? fields[columns[i]].Trim() : "";
            rows.Add(new OrgImportRow(line, Field(0), Field(1), Field(2)));
        }
        if (rows.Count == 0) problems.Add(new(0, "文件只有表头，没有机构", "the file has a header but no org units"));
        return (rows, problems);
    }

    /// <summary>RFC 4180 records with the line each starts on; quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static List<(int Line, string[] Fields)> Records(string text, out int? unterminated)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1, quoteLine = 0;
        var quoted = false;
        unterminated = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0:
                    quoted = true;
                    quoteLine = line;
                    field.Clear();
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    records.Add((start, fields.ToArray()));
                    fields.Clear();
                    field.Clear();
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted) unterminated = quoteLine;
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((start, fields.ToArray()));
        }
        return records;
    }
}
