using BenchmarkDotNet.Attributes;
using NewsExtraction.Dates;
using NewsExtraction.Pipeline;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The date stage alone, on documents the stages before it have already processed, beside the whole pipeline on
/// the same texts and with the same document date: the stage must cost at most 5 % of end-to-end time.
/// </summary>
/// <remarks>
/// Each pass takes the dates it found out again, so that the next pass scans the same document (a date already
/// there would stop the scan at its first word); that removal is counted in the stage's time.
/// </remarks>
[MemoryDiagnoser]
public class DateBenchmarks
{
    // A Tuesday: weekdays resolve, and the tense of their verbs is read.
    private static readonly DateOnly DocumentDate = new(2024, 10, 22);

    private readonly DateRecognizer _dates = new();
    private readonly NewsExtractor _extractor = new();
    private string[] _texts = [];
    private Language[] _languages = [];
    private DocumentContext[] _documents = [];

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Benchmarks.Corpus.SeedsName;

    public static IEnumerable<string> CorpusNames => Benchmarks.Corpus.Names;

    [GlobalSetup]
    public void Setup()
    {
        Corpus corpus = Benchmarks.Corpus.Get(Corpus);
        _texts = corpus.Documents;
        _languages = [.. _texts.Select(text => _extractor.Extract(text).Language)];
        IDocumentStage[] earlier = NewsExtractor.CreateStages(ExtractionStages.Entities | ExtractionStages.Countries);
        _documents = new DocumentContext[_texts.Length];
        for (int d = 0; d < _texts.Length; d++)
        {
            var document = new DocumentContext(_texts[d]) { Language = _languages[d], ModelLanguage = _languages[d], Date = DocumentDate };
            foreach (IDocumentStage stage in earlier)
            {
                stage.Process(document);
            }
            _documents[d] = document;
        }
        Console.WriteLine($"// corpus {corpus}, {DateStage()} dates per operation");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (DocumentContext document in _documents)
        {
            document.Dispose();
        }
    }

    [Benchmark]
    public int DateStage()
    {
        int total = 0;
        foreach (DocumentContext document in _documents)
        {
            _dates.Process(document);
            for (int e = document.Entities.Length - 1; e >= 0; e--)
            {
                if (document.Entities[e].Type == EntityType.Date)
                {
                    document.RemoveEntityAt(e);
                    total++;
                }
            }
        }
        return total;
    }

    [Benchmark(Baseline = true)]
    public int EndToEnd()
    {
        int total = 0;
        for (int d = 0; d < _texts.Length; d++)
        {
            total += _extractor.Extract(_texts[d], _languages[d], DocumentDate).Entities.Count;
        }
        return total;
    }
}
