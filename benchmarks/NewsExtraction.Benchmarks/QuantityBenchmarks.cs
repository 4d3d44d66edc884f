using BenchmarkDotNet.Attributes;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The cost of the quantity stage over the seed corpus: extraction without stages (tokens, sentences), with the
/// quantity stage alone, and end to end. The stage's cost is <c>QuantitiesOnly - TokensOnly</c>.
/// </summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private string[] _documents = [];
    private readonly NewsExtractor _tokensOnly = new(new ExtractionOptions { Stages = ExtractionStages.None });
    private readonly NewsExtractor _quantitiesOnly = new(new ExtractionOptions { Stages = ExtractionStages.Quantities });
    private readonly NewsExtractor _endToEnd = new();

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.LoadSeeds();
        int quantities = 0;
        foreach (string document in _documents)
        {
            quantities += _quantitiesOnly.Extract(document, Language.French).Entities.Count;
        }
        Console.WriteLine($"// corpus: {_documents.Length} documents, {quantities} quantities per operation");
    }

    [Benchmark(Baseline = true)]
    public int TokensOnly() => Run(_tokensOnly);

    [Benchmark]
    public int QuantitiesOnly() => Run(_quantitiesOnly);

    [Benchmark]
    public int EndToEnd() => Run(_endToEnd);

    private int Run(NewsExtractor extractor)
    {
        int total = 0;
        foreach (string document in _documents)
        {
            total += extractor.Extract(document, Language.French).Entities.Count;
        }
        return total;
    }
}
