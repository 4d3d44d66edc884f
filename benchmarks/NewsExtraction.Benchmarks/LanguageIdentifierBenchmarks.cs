using System.Text;
using BenchmarkDotNet.Attributes;
using NewsExtraction.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// Language identification of every seed article, and of each of their sentences, one pass per operation; and the
/// per-sentence check that picks the entity model (<see cref="SentenceLanguage"/>) over every sentence.
/// </summary>
[MemoryDiagnoser]
public class LanguageIdentifierBenchmarks
{
    private readonly LanguageIdentifier _identifier = LanguageIdentifier.Default;
    private string[] _documents = [];
    private (int Start, int Length)[] _sentences = [];
    private string _text = "";
    private (string Text, Token[] Tokens, Sentence[] Sentences)[] _tokenized = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.LoadSeeds();
        // All sentences, as ranges of one string, so that the benchmark slices without allocating.
        var text = new StringBuilder();
        var sentences = new List<(int, int)>();
        var tokenized = new List<(string, Token[], Sentence[])>();
        var tokens = new Token[_documents.Max(d => d.Length)];
        var spans = new Sentence[tokens.Length];
        foreach (string document in _documents)
        {
            int tokenCount = Tokenizer.Tokenize(document, tokens);
            int n = SentenceSplitter.Split(document, tokens.AsSpan(0, tokenCount), spans);
            foreach (Sentence sentence in spans.AsSpan(0, n))
            {
                sentences.Add((text.Length + sentence.Start, sentence.End - sentence.Start));
            }
            tokenized.Add((document, tokens[..tokenCount], spans[..n]));
            text.Append(document);
        }
        _text = text.ToString();
        _sentences = [.. sentences];
        _tokenized = [.. tokenized];
        long bytes = _documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        Console.WriteLine($"// corpus: {_documents.Length} documents, {bytes} UTF-8 bytes, {_sentences.Length} sentences per operation");
    }

    [Benchmark]
    public int IdentifyDocuments()
    {
        int french = 0;
        foreach (string document in _documents)
        {
            french += _identifier.Identify(document) == Language.French ? 1 : 0;
        }
        return french;
    }

    [Benchmark]
    public int IdentifySentences()
    {
        int french = 0;
        foreach ((int start, int length) in _sentences)
        {
            french += _identifier.Identify(_text.AsSpan(start, length)) == Language.French ? 1 : 0;
        }
        return french;
    }

    [Benchmark]
    public int SentenceLanguageOfSentences()
    {
        int switched = 0;
        foreach ((string text, Token[] tokens, Sentence[] sentences) in _tokenized)
        {
            foreach (Sentence sentence in sentences)
            {
                switched += SentenceLanguage.Of(text, tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), Language.French) == Language.English ? 1 : 0;
            }
        }
        return switched;
    }
}
