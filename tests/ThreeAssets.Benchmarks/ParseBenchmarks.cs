using BenchmarkDotNet.Attributes;

namespace ThreeAssets.Benchmarks;

/// <summary>
/// Parse + validate a funds ledger with the engine, side by side with a ClosedXML full load of the
/// same file. <c>dotnet run -c Release --project tests/ThreeAssets.Benchmarks -- --filter *Parse*</c>
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _path = "";

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _path = FundsWorkbookGenerator.WriteAsync(Rows).GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public int Engine() => Parsers.Engine(_path);

    [Benchmark]
    public int ClosedXml() => Parsers.ClosedXml(_path);
}
