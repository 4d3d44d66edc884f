using BenchmarkDotNet.Attributes;
using NewsExtraction.Cli.Batch;
using NewsExtraction.Cli.Input;
using NewsExtraction.Cli.Output;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The whole batch pipeline of <c>newsx extract</c> over an in-memory JSONL feed of the corpus: the line reader,
/// parsing, extraction and serialization on <see cref="Workers"/> threads, and the ordered writer (to
/// <see cref="Stream.Null"/>). Against <see cref="ExtractBenchmarks"/> on the same corpus it shows what the batch
/// path costs on top of the library, without the process start-up and JIT of a command-line run.
/// </summary>
[MemoryDiagnoser]
public class BatchPipelineBenchmarks
{
    private NewsExtractor _extractor = null!;
    private byte[] _feed = [];

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Benchmarks.Corpus.SeedsName;

    [Params(1, 2)]
    public int Workers { get; set; } = 1;

    public static IEnumerable<string> CorpusNames => Benchmarks.Corpus.Names;

    [GlobalSetup]
    public void Setup()
    {
        Corpus corpus = Benchmarks.Corpus.Get(Corpus);
        Console.WriteLine($"// corpus {corpus}");
        using var feed = new MemoryStream();
        SyntheticJsonLines.WriteRecords(feed, corpus.Documents, "doc-");
        _feed = feed.ToArray();
        _extractor = new NewsExtractor();
    }

    [Benchmark]
    public long ExtractFeed()
    {
        var options = new BatchOptions { Workers = Workers };
        int maxChars = options.MaxChars;
        var counters = new BatchCounters();
        using var writer = new JsonLinesWriter(Stream.Null, "null");
        IEnumerable<PendingDocument> documents = InputReader.ReadPending(["-"], new MemoryStream(_feed, writable: false), maxChars, skip: null);
        BatchRun.Run(documents, () => new DocumentWorker(_extractor, language: null, date: null, maxChars).Process,
            Workers, options.Window, writer, counters, CancellationToken.None);
        writer.Flush();
        return counters.Documents;
    }
}
