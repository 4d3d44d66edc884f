using System.Diagnostics;
using CsCheck;
using NewsExtraction.Fuzz;
using NewsExtraction.Serialization;

namespace NewsExtraction.Tests.Properties;

/// <summary>
/// Properties every extraction keeps, whatever the text (<see cref="ResultInvariants"/>, shared with the fuzzing
/// harness): checked on random and adversarial texts (<see cref="HostileText"/>). A failure prints the seed that reproduces it (CsCheck's <c>seed</c> parameter).
/// The whole class runs in well under a minute; the long run is the SharpFuzz harness (tests/NewsExtraction.Fuzz).
/// </summary>
public sealed class ExtractionPropertyTests
{
    private static readonly NewsExtractor Extractor = new();

    private static Language? LanguageOf(int choice) => choice switch { 0 => Language.French, 1 => Language.English, _ => null };

    [Fact]
    public void Any_text_gives_well_formed_sorted_non_overlapping_spans_and_writable_json() =>
        Gen.Select(HostileText.Text(), Gen.Int[0, 2]).Sample((text, language) =>
        {
            ExtractionResult result = Extractor.Extract(text, LanguageOf(language));
            ResultInvariants.Check(text, result);
            Assert.NotEmpty(ExtractionJson.Serialize(result, "id"));
        }, iter: 1500);

    [Fact]
    public void Quotation_mark_soups_never_give_overlapping_quotes() =>
        Gen.Select(HostileText.MarkSoup, Gen.Int[0, 2]).Sample((text, language) =>
            ResultInvariants.Check(text, Extractor.Extract(text, LanguageOf(language))), iter: 20_000);

    [Fact]
    public void The_same_text_gives_the_same_result_twice() =>
        HostileText.Text().Sample(text =>
            Assert.Equal(ExtractionJson.Serialize(Extractor.Extract(text), "id"), ExtractionJson.Serialize(Extractor.Extract(text), "id")),
            iter: 300);

    [Fact]
    public async Task A_batch_gives_the_same_results_on_one_thread_as_on_several()
    {
        string[] texts = HostileText.Text().Array[200].Single();
        NewsDocument[] documents = [.. texts.Select((text, i) => new NewsDocument($"{i}", text))];

        string[] one = await Serialized(documents, workers: 1);
        string[] several = await Serialized(documents, workers: 4);

        Assert.Equal(one, several);
    }

    private static async Task<string[]> Serialized(NewsDocument[] documents, int workers)
    {
        var lines = new List<string>();
        await foreach (NewsDocumentResult result in Extractor.ExtractAllAsync(documents.ToAsyncEnumerable(), new BatchOptions { Workers = workers }))
        {
            lines.Add(result.Succeeded ? ExtractionJson.Serialize(result.Result, result.Id) : $"{result.Id}: {result.Error}");
        }
        return [.. lines];
    }

    // Not a speed measurement: a bound hundreds of times above the real cost, that a loop or a quadratic walk over
    // a hostile text (a range from zero, 100,000 nested marks) would still break on a loaded machine.
    [Fact]
    public void Time_stays_within_a_bound_per_character() =>
        Gen.Select(HostileText.Text(maxPieces: 400), Gen.Int[0, 2]).Sample((text, language) =>
        {
            var clock = Stopwatch.StartNew();
            Extractor.Extract(text, LanguageOf(language));
            Assert.InRange(clock.Elapsed.TotalMilliseconds, 0, 2000 + 0.2 * text.Length);
        }, iter: 200);
}
