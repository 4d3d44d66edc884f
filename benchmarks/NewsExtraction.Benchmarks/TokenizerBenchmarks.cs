using System.Text;
using BenchmarkDotNet.Attributes;
using NewsExtraction.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>Tokenization and sentence splitting over the whole seed corpus, one pass per operation.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string[] _documents = [];
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.LoadSeeds();
        int longest = _documents.Max(d => d.Length);
        _tokens = new Token[longest];
        _sentences = new Sentence[longest];
        long bytes = _documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        long tokens = _documents.Sum(d => (long)Tokenizer.Tokenize(d, _tokens));
        Console.WriteLine($"// corpus: {_documents.Length} documents, {bytes} UTF-8 bytes, {tokens} tokens per operation");
    }

    [Benchmark]
    public int Tokenize()
    {
        int total = 0;
        foreach (string document in _documents)
        {
            total += Tokenizer.Tokenize(document, _tokens);
        }
        return total;
    }

    [Benchmark]
    public int TokenizeAndSplitSentences()
    {
        int total = 0;
        foreach (string document in _documents)
        {
            int n = Tokenizer.Tokenize(document, _tokens);
            total += SentenceSplitter.Split(document, _tokens.AsSpan(0, n), _sentences);
        }
        return total;
    }
}
