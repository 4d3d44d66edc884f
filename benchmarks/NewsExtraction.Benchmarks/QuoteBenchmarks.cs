using BenchmarkDotNet.Attributes;
using NewsExtraction.Pipeline;
using NewsExtraction.Quotes;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The quote stage alone over the seed corpus, on documents the earlier stages have already processed, beside the
/// whole pipeline on the same texts: the stage must cost at most a tenth of end-to-end time.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly QuoteExtractor _quotes = new();
    private readonly NewsExtractor _extractor = new();
    private string[] _texts = [];
    private DocumentContext[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.LoadSeeds();
        IDocumentStage[] earlier = NewsExtractor.CreateStages(ExtractionStages.All & ~ExtractionStages.Quotes);
        _documents = [.. _texts.Select(text =>
        {
            var document = new DocumentContext(text) { Language = Language.French, ModelLanguage = Language.French };
            foreach (IDocumentStage stage in earlier)
            {
                stage.Process(document);
            }
            return document;
        })];
        Console.WriteLine($"// corpus: {_texts.Length} documents, {_texts.Sum(t => t.Length)} characters, {QuoteStage()} quotes per operation");
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
    public int QuoteStage()
    {
        int total = 0;
        foreach (DocumentContext document in _documents)
        {
            document.Quotes.Clear();
            _quotes.Process(document);
            total += document.Quotes.Count;
        }
        return total;
    }

    [Benchmark(Baseline = true)]
    public int EndToEnd()
    {
        int total = 0;
        foreach (string text in _texts)
        {
            total += _extractor.Extract(text, Language.French).Quotes.Count;
        }
        return total;
    }
}
