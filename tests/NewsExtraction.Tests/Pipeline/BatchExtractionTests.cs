namespace NewsExtraction.Tests.Pipeline;

public sealed class BatchExtractionTests
{
    private static readonly NewsExtractor Extractor = new();

    private static async IAsyncEnumerable<NewsDocument> Stream(params NewsDocument[] documents)
    {
        foreach (NewsDocument document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    [Fact]
    public async Task Every_document_gets_its_result_in_input_order()
    {
        NewsDocument[] documents = [.. Enumerable.Range(0, 50).Select(i => i % 2 == 0
            ? new NewsDocument($"fr-{i}", $"Séoul convoque l’ambassadeur de Russie, dit le ministère ({i}).")
            : new NewsDocument($"en-{i}", $"Seoul summons the Russian ambassador, the ministry says ({i})."))];

        List<NewsDocumentResult> results = await Extractor.ExtractAllAsync(Stream(documents), new BatchOptions { Workers = 2 }).ToListAsync();

        Assert.Equal(documents.Select(d => d.Id), results.Select(r => r.Id));
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(documents.Select(d => d.Text), results.Select(r => r.Result!.Text));
    }

    [Theory]
    [InlineData("Mark Rutte a déclaré : « Nous sommes prêts. »", Language.French)]
    [InlineData("Mark Rutte said: “We are ready.”", Language.English)]
    public async Task A_given_language_is_kept(string text, Language language)
    {
        List<NewsDocumentResult> results = await Extractor.ExtractAllAsync(Stream(new NewsDocument("a", text, language))).ToListAsync();

        Assert.Equal(language, Assert.Single(results).Result!.Language);
    }

    [Fact]
    public async Task A_document_over_the_limit_yields_an_error_and_the_batch_goes_on()
    {
        var options = new BatchOptions { Workers = 2, MaxChars = 20 };

        List<NewsDocumentResult> results = await Extractor.ExtractAllAsync(Stream(
            new NewsDocument("short-fr", "Séoul proteste."),
            new NewsDocument("long-en", "Seoul protests against the deployment of troops."),
            new NewsDocument("short-en", "Seoul protests.")), options).ToListAsync();

        Assert.Equal(["short-fr", "long-en", "short-en"], results.Select(r => r.Id));
        Assert.True(results[0].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.Null(results[1].Result);
        Assert.Contains("too long", results[1].Error);
        Assert.True(results[2].Succeeded);
    }

    [Fact]
    public async Task Cancelling_throws_operation_canceled()
    {
        using var cancellation = new CancellationTokenSource();
        NewsDocument[] documents = [.. Enumerable.Range(0, 1000).Select(i => new NewsDocument($"{i}", "Séoul proteste."))];
        int consumed = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (NewsDocumentResult result in Extractor.ExtractAllAsync(Stream(documents), cancellationToken: cancellation.Token))
            {
                if (++consumed == 5)
                {
                    cancellation.Cancel();
                }
            }
        });
        Assert.Equal(5, consumed);
    }

    [Fact]
    public void Fewer_than_one_worker_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Extractor.ExtractAllAsync(Stream(), new BatchOptions { Workers = 0 }));
}
