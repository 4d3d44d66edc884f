using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Tokenizers;
using NewsExtraction;
using NewsExtraction.ML;
using NewsExtraction.Serialization;

// A program that uses the NewsExtraction package as a user would, and checks what it gets. Exit code 1 on failure.

const string French = "Le président Emmanuel Macron a reçu mardi le chancelier Olaf Scholz à Berlin. "
    + "« La France restera aux côtés de l’Ukraine », a déclaré Emmanuel Macron. "
    + "La France a promis 3 milliards d’euros d’aide à l’Ukraine.";
const string English = "President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday. "
    + "“The United States will stand with Ukraine,” Joe Biden said. "
    + "The United States pledged 3 billion dollars in aid to Ukraine.";

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var extractor = new NewsExtractor();
// The models come with the library's package, in NewsExtraction.Models, a dependency.
Check(File.Exists(Path.Combine(AppContext.BaseDirectory, "NewsExtraction.Models.dll")), "NewsExtraction.Models came with NewsExtraction");

foreach ((string name, string text, Language language, string person, string[] countries, string quote, string quantity) in new[]
{
    ("fr", French, Language.French, "Emmanuel Macron", new[] { "FR", "UA" }, "La France restera aux côtés de l’Ukraine", "3 milliards"),
    ("en", English, Language.English, "Joe Biden", new[] { "US", "UA" }, "The United States will stand with Ukraine", "3 billion"),
})
{
    ExtractionResult given = extractor.Extract(text, language);
    Check(given.Text == text && given.Language == language, $"{name}: the given language is kept");
    Check(given.Tokens.Count > 20 && given.Sentences.Count == 3, $"{name}: {given.Tokens.Count} tokens, {given.Sentences.Count} sentences");
    Check(given.Entities.All(e => text[e.Start..e.End] == e.Text), $"{name}: every entity's text is its span of the input");
    Check(given.Entities.Zip(given.Entities.Skip(1)).All(p => p.First.End <= p.Second.Start), $"{name}: entities are sorted and do not overlap");

    using JsonDocument json = JsonDocument.Parse(ExtractionJson.Serialize(given, name));
    Check(json.RootElement.GetProperty("id").GetString() == name && json.RootElement.GetProperty("lang").GetString() == name
        && json.RootElement.TryGetProperty("entities", out _) && json.RootElement.TryGetProperty("quotes", out _),
        $"{name}: JSON output in the schema: {json.RootElement.GetRawText()[..Math.Min(160, json.RootElement.GetRawText().Length)]}…");

    ExtractionResult identified = extractor.Extract(text);
    Check(identified.Language == language, $"{name}: language identified as {identified.Language}");
    Check(given.Entities.Any(e => e.Type == EntityType.Person && e.Text == person), $"{name}: PERSON {person}");
    foreach (string iso2 in countries)
    {
        Check(given.Entities.Any(e => e.Type == EntityType.Country && e.Iso2 == iso2), $"{name}: COUNTRY {iso2}");
    }
    Check(given.Quotes.Any(q => q.Text.Contains(quote, StringComparison.Ordinal)), $"{name}: quote « {quote} »");
    Check(given.Entities.Any(e => e.Type == EntityType.Quantity && e.Text.StartsWith(quantity, StringComparison.Ordinal)), $"{name}: QUANTITY {quantity}…");
}

static async IAsyncEnumerable<NewsDocument> Feed()
{
    for (int i = 0; i < 100; i++)
    {
        await Task.Yield();
        yield return i % 2 == 0 ? new NewsDocument($"fr-{i}", French) : new NewsDocument($"en-{i}", English, Language.English);
    }
    yield return new NewsDocument("too-long", new string('x', 2_000_000));
}

var batch = new List<NewsDocumentResult>();
await foreach (NewsDocumentResult result in extractor.ExtractAllAsync(Feed(), new BatchOptions { Workers = 2 }))
{
    batch.Add(result);
}
Check(batch.Select(r => r.Id).SequenceEqual(Enumerable.Range(0, 100).Select(i => (i % 2 == 0 ? "fr-" : "en-") + i).Append("too-long")), "batch: one result per document, in input order");
Check(batch.Take(100).All(r => r.Succeeded), "batch: every document extracted");
Check(!batch[^1].Succeeded && batch[^1].Error!.Contains("too long", StringComparison.Ordinal), $"batch: an over-long document gives an error: {batch[^1].Error}");

// NewsExtraction.ML: the estimator in an ML.NET pipeline, and the tokenizer.
var ml = new MLContext(seed: 1);
IDataView articles = ml.Data.LoadFromEnumerable(new[] { new Article { Text = French }, new Article { Text = English } });
IDataView featurized = ml.Transforms.Text.ExtractNews(inputColumnName: "Text").Fit(articles).Transform(articles);
string[][] countryColumn = featurized.GetColumn<string[]>(NewsColumns.Countries).ToArray();
Check(countryColumn[0].Contains("FR") && countryColumn[1].Contains("US"), $"ML.NET: Countries column {string.Join(" | ", countryColumn.Select(c => string.Join(' ', c)))}");
Check(featurized.GetColumn<float>(NewsColumns.QuoteCount).All(count => count == 1), "ML.NET: QuoteCount column");
IReadOnlyList<EncodedToken> tokens = NewsTokenizer.Create().EncodeToTokens("l’Ukraine", out _);
Check(tokens.Count == 2 && tokens[0].Value == "l’" && tokens[1].Offset.Equals(2..9), "ML.Tokenizers: l’ | Ukraine with offsets");

Console.WriteLine(failures.Count == 0 ? "consumer test passed" : $"consumer test FAILED: {failures.Count} check(s)");
return failures.Count == 0 ? 0 : 1;

internal sealed class Article
{
    public string Text { get; set; } = "";
}
