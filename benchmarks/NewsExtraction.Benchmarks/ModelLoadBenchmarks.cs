using BenchmarkDotNet.Attributes;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// Creating a <see cref="NewsExtractor"/> once the models are in memory (they load once per process and are
/// shared). The cold first load and the memory it takes are measured in fresh processes by <c>--model-load</c>.
/// </summary>
[MemoryDiagnoser]
[NotACorpusPass]
public class ModelLoadBenchmarks
{
    [Benchmark]
    public NewsExtractor CreateExtractor() => new();
}
