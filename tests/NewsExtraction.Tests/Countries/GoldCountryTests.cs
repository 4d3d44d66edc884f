using System.Text.Json;

namespace NewsExtraction.Tests.Countries;

/// <summary>The whole pipeline against the shared gold files: a regression guard for COUNTRY, not a tuning target.</summary>
public sealed class GoldCountryTests
{
    [SharedDataFact]
    public void Country_mentions_and_iso2_sets_match_the_gold_files()
    {
        string shared = TestPaths.RequiredShared;
        var extractor = new NewsExtractor();
        int gold = 0, predicted = 0, matched = 0, goldSets = 0, predictedSets = 0, matchedSets = 0;
        foreach (string path in Directory.GetFiles(Path.Combine(shared, "gold"), "*.json"))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
            string id = Path.GetFileNameWithoutExtension(path);
            string text = File.ReadAllText(Path.Combine(shared, "corpus", "seeds", id + ".txt"));
            HashSet<(int, int, string)> expected = [.. json.RootElement.GetProperty("entities").EnumerateArray()
                .Where(e => e.GetProperty("type").GetString() == "COUNTRY")
                .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("iso2").GetString()!))];
            HashSet<(int, int, string)> actual = [.. extractor.Extract(text, Language.French).Entities
                .Where(e => e.Type == EntityType.Country).Select(e => (e.Start, e.End, e.Iso2!))];
            gold += expected.Count;
            predicted += actual.Count;
            matched += expected.Intersect(actual).Count();
            HashSet<string> expectedSet = [.. expected.Select(e => e.Item3)], actualSet = [.. actual.Select(e => e.Item3)];
            goldSets += expectedSet.Count;
            predictedSets += actualSet.Count;
            matchedSets += expectedSet.Intersect(actualSet).Count();
        }
        Assert.True(F1(matched, gold, predicted) >= 0.97, $"COUNTRY F1 {F1(matched, gold, predicted):F3}");
        Assert.True(F1(matchedSets, goldSets, predictedSets) >= 0.99, $"iso2-set F1 {F1(matchedSets, goldSets, predictedSets):F3}");
    }

    private static double F1(int matched, int gold, int predicted) => gold + predicted == 0 ? 1 : 2.0 * matched / (gold + predicted);
}
