using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// A column computed from a benchmark's mean time and the corpus one operation passes over (its <c>Corpus</c>
/// parameter, or the seeds when it has none): time per document, tokens per second, MB per second.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly Func<Corpus, double, double> _compute;
    private readonly string _format;

    private ThroughputColumn(string name, string legend, string format, Func<Corpus, double, double> compute)
    {
        ColumnName = name;
        Legend = legend;
        _format = format;
        _compute = compute;
    }

    public static ThroughputColumn TimePerDocument { get; } = new("Time/doc", "Mean time per document of the corpus (µs)", "N1", (corpus, seconds) => seconds * 1e6 / corpus.Documents.Length);

    public static ThroughputColumn TokensPerSecond { get; } = new("tokens/s", "Tokens of the corpus (as the library's Tokenizer counts them) per second", "N0", (corpus, seconds) => corpus.Tokens / seconds);

    public static ThroughputColumn WordsPerSecond { get; } = new("words/s", "Whitespace-separated words of the corpus (as the peers count them) per second", "N0", (corpus, seconds) => corpus.Words / seconds);

    public static ThroughputColumn MegabytesPerSecond { get; } = new("MB/s", "UTF-8 megabytes (10^6 bytes) of the corpus per second", "N2", (corpus, seconds) => corpus.Utf8Bytes / 1e6 / seconds);

    public static IColumn[] All => [TimePerDocument, TokensPerSecond, WordsPerSecond, MegabytesPerSecond];

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics?.Mean is not { } nanoseconds || nanoseconds <= 0
            || benchmarkCase.Descriptor.Type.IsDefined(typeof(NotACorpusPassAttribute), inherit: false))
        {
            return "-";
        }
        string corpus = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Corpus")?.Value as string ?? Corpus.SeedsName;
        return _compute(Corpus.Get(corpus), nanoseconds / 1e9).ToString(_format, System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
