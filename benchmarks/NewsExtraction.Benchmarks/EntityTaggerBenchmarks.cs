using BenchmarkDotNet.Attributes;
using NewsExtraction.Entities;
using NewsExtraction.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// Entity tagging over the whole seed corpus with the embedded French model, one pass per operation:
/// tokens/s = the token count printed at setup / the mean time.
/// </summary>
[MemoryDiagnoser]
public class EntityTaggerBenchmarks
{
    private readonly NewsExtractor _extractor = new(new ExtractionOptions { Stages = ExtractionStages.Entities });
    private string[] _documents = [];
    private Token[][] _tokens = [];
    private Sentence[][] _sentences = [];
    private byte[] _labels = [];
    private NerModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.LoadSeeds();
        _model = EntityRecognizer.ModelFor(Language.French);
        _tokens = new Token[_documents.Length][];
        _sentences = new Sentence[_documents.Length][];
        long tokens = 0;
        for (int d = 0; d < _documents.Length; d++)
        {
            var buffer = new Token[_documents[d].Length];
            int n = Tokenizer.Tokenize(_documents[d], buffer);
            _tokens[d] = buffer[..n];
            var sentences = new Sentence[Math.Max(1, n)];
            _sentences[d] = sentences[..SentenceSplitter.Split(_documents[d], _tokens[d], sentences)];
            tokens += n;
        }
        _labels = new byte[_tokens.Max(t => t.Length)];
        Console.WriteLine($"// corpus: {_documents.Length} documents, {tokens} tokens per operation");
    }

    /// <summary>The model alone: features, scores and Viterbi over pre-tokenized sentences.</summary>
    [Benchmark]
    public int TagSentences()
    {
        int total = 0;
        for (int d = 0; d < _documents.Length; d++)
        {
            foreach (Sentence sentence in _sentences[d])
            {
                _model.Tag(_documents[d], _tokens[d].AsSpan(sentence.FirstToken, sentence.TokenCount), _labels);
                total += _labels[0];
            }
        }
        return total;
    }

    /// <summary>The pipeline with only the entity stage: tokenizing, splitting sentences, tagging, making entities.</summary>
    [Benchmark]
    public int ExtractEntities()
    {
        int total = 0;
        foreach (string document in _documents)
        {
            total += _extractor.Extract(document, Language.French).Entities.Count;
        }
        return total;
    }
}
