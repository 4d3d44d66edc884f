using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// Issue 13: every stage linear in document length. One operation extracts one document of 1 or 10 MB (characters)
/// end to end: the seed articles repeated (prose), or short repeated quotes (<c>« Non », a dit X. Il a ajouté : « Oui ».</c>),
/// which once made the speaker search walk back over every earlier quote. Linear means the 10 MB row costs about ten
/// times the 1 MB row (the bound: at most ~12).
/// </summary>
[NotACorpusPass]
[Config(typeof(Config))]
public class DocumentSizeBenchmarks
{
    // Seconds per operation: one warm-up and three measured extractions each (the suite's default job would run
    // each a hundred times).
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            UnionRule = ConfigUnionRule.AlwaysUseLocal;
            Add(DefaultConfig.Instance);
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithInvocationCount(1).WithUnrollFactor(1).WithId("Size"));
            AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
            WithBuildTimeout(TimeSpan.FromMinutes(15));
        }
    }

    private const string Quotes = "« Non », a dit X. Il a ajouté : « Oui ».\n";
    private readonly NewsExtractor _extractor = new();
    private string _document = "";

    [Params("prose", "quotes")]
    public string Kind { get; set; } = "prose";

    [Params(1, 10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string unit = Kind == "quotes" ? Quotes : string.Join("\n\n", Corpus.LoadSeeds()) + "\n\n";
        int length = Megabytes * 1_000_000;
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }
        _document = text.ToString(0, length);
        _extractor.Extract("Warm-up: Emmanuel Macron a dit « oui » à 12 soldats.", Language.French);
    }

    [Benchmark]
    public int Extract() => _extractor.Extract(_document, Language.French).Entities.Count;
}
