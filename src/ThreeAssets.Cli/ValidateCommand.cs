using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using ThreeAssets.Core.Ledgers;
using ThreeAssets.Core.Reading;
using ThreeAssets.Core.Validation;

[assembly: InternalsVisibleTo("ThreeAssets.Core.Tests")]

namespace ThreeAssets.Cli;

/// <summary>
/// <c>validate FILE --kind funds|assets|resources [--period 2026-10|2026-Q4] [--as-of 2026-10-31] [--json]</c>
/// (DESIGN §10). Exit 0 = no errors, 1 = errors found, 2 = file unreadable or bad arguments.
/// Needs no database or server, so an accountant or an inspector can run it on a laptop.
/// </summary>
internal static class ValidateCommand
{
    private const string Usage = "usage: threeassets validate FILE --kind funds|assets|resources [--period 2026-10|2026-Q4] [--as-of 2026-10-31] [--json]";
    private static readonly string[] KnownOptions = ["kind", "period", "json", "as-of"];

    public static Task<int> RunAsync(CliArgs args)
    {
        // The report is Chinese; a Windows console would otherwise print it in the OEM code page.
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Task.FromResult(Run(args, Console.Out, Console.Error));
    }

    internal static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (path, kind, period, asOf) = Parse(args);
        if (!File.Exists(path))
        {
            stderr.WriteLine($"找不到文件：{path} (file not found)");
            return 2;
        }
        ParsedLedger ledger;
        using (var stream = File.OpenRead(path))
            ledger = LedgerReader.Read(stream, Path.GetFileName(path), kind, period, new ReadOptions { AsOf = asOf });
        if (args.Flag("json"))
            ValidateJson.Write(stdout, path, ledger);
        else
            WriteText(stdout, ledger);
        return ledger.Unreadable ? 2 : ledger.Report.CanSubmit ? 0 : 1;
    }

    private static (string Path, LedgerKind Kind, Period? Period, DateOnly? AsOf) Parse(CliArgs args)
    {
        if (args.Positional.Count != 1)
            throw new UsageException(Usage);
        if (args.OptionNames.FirstOrDefault(o => !KnownOptions.Contains(o, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new UsageException($"unknown option --{unknown}\n{Usage}");
        if (!Enum.TryParse<LedgerKind>(args.Option("kind"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
            || int.TryParse(args.Option("kind"), CultureInfo.InvariantCulture, out _))
            throw new UsageException($"--kind must be funds, assets or resources\n{Usage}");
        Period? period = null;
        if (args.Option("period") is { } text)
            period = Period.TryParse(text, out var p) ? p : throw new UsageException($"--period must look like 2026-10 or 2026-Q4, not '{text}'");
        DateOnly? asOf = null;
        if (args.Option("as-of") is { } day)
            asOf = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new UsageException($"--as-of must look like 2026-10-31, not '{day}'");
        return (args.Positional[0], kind, period, asOf);
    }

    private static void WriteText(TextWriter output, ParsedLedger ledger)
    {
        var report = ledger.Report;
        output.WriteLine(CountLine(ledger));
        if (ledger.Period is { } period && ledger.PeriodSource != PeriodSource.Given)
            output.WriteLine($"所属期间：{period.ToChinese()}（{(ledger.PeriodSource == PeriodSource.FileName ? "从文件名读出" : "从表格标题读出")}，可用 --period 指定）");
        if (ledger.FundsSummary is { } s)
            output.WriteLine($"期初余额 {Money.Format(s.Opening)} 元，收入 {Money.Format(s.Income)} 元，支出 {Money.Format(s.Expense)} 元，期末余额 {Money.Format(s.Closing)} 元");
        foreach (var f in report.Findings.OrderBy(f => f.Severity).ThenBy(f => f.Row))
            output.WriteLine($"{(f.Severity == Severity.Error ? "错误" : "提醒")}  {f.Cell ?? "-",-6} {f.Message}  [{f.Code}]");
    }

    /// <summary>"3 处需要修改，其余 197 行已通过" (UX.md): the count comes first.</summary>
    internal static string CountLine(ParsedLedger ledger)
    {
        var report = ledger.Report;
        if (ledger.Unreadable)
            return "文件无法读取，没有检查任何一行：";
        var rowsWithErrors = report.Findings.Where(f => f.Severity == Severity.Error && f.Row > ledger.HeaderRow).Select(f => f.Row).Distinct().Count();
        var passed = Math.Max(0, ledger.RowCount - rowsWithErrors);
        var line = report.ErrorCount == 0 ? $"全部 {ledger.RowCount} 行已通过" : $"{report.ErrorCount} 处需要修改，其余 {passed} 行已通过";
        return report.WarningCount == 0 ? line : line + $"，另有 {report.WarningCount} 处提醒";
    }
}

/// <summary>The JSON shape of DESIGN §10: rows, errors, warnings, issues[], and summary in yuan for funds.</summary>
internal static class ValidateJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, string path, ParsedLedger ledger)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", Path.GetFileName(path));
            json.WriteString("kind", ledger.Kind.ToString().ToLowerInvariant());
            json.WriteString("period", ledger.Period?.ToString());
            json.WriteString("periodSource", ledger.PeriodSource.ToString().ToLowerInvariant());
            json.WriteNumber("rows", ledger.RowCount);
            json.WriteNumber("errors", ledger.Report.ErrorCount);
            json.WriteNumber("warnings", ledger.Report.WarningCount);
            if (ledger.FundsSummary is { } s)
            {
                json.WriteStartObject("summary");
                json.WriteNumber("opening", Money.ToYuan(s.Opening));
                json.WriteNumber("income", Money.ToYuan(s.Income));
                json.WriteNumber("expense", Money.ToYuan(s.Expense));
                json.WriteNumber("closing", Money.ToYuan(s.Closing));
                json.WriteEndObject();
            }
            json.WriteStartArray("issues");
            foreach (var f in ledger.Report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("code", f.Code);
                json.WriteString("severity", f.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("sheet", f.Sheet);
                json.WriteNumber("row", f.Row);
                json.WriteString("column", f.Column);
                json.WriteString("cell", f.Cell);
                json.WriteString("value", f.Value);
                json.WriteString("expected", f.Expected);
                json.WriteString("message", f.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
