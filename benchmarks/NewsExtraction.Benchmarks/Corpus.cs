using System.Text;
using NewsExtraction.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The benchmark corpora. Convention for every benchmark in this project: one operation is one pass over a
/// whole corpus, so the throughput columns (time per document, tokens/s, MB/s) can be computed from the corpus.
/// </summary>
/// <remarks>
/// <c>seeds</c>: the seed articles from <c>NEWSX_CORPUS</c>, or <c>../shared/corpus/seeds</c> beside the repository.
/// <c>synthetic</c>: a larger French and English corpus made by <see cref="SyntheticCorpus"/>.
/// </remarks>
internal sealed class Corpus
{
    public const string SeedsName = "seeds";
    public const string SyntheticName = "synthetic";

    /// <summary>The names benchmarks take as a <c>Corpus</c> parameter.</summary>
    public static IEnumerable<string> Names => [SeedsName, SyntheticName];

    private static readonly Lazy<Corpus> LazySeeds = new(() => new Corpus(SeedsName, LoadSeeds()));
    private static readonly Lazy<Corpus> LazySynthetic = new(() => new Corpus(SyntheticName, SyntheticCorpus.Build(documentsPerLanguage: 100)));

    private Corpus(string name, string[] documents)
    {
        Name = name;
        Documents = documents;
        var buffer = new Token[documents.Max(d => d.Length) + 1];
        foreach (string document in documents)
        {
            Utf8Bytes += Encoding.UTF8.GetByteCount(document);
            Tokens += Tokenizer.Tokenize(document, buffer);
            Words += document.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
    }

    public static string Directory { get; } = FindSeeds();

    public static Corpus Seeds => LazySeeds.Value;

    public static Corpus Synthetic => LazySynthetic.Value;

    public string Name { get; }

    public string[] Documents { get; }

    /// <summary>UTF-8 size of all documents (MB/s are 10^6 of these per second).</summary>
    public long Utf8Bytes { get; }

    /// <summary>Tokens of all documents, as the library's <see cref="Tokenizer"/> counts them.</summary>
    public long Tokens { get; }

    /// <summary>Whitespace-separated words of all documents, as the peers count them.</summary>
    public long Words { get; }

    public static Corpus Get(string name) => name switch
    {
        SeedsName => Seeds,
        SyntheticName => Synthetic,
        _ => throw new ArgumentException($"Unknown corpus '{name}': use {SeedsName} or {SyntheticName}.", nameof(name)),
    };

    public static string[] LoadSeeds() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    public override string ToString() => $"{Name}: {Documents.Length} documents, {Utf8Bytes:N0} UTF-8 bytes, {Tokens:N0} tokens";

    /// <summary>The folder <c>shared/&lt;relative&gt;</c> in a parent of the benchmark's folder, or null.</summary>
    public static string? FindShared(string relative)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", relative);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string FindSeeds()
    {
        string? configured = Environment.GetEnvironmentVariable("NEWSX_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        return FindShared(Path.Combine("corpus", "seeds"))
            ?? throw new DirectoryNotFoundException("Seed corpus not found: set NEWSX_CORPUS to a folder of .txt files.");
    }
}
