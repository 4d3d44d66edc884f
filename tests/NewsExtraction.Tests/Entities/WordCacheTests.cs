using NewsExtraction.Entities;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Entities;

public sealed class WordCacheTests
{
    /// <summary>
    /// A model with the features of the embedded one and random whole-number weights (one of them the largest a
    /// 16-bit weight holds, so that quantising keeps them exact): every row then moves every score.
    /// </summary>
    private static NerModel WithRandomWeights(Language language)
    {
        NerModel embedded = EntityRecognizer.ModelFor(language);
        int l = embedded.LabelCount;
        var random = new Random(17);
        var weights = new float[(1 << embedded.Features.HashBits) * l];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = random.Next(-1000, 1001);
        }
        weights[0] = short.MaxValue;
        return NerModel.Quantize(language, [.. embedded.EntityTypes], embedded.Features, weights, embedded.Transitions(l));
    }

    /// <summary>The scores of the whole feature set computed afresh for every token, as training sees it: all 45 rows of each token summed.</summary>
    private static float[] EmissionsFromAllRows(NerModel model, string text, Token[] tokens)
    {
        int n = tokens.Length, l = model.LabelCount;
        var rows = new int[n * FeatureExtractor.Count];
        model.Features.Extract(text, tokens, new TokenHashes[n], rows);
        float[] weights = model.Weights(l);
        var emissions = new float[n * l];
        for (int i = 0; i < n; i++)
        {
            foreach (int row in rows.AsSpan(i * FeatureExtractor.Count, FeatureExtractor.Count))
            {
                for (int y = 0; y < l; y++)
                {
                    emissions[(i * l) + y] += weights[(row * l) + y];
                }
            }
        }
        return emissions;
    }

    /// <summary>Scores <paramref name="words"/>, a sentence, and compares with <see cref="EmissionsFromAllRows"/>.</summary>
    private static void AssertScoresAreThoseOfAllRows(NerModel model, string[] words)
    {
        string text = NerModel.Join(words, out Token[] tokens);
        var emissions = new float[tokens.Length * model.LabelCount];

        model.Emissions(text, tokens, emissions);

        Assert.Equal(EmissionsFromAllRows(model, text, tokens), emissions);
    }

    /// <summary>The first two made-up words whose hashes fall in the same slot.</summary>
    private static (string First, string Second) WordsSharingASlot()
    {
        var seen = new Dictionary<int, string>();
        for (int i = 0; ; i++)
        {
            string word = $"Zorv{i}";
            if (!seen.TryAdd(WordCache.SlotOf(TokenHashes.WordOf(word)), word))
            {
                return (seen[WordCache.SlotOf(TokenHashes.WordOf(word))], word);
            }
        }
    }

    [Theory]
    [InlineData(Language.French, "fr-*.txt")]
    [InlineData(Language.English, "en-*.txt")]
    public void Scores_from_the_cache_are_those_of_every_feature_row_summed_afresh(Language language, string pattern)
    {
        NerModel model = WithRandomWeights(language);
        int sentences = 0;
        // Twice over: the first pass fills the cache, the second reads it (and words evicted by others come back).
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (string path in Directory.GetFiles(TestPaths.Samples, pattern))
            {
                foreach (string line in File.ReadLines(path).Where(line => line.Length > 0))
                {
                    string text = NerModel.Join(line.Split(' ', StringSplitOptions.RemoveEmptyEntries), out Token[] tokens);
                    var emissions = new float[tokens.Length * model.LabelCount];

                    model.Emissions(text, tokens, emissions);

                    Assert.Equal(EmissionsFromAllRows(model, text, tokens), emissions);
                    sentences++;
                }
            }
        }
        Assert.True(sentences > 20, $"only {sentences} lines scored");
    }

    [Theory]
    [InlineData(Language.French, "Paris")]
    [InlineData(Language.English, "Paris")]
    [InlineData(Language.French, "Emmanuel Macron")]
    [InlineData(Language.English, "Joe Biden")]
    [InlineData(Language.French, "Le Monde l'écrit")]
    [InlineData(Language.English, "The Guardian says so")]
    public void Scores_of_short_sentences_count_the_tokens_outside_them_once_each(Language language, string sentence)
    {
        AssertScoresAreThoseOfAllRows(WithRandomWeights(language), sentence.Split(' '));
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void Two_new_words_of_a_sentence_that_share_a_slot_keep_their_own_scores(Language language)
    {
        (string first, string second) = WordsSharingASlot();

        AssertScoresAreThoseOfAllRows(WithRandomWeights(language), [first, "et", second, "."]);
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_known_word_keeps_its_scores_when_a_new_word_of_its_sentence_takes_its_slot(Language language)
    {
        (string known, string fresh) = WordsSharingASlot();
        NerModel model = WithRandomWeights(language);
        model.Emissions(known, [new Token(0, known.Length, TokenKind.Word)], new float[model.LabelCount]);

        AssertScoresAreThoseOfAllRows(model, [known, "et", fresh, "."]);
    }

    [Fact]
    public void The_features_rows_are_split_between_the_word_its_neighbours_its_position_and_its_context_without_overlap()
    {
        List<byte> slots = [.. FeatureExtractor.WordSlots, .. FeatureExtractor.PositionSlots, .. FeatureExtractor.ContextSlots];
        for (Neighbour neighbour = Neighbour.Previous; neighbour <= Neighbour.SecondNext; neighbour++)
        {
            slots.AddRange(FeatureExtractor.NeighbourSlots(neighbour));
        }

        Assert.Equal(Enumerable.Range(0, FeatureExtractor.Count).Select(i => (byte)i), slots.Order());
    }

    [Theory]
    [InlineData("Macron", "Paris")]
    [InlineData("Biden", "Washington")]
    public void A_word_keeps_its_slot_until_another_takes_it(string first, string second)
    {
        var cache = new WordCache(labels: 9);
        TokenHashes a = TokenHashes.Of(first), b = TokenHashes.Of(second);
        int slot = WordCache.SlotOf(a.Word);

        cache.Store(slot, a);

        Assert.True(cache.Holds(slot, a.Word));
        Assert.False(cache.Holds(slot, b.Word));
        cache.Store(slot, b);
        Assert.False(cache.Holds(slot, a.Word));
    }
}
