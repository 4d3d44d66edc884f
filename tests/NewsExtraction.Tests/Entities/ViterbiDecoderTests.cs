using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class ViterbiDecoderTests
{
    /// <summary>Whether <paramref name="labels"/> is valid BIO: an I- label only after the B- or I- of its type.</summary>
    private static bool IsValid(ReadOnlySpan<byte> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (ViterbiDecoder.IsInside(labels[i]) && (i == 0 || (labels[i - 1] != labels[i] - 1 && labels[i - 1] != labels[i])))
            {
                return false;
            }
        }
        return true;
    }

    private static float Score(ReadOnlySpan<byte> labels, float[] emissions, float[] transitions, int l)
    {
        float score = transitions[(l * l) + labels[0]] + emissions[labels[0]];
        for (int i = 1; i < labels.Length; i++)
        {
            score += transitions[(labels[i - 1] * l) + labels[i]] + emissions[(i * l) + labels[i]];
        }
        return score;
    }

    /// <summary>The best valid sequence's score, by trying every sequence.</summary>
    private static float BestByEnumeration(int n, int l, float[] emissions, float[] transitions)
    {
        var labels = new byte[n];
        float best = float.NegativeInfinity;
        for (int code = 0; code < Math.Pow(l, n); code++)
        {
            for (int i = 0, rest = code; i < n; i++, rest /= l)
            {
                labels[i] = (byte)(rest % l);
            }
            if (IsValid(labels))
            {
                best = Math.Max(best, Score(labels, emissions, transitions, l));
            }
        }
        return best;
    }

    /// <summary>
    /// One entity type (three labels), three (seven), four (nine: the models') and five (eleven): labels in vectors of
    /// four or eight and labels one by one, in every mix.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Finds_the_best_valid_label_sequence(int types)
    {
        int l = 1 + (2 * types);
        var random = new Random(types);
        for (int trial = 0; trial < 40; trial++)
        {
            int n = 1 + (trial % 4);
            float[] emissions = [.. Enumerable.Range(0, n * l).Select(_ => (float)((random.NextDouble() * 8) - 4))];
            float[] transitions = [.. Enumerable.Range(0, (l + 1) * l).Select(_ => (float)((random.NextDouble() * 8) - 4))];
            var path = new byte[n];

            ViterbiDecoder.Decode(emissions, n, l, transitions, [], path, new byte[n * l], new float[2 * l]);

            Assert.True(IsValid(path), $"invalid path {string.Join(' ', path)}");
            Assert.Equal(BestByEnumeration(n, l, emissions, transitions), Score(path, emissions, transitions, l), 4);
        }
    }

    [Fact]
    public void Keeps_to_the_labels_allowed_per_token()
    {
        const int l = 9;
        var random = new Random(3);
        float[] emissions = [.. Enumerable.Range(0, 3 * l).Select(_ => (float)random.NextDouble())];
        float[] transitions = new float[(l + 1) * l];
        // The second token may only be B-PER (1) or O, however much I- scores; the others anything.
        emissions[l + 2] = 100;
        ulong[] allowed = [ulong.MaxValue, (1UL << 0) | (1UL << 1), ulong.MaxValue];
        var path = new byte[3];

        ViterbiDecoder.Decode(emissions, 3, l, transitions, allowed, path, new byte[3 * l], new float[2 * l]);

        Assert.Contains(path[1], new byte[] { 0, 1 });
    }
}
