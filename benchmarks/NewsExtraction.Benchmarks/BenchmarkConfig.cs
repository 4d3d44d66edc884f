using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The suite's configuration: BenchmarkDotNet's default toolchain (each benchmark in a separate process built
/// from this project), with the memory diagnoser and the throughput columns.
/// </summary>
internal static class BenchmarkConfig
{
    /// <param name="quick">A short run for quick checks (1 warm-up, 3 iterations): figures are rough.</param>
    public static IConfig Create(bool quick)
    {
        Job job = quick ? Job.ShortRun.WithId("Quick") : Job.Default;
        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(ThroughputColumn.All)
            // Room for stage sets such as "Entities, Countries, Quantities".
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40))
            // Building the generated project (the library, the CLI and their dependencies) took over the default two
            // minutes on two busy cores.
            .WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
