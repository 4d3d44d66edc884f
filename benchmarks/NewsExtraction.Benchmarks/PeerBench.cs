using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The peers' measurement protocol (../shared/peers/js/bench.mjs) applied to this library, so that both sides
/// are measured the same way in one run (benchmarks/peers.sh): documents in memory; warm-up of at least 3
/// passes and 1 s; <c>runs</c> timed runs of whole passes lasting at least <c>minSeconds</c>; medians.
/// tokens = whitespace-separated words of the input, as the peers count them; MB = 10^6 UTF-8 bytes.
/// </summary>
internal static class PeerBench
{
    /// <param name="mode"><c>full</c>: <see cref="NewsExtractor.Extract"/> with every stage; <c>tokenize</c>: tokens and sentences only.</param>
    /// <param name="corpus">A folder of <c>.txt</c> documents, or <c>synthetic</c> for <see cref="Corpus.Synthetic"/>.</param>
    public static void Run(string mode, double minSeconds, int runs, string corpus)
    {
        string[] documents = corpus == Corpus.SyntheticName
            ? Corpus.Synthetic.Documents
            : [.. Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        var extractor = new NewsExtractor(mode switch
        {
            "full" => ExtractionOptions.Default,
            "tokenize" => new ExtractionOptions { Stages = ExtractionStages.None },
            _ => throw new ArgumentException($"Unknown mode '{mode}': use full or tokenize.", nameof(mode)),
        });
        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        long words = documents.Sum(d => (long)d.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

        int sink = 0;
        void Pass()
        {
            foreach (string document in documents)
            {
                sink += extractor.Extract(document).Entities.Count + 1;
            }
        }
        var warmUp = Stopwatch.StartNew();
        for (int i = 0; i < 3 || warmUp.Elapsed.TotalSeconds < 1; i++)
        {
            Pass();
        }
        var passesPerSecond = new List<double>();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        TimeSpan paused = GC.GetTotalPauseDuration();
        var measured = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long timedPasses = 0;
        for (int run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            int passes = 0;
            while (stopwatch.Elapsed.TotalSeconds < minSeconds)
            {
                Pass();
                passes++;
            }
            passesPerSecond.Add(passes / stopwatch.Elapsed.TotalSeconds);
            timedPasses += passes;
        }
        passesPerSecond.Sort();
        // To standard error, so that the peers' JSON line stays alone on standard output.
        Console.Error.WriteLine($"GC while timed: {GC.CollectionCount(0) - collections[0]} gen0, {GC.CollectionCount(1) - collections[1]} gen1, "
            + $"{GC.CollectionCount(2) - collections[2]} gen2 collections, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms of {measured.Elapsed.TotalMilliseconds:N0} ms");
        // Per second of this process's CPU time: on a machine shared with other jobs, the figure that time-slicing
        // does not divide (cache and memory-bandwidth contention still count).
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.Error.WriteLine($"CPU time: {timedPasses * words / cpuSeconds:N0} words per CPU second ({cpuSeconds:N1} s of CPU in {measured.Elapsed.TotalSeconds:N1} s)");
        double median = passesPerSecond[passesPerSecond.Count / 2];

        using var json = new Utf8JsonWriter(Console.OpenStandardOutput());
        json.WriteStartObject();
        json.WriteString("tool", "NewsExtraction");
        json.WriteString("mode", mode);
        json.WriteStartObject("corpus");
        json.WriteNumber("docs", documents.Length);
        json.WriteNumber("bytes", bytes);
        json.WriteNumber("ws_tokens", words);
        json.WriteEndObject();
        json.WriteNumber("runs", runs);
        json.WriteStartObject("median");
        json.WriteNumber("docs_per_s", documents.Length * median);
        json.WriteNumber("mb_per_s", bytes * median / 1e6);
        json.WriteNumber("tokens_per_s", words * median);
        json.WriteEndObject();
        json.WriteBoolean("_sink", sink > 0);
        json.WriteEndObject();
        json.Flush();
        Console.WriteLine();
    }
}
