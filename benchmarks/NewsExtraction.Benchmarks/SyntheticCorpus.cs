using System.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// A larger French and English corpus: sentences of the seed articles (French) and of the shared NER dev
/// files (French and English, detokenized), shuffled with a fixed seed and regrouped into documents of one
/// language each. Deterministic: the same shared data always gives the same corpus.
/// </summary>
internal static class SyntheticCorpus
{
    private const int Seed = 20251121;
    private const int SentencesPerDocument = 30;

    private static readonly string[] FrenchDevFiles = ["wikineural-fr.dev.conll", "newseye-fr.dev.conll", "europeana-fr.dev.conll"];
    private static readonly string[] EnglishDevFiles = ["conll2003-en.dev.conll", "wikineural-en.dev.conll", "wikigold-en.dev.conll", "uner-ewt-en.dev.conll"];

    /// <summary>Alternating French and English documents, <paramref name="documentsPerLanguage"/> of each.</summary>
    public static string[] Build(int documentsPerLanguage)
    {
        var random = new Random(Seed);
        string ner = Corpus.FindShared(Path.Combine("data", "ner"))
            ?? throw new DirectoryNotFoundException("../shared/data/ner not found beside the repository.");
        List<string> french = [.. SeedSentences(), .. FrenchDevFiles.SelectMany(f => ConllSentences(Path.Combine(ner, f)))];
        List<string> english = [.. EnglishDevFiles.SelectMany(f => ConllSentences(Path.Combine(ner, f)))];
        var frenchDocuments = new Documents(french, random);
        var englishDocuments = new Documents(english, random);
        var documents = new string[2 * documentsPerLanguage];
        for (int i = 0; i < documentsPerLanguage; i++)
        {
            documents[2 * i] = frenchDocuments.Next();
            documents[2 * i + 1] = englishDocuments.Next();
        }
        return documents;
    }

    private static IEnumerable<string> SeedSentences()
    {
        var splitter = new NewsExtractor(new ExtractionOptions { Stages = ExtractionStages.None });
        foreach (string article in Corpus.LoadSeeds())
        {
            foreach (TextSpan sentence in splitter.Extract(article, Language.French).Sentences)
            {
                yield return article[sentence.Start..sentence.End];
            }
        }
    }

    /// <summary>The sentences of a <c>token TAB label</c> file, tokens joined back as running text.</summary>
    private static IEnumerable<string> ConllSentences(string path)
    {
        var sentence = new StringBuilder();
        bool glueNext = true;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (sentence.Length > 0)
                {
                    yield return sentence.ToString();
                    sentence.Clear();
                }
                glueNext = true;
                continue;
            }
            string token = line[..line.IndexOf('\t')];
            if (!glueNext && !GluesToPrevious(token))
            {
                sentence.Append(' ');
            }
            sentence.Append(token);
            glueNext = token is "(" or "[" or "'" or "’" || token.EndsWith('\'') || token.EndsWith('’');
        }
        if (sentence.Length > 0)
        {
            yield return sentence.ToString();
        }
    }

    private static bool GluesToPrevious(string token) =>
        token is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "'" or "’" or "n't"
        || (token.Length > 1 && token[0] is '\'' or '’');

    /// <summary>Draws sentences without replacement, reshuffling the pool each time it runs out.</summary>
    private sealed class Documents(List<string> sentences, Random random)
    {
        private readonly string[] _pool = [.. sentences];
        private int _next = sentences.Count;

        public string Next()
        {
            var document = new StringBuilder();
            for (int i = 0; i < SentencesPerDocument; i++)
            {
                if (_next == _pool.Length)
                {
                    random.Shuffle(_pool);
                    _next = 0;
                }
                document.Append(_pool[_next++]).Append(i % 6 == 5 ? "\n\n" : " ");
            }
            return document.ToString().TrimEnd();
        }
    }
}
