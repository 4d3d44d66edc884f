using BenchmarkDotNet.Attributes;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// <see cref="NewsExtractor.Extract"/> over a whole corpus, one document after the other on one thread, with
/// the stages switched on one by one: each row's difference from the previous one is that stage's cost.
/// Language identification runs in every row (no language is given).
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private NewsExtractor _extractor = null!;
    private string[] _documents = [];

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Benchmarks.Corpus.SeedsName;

    [ParamsSource(nameof(StageSets))]
    public ExtractionStages Stages { get; set; }

    public static IEnumerable<string> CorpusNames => Benchmarks.Corpus.Names;

    public static IEnumerable<ExtractionStages> StageSets =>
    [
        ExtractionStages.None,
        ExtractionStages.Entities,
        ExtractionStages.Entities | ExtractionStages.Countries,
        ExtractionStages.Entities | ExtractionStages.Countries | ExtractionStages.Quantities,
        ExtractionStages.All,
    ];

    [GlobalSetup]
    public void Setup()
    {
        Corpus corpus = Benchmarks.Corpus.Get(Corpus);
        Console.WriteLine($"// corpus {corpus}");
        _documents = corpus.Documents;
        _extractor = new NewsExtractor(new ExtractionOptions { Stages = Stages });
    }

    [Benchmark]
    public int Extract()
    {
        int entities = 0;
        foreach (string document in _documents)
        {
            entities += _extractor.Extract(document).Entities.Count;
        }
        return entities;
    }
}
