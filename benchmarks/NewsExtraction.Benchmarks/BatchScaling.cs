using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// Scaling of <see cref="NewsExtractor.ExtractAllAsync"/> with its workers, in one warm process: passes over the
/// synthetic corpus (1,000 French and English documents) with 1 worker and with one per core, alternately, many
/// short times. The best pass of each is reported, since on a shared machine other load only slows a pass down,
/// and short passes give more chances of a quiet moment than long ones.
/// </summary>
internal static class BatchScaling
{
    public static async Task RunAsync(int rounds)
    {
        string[] texts = SyntheticCorpus.Build(documentsPerLanguage: 500);
        NewsDocument[] documents = [.. texts.Select((text, i) => new NewsDocument($"{i}", text))];
        double megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1e6;
        var extractor = new NewsExtractor();
        int cores = Environment.ProcessorCount;
        await PassAsync(extractor, documents, cores);
        var rates = new Dictionary<int, List<double>> { [1] = [], [cores] = [] };
        for (int round = 0; round < rounds; round++)
        {
            foreach (int workers in rates.Keys)
            {
                rates[workers].Add(documents.Length / await PassAsync(extractor, documents, workers));
            }
        }
        foreach ((int workers, List<double> perSecond) in rates)
        {
            perSecond.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{workers} worker(s): best {perSecond[^1]:N0} docs/s ({perSecond[^1] * megabytes / documents.Length:N2} MB/s), median {perSecond[perSecond.Count / 2]:N0} docs/s over {rounds} passes of {documents.Length:N0} documents"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scaling, {cores} workers over 1: best {rates[cores][^1] / rates[1][^1]:N2}x, median {rates[cores][rounds / 2] / rates[1][rounds / 2]:N2}x"));
    }

    private static async Task<double> PassAsync(NewsExtractor extractor, NewsDocument[] documents, int workers)
    {
        var stopwatch = Stopwatch.StartNew();
        int results = 0;
        await foreach (NewsDocumentResult result in extractor.ExtractAllAsync(documents.ToAsyncEnumerable(), new BatchOptions { Workers = workers }))
        {
            results += result.Succeeded ? 1 : 0;
        }
        return results == documents.Length ? stopwatch.Elapsed.TotalSeconds : throw new InvalidOperationException("A document failed.");
    }
}
