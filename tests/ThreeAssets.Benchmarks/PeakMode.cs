using System.Diagnostics;
using System.Globalization;

namespace ThreeAssets.Benchmarks;

/// <summary>
/// <c>peak [ROWS]</c>: writes the ledger, then parses it in a fresh process per parser and prints a
/// first (cold) run, the best of three warm runs in wall-clock and CPU time (CPU time stays honest
/// on a busy machine), the working set before parsing, and the process's peak working set — the
/// numbers BenchmarkDotNet does not give. Targets for 100k rows: ≤ 0.6 s warm, ≤ 120 MB peak.
/// </summary>
internal static class PeakMode
{
    private static readonly string[] ParserNames = ["engine", "closedxml", "exceldatareader", "xmlscan"];

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var path = await FundsWorkbookGenerator.WriteAsync(rows);
        Console.WriteLine($"{rows} rows, {new FileInfo(path).Length / 1024.0 / 1024:0.00} MB: {path}");
        Console.WriteLine($"{"parser",-16} {"result",8} {"cold ms",8} {"warm ms",8} {"warm cpu ms",12} {"base WS MB",11} {"peak WS MB",11} {"peak all runs",14} {"kept MB",8}");
        foreach (var parser in ParserNames)
        {
            using var child = StartSelf("peak-one", parser, path);
            Console.WriteLine(await child.StandardOutput.ReadToEndAsync());
            await child.WaitForExitAsync();
        }
        return 0;
    }

    /// <summary>In the child process: one cold run, then three warm runs.</summary>
    public static int RunOne(string parser, string path)
    {
        using var self = Process.GetCurrentProcess();
        var baseline = Megabytes(self.WorkingSet64);
        var watch = Stopwatch.StartNew();
        var result = Parsers.Run(parser, path);
        var cold = watch.Elapsed.TotalMilliseconds;
        self.Refresh();
        var peakCold = Megabytes(self.PeakWorkingSet64);
        double warm = double.MaxValue, warmCpu = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            watch.Restart();
            Parsers.Run(parser, path);
            warm = Math.Min(warm, watch.Elapsed.TotalMilliseconds);
            self.Refresh();
            warmCpu = Math.Min(warmCpu, (self.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        self.Refresh();
        var peakAll = Megabytes(self.PeakWorkingSet64);
        Console.Write(string.Create(CultureInfo.InvariantCulture,
            $"{parser,-16} {result,8} {cold,8:0} {warm,8:0} {warmCpu,12:0} {baseline,11:0} {peakCold,11:0} {peakAll,14:0} {Kept(parser, path),8:0.0}"));
        return 0;
    }

    /// <summary>Managed memory the engine's result holds on to (rows, report); the others keep nothing.</summary>
    private static double Kept(string parser, string path)
    {
        if (parser != "engine") return 0;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = Parsers.EngineResult(path);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        return Megabytes(after - before);
    }

    private static double Megabytes(long bytes) => bytes / 1024.0 / 1024;

    // Under `dotnet run` the process is the app host; under `dotnet X.dll` it is dotnet itself.
    private static Process StartSelf(params string[] args)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            info.ArgumentList.Add(typeof(PeakMode).Assembly.Location);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start " + host);
    }
}
