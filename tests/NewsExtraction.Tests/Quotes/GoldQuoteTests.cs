using System.Text.Json;
using NewsExtraction.Pipeline;
using NewsExtraction.Quotes;

namespace NewsExtraction.Tests.Quotes;

/// <summary>
/// The quote stage alone on gold articles, given their gold PERSON, ORGANIZATION and COUNTRY entities: quote F1 and
/// speaker accuracy as ../shared/tools/score.py counts them, on the French articles of ../shared/gold and on the
/// English and French samples of samples/gold.
/// </summary>
public sealed class GoldQuoteTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Quotes_and_speakers_of_the_shared_gold_articles_meet_the_targets()
    {
        string shared = TestPaths.RequiredShared;
        MeetsTargets(Path.Combine(shared, "gold"), Path.Combine(shared, "corpus", "seeds"));
    }

    [Fact]
    public void Quotes_and_speakers_of_the_samples_meet_the_targets() =>
        MeetsTargets(Path.Combine(TestPaths.Samples, "gold"), TestPaths.Samples);

    private void MeetsTargets(string goldFolder, string textFolder)
    {
        int gold = 0, predicted = 0, matched = 0, speakers = 0, correct = 0;
        foreach (string file in Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
            JsonElement root = json.RootElement;
            string text = File.ReadAllText(Path.Combine(textFolder, Path.GetFileNameWithoutExtension(file) + ".txt"));
            Quote[] quotes = Extract(text, root);
            GoldQuote[] expected = [.. root.GetProperty("quotes").EnumerateArray().Select(GoldQuote.From)];
            gold += expected.Length;
            predicted += quotes.Length;
            foreach ((GoldQuote g, Quote? p) in QuoteScore.Match(expected, quotes))
            {
                if (p is null)
                {
                    output.WriteLine($"{Path.GetFileName(file)} missed [{g.Start},{g.End}) {Clip(g.Text)}");
                    continue;
                }
                matched++;
                if (g.SpeakerName is null)
                {
                    continue;
                }
                speakers++;
                if (QuoteScore.SpeakerCorrect(g, p))
                {
                    correct++;
                }
                else
                {
                    output.WriteLine($"{Path.GetFileName(file)} speaker of {Clip(g.Text)}: expected {g.SpeakerName}, got {p.Speaker?.Name ?? "none"} (cue {p.Cue})");
                }
            }
        }
        double precision = (double)matched / predicted, recall = (double)matched / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        double accuracy = (double)correct / speakers;
        output.WriteLine($"quotes: gold {gold}, predicted {predicted}, matched {matched}: P {precision:F3} R {recall:F3} F1 {f1:F3}; speakers {correct}/{speakers} = {accuracy:F3}");
        Assert.True(f1 >= 0.95, $"quote F1 {f1:F3}");
        Assert.True(accuracy >= 0.90, $"speaker accuracy {accuracy:F3}");
    }

    private static Quote[] Extract(string text, JsonElement gold)
    {
        using var document = new DocumentContext(text);
        document.Language = document.ModelLanguage = gold.GetProperty("lang").GetString() == "en" ? Language.English : Language.French;
        foreach (JsonElement e in gold.GetProperty("entities").EnumerateArray())
        {
            EntityType? type = e.GetProperty("type").GetString() switch
            {
                "PERSON" => EntityType.Person,
                "ORGANIZATION" => EntityType.Organization,
                "COUNTRY" => EntityType.Country,
                _ => null,
            };
            if (type is null)
            {
                continue;
            }
            document.TryAddEntity(new EntityDraft(type.Value, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()) with
            {
                Canonical = e.TryGetProperty("canonical", out JsonElement c) ? c.GetString() : null,
                Iso2 = e.TryGetProperty("iso2", out JsonElement iso) ? iso.GetString() : null,
                Form = e.TryGetProperty("form", out JsonElement form) ? Enum.Parse<CountryForm>(form.GetString()!, ignoreCase: true) : null,
            });
        }
        new QuoteExtractor().Process(document);
        return [.. document.Quotes];
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
