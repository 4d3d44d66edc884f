namespace NewsExtraction.Tests.Quotes;

/// <summary>A gold quote: its span and text, and its speaker's span and name (null when the text gives none).</summary>
internal sealed record GoldQuote(int Start, int End, string Text, int SpeakerStart, int SpeakerEnd, string? SpeakerName)
{
    public static GoldQuote From(System.Text.Json.JsonElement q)
    {
        System.Text.Json.JsonElement speaker = q.GetProperty("speaker");
        bool has = speaker.ValueKind == System.Text.Json.JsonValueKind.Object;
        return new GoldQuote(
            q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("text").GetString()!,
            has ? speaker.GetProperty("start").GetInt32() : -1, has ? speaker.GetProperty("end").GetInt32() : -1,
            has ? speaker.GetProperty("name").GetString() : null);
    }
}

/// <summary>The scorer's rules (../shared/tools/score.py) for quotes and speakers.</summary>
internal static class QuoteScore
{
    /// <summary>Pairs gold and predicted quotes overlapping by at least half of the longer, largest overlaps first; unmatched gold quotes pair with null.</summary>
    public static IEnumerable<(GoldQuote Gold, Quote? Predicted)> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> predicted)
    {
        var pairs = new List<(int Overlap, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                int overlap = Overlap(gold[g].Start, gold[g].End, predicted[p].Start, predicted[p].End);
                int longer = Math.Max(gold[g].End - gold[g].Start, predicted[p].End - predicted[p].Start);
                if (overlap > 0 && 2 * overlap >= longer)
                {
                    pairs.Add((overlap, g, p));
                }
            }
        }
        var matchOf = new Quote?[gold.Count];
        var usedPredicted = new HashSet<int>();
        foreach ((int _, int g, int p) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.G).ThenBy(x => x.P))
        {
            if (matchOf[g] is null && usedPredicted.Add(p))
            {
                matchOf[g] = predicted[p];
            }
        }
        return gold.Select((q, i) => (q, matchOf[i]));
    }

    /// <summary>Same name (case-insensitive) or overlapping spans.</summary>
    public static bool SpeakerCorrect(GoldQuote gold, Quote predicted) =>
        predicted.Speaker is { } speaker
        && (string.Equals(speaker.Name, gold.SpeakerName, StringComparison.OrdinalIgnoreCase)
            || Overlap(speaker.Start, speaker.End, gold.SpeakerStart, gold.SpeakerEnd) > 0);

    private static int Overlap(int a, int b, int c, int d) => Math.Max(0, Math.Min(b, d) - Math.Max(a, c));
}
