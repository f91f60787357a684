using BenchmarkDotNet.Running;
using ThreeAssets.Benchmarks;

// dotnet run -c Release --project tests/ThreeAssets.Benchmarks -- peak 100000   (timed runs + peak working set)
// dotnet run -c Release --project tests/ThreeAssets.Benchmarks -- --filter *    (BenchmarkDotNet)
switch (args.FirstOrDefault())
{
    case "peak":
        return await PeakMode.RunAsync(args[1..]);
    case "peak-one":
        return PeakMode.RunOne(args[1], args[2]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
