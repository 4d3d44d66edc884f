using System.Diagnostics;
using System.Text;

namespace NewsExtraction.Tests.Pipeline;

/// <summary>
/// Cancellation reaches inside a document: a batch stops at once, whatever the size of the documents in flight and
/// whether or not its source listens to the token. The bounds are generous for a loaded machine; a document that
/// ignored the token would run for tens of seconds.
/// </summary>
public sealed class CancellationTests
{
    private static readonly NewsExtractor Extractor = new();
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    // 10 MB of French and English sentences with names, countries, amounts and quotes.
    private static readonly Lazy<string> TenMegabytes = new(() =>
    {
        const string paragraph = "Le président Emmanuel Macron a déclaré mardi à Paris : « Nous enverrons 1 500 soldats en Roumanie. » "
            + "Joe Biden said on Monday that the United States would send $2 billion to Ukraine, the White House added.\n\n";
        var text = new StringBuilder(10_000_000 + paragraph.Length);
        while (text.Length < 10_000_000)
        {
            text.Append(paragraph);
        }
        return text.ToString();
    });

    [Fact]
    public async Task Cancelling_stops_a_ten_megabyte_document_in_flight()
    {
        using var cancellation = new CancellationTokenSource();
        Task<ExtractionResult> extraction = Task.Run(() => Extractor.Extract(TenMegabytes.Value, null, cancellation.Token));
        await Task.Delay(500);
        Assert.False(extraction.IsCompleted);

        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extraction.WaitAsync(Patience));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Patience);
    }

    [Fact]
    public async Task Cancelling_a_batch_does_not_wait_for_the_documents_in_flight()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        async IAsyncEnumerable<NewsDocument> Documents()
        {
            await Task.Yield();
            started.SetResult();
            yield return new NewsDocument("big", TenMegabytes.Value);
        }

        Task consumed = Task.Run(async () =>
        {
            await foreach (NewsDocumentResult _ in Extractor.ExtractAllAsync(Documents(), new BatchOptions { Workers = 1, MaxChars = 20_000_000 }, cancellation.Token))
            {
            }
        });
        await started.Task;
        await Task.Delay(500);

        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consumed.WaitAsync(Patience));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Patience);
    }

    [Fact]
    public async Task Cancelling_a_batch_does_not_depend_on_the_source_honouring_the_token()
    {
        using var cancellation = new CancellationTokenSource();
        var never = new TaskCompletionSource();
        async IAsyncEnumerable<NewsDocument> Deaf()
        {
            yield return new NewsDocument("1", "Séoul proteste.");
            await never.Task; // ignores the token: waits for good
            yield return new NewsDocument("2", "Séoul proteste encore.");
        }

        var results = new List<string>();
        Task consumed = Task.Run(async () =>
        {
            await foreach (NewsDocumentResult result in Extractor.ExtractAllAsync(Deaf(), new BatchOptions { Workers = 2 }, cancellation.Token))
            {
                results.Add(result.Id);
            }
        });
        while (results.Count == 0)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consumed.WaitAsync(Patience));
        Assert.Equal(["1"], results);
        never.SetResult(); // lets the abandoned reader finish and release what it holds
    }

    [Fact]
    public void A_cancelled_token_stops_before_any_work() =>
        Assert.Throws<OperationCanceledException>(() => Extractor.Extract("Séoul proteste.", Language.French, new CancellationToken(canceled: true)));
}
