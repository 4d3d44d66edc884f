using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The suite's configuration: benchmarks run in this process (BenchmarkDotNet 0.14 cannot generate and build
/// a separate .NET 10 project), with the memory diagnoser and the throughput columns.
/// </summary>
internal static class BenchmarkConfig
{
    /// <param name="quick">A short run for quick checks (1 warm-up, 3 iterations): figures are rough.</param>
    public static IConfig Create(bool quick)
    {
        Job job = (quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance).WithId(quick ? "Quick" : "InProcess");
        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(ThroughputColumn.All)
            .WithOptions(ConfigOptions.JoinSummary);
    }
}
