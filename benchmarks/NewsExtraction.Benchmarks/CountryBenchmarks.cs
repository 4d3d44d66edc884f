using BenchmarkDotNet.Attributes;
using NewsExtraction.Countries;
using NewsExtraction.Names;
using NewsExtraction.Pipeline;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The country and name stages over the seed corpus, beside the whole pipeline with and without them, so that
/// their share of end-to-end time can be read off (target: at most 10%).
/// </summary>
[MemoryDiagnoser]
public class CountryBenchmarks
{
    private readonly OrganizationTagger _organizations = new();
    private readonly CountryResolver _countries = new();
    private readonly CanonicalNames _names = new();
    private NewsExtractor _all = null!;
    private NewsExtractor _withoutCountries = null!;
    private string[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.LoadSeeds();
        _all = new NewsExtractor(new ExtractionOptions { Stages = ExtractionStages.All });
        _withoutCountries = new NewsExtractor(new ExtractionOptions { Stages = ExtractionStages.All & ~ExtractionStages.Countries });
    }

    /// <summary>Tokenizing into a document context: the baseline the stage benchmark includes.</summary>
    [Benchmark(Baseline = true)]
    public int DocumentContextOnly()
    {
        int tokens = 0;
        foreach (string text in _documents)
        {
            using var document = new DocumentContext(text) { Language = Language.French, ModelLanguage = Language.French };
            tokens += document.TokenCount;
        }
        return tokens;
    }

    /// <summary>The dictionary pass for organisations, the country resolver and canonical names, after tokenizing.</summary>
    [Benchmark]
    public int CountryAndNameStages()
    {
        int entities = 0;
        foreach (string text in _documents)
        {
            using var document = new DocumentContext(text) { Language = Language.French, ModelLanguage = Language.French };
            _organizations.Process(document);
            _countries.Process(document);
            _names.Process(document);
            entities += document.Entities.Length;
        }
        return entities;
    }

    /// <summary>The whole pipeline.</summary>
    [Benchmark]
    public int EndToEnd() => Run(_all);

    /// <summary>The whole pipeline without the country and name stages.</summary>
    [Benchmark]
    public int EndToEndWithoutCountries() => Run(_withoutCountries);

    private int Run(NewsExtractor extractor)
    {
        int entities = 0;
        foreach (string text in _documents)
        {
            entities += extractor.Extract(text, Language.French).Entities.Count;
        }
        return entities;
    }
}
