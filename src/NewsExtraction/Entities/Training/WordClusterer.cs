using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsExtraction.Entities.Training;

/// <summary>
/// Learns <see cref="WordClusters"/> from raw sentences: each frequent word is described by how often each of the
/// most frequent words appears just before and just after it; these context profiles are grouped by two-level
/// spherical k-means (coarse classes, then fine classes within each). Deterministic for a given seed.
/// </summary>
internal static class WordClusterer
{
    private const int Contexts = 300;
    private const int MaxWords = 30000;
    private const int MinCount = 3;
    private const int Coarse = 32, FinePerCoarse = 32;
    private const int Iterations = 12;

    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, int seed)
    {
        // Lower-cased word hashes of every sentence, with 0 marking the sentence edges.
        var corpus = new List<ulong[]>();
        var counts = new Dictionary<ulong, int>();
        foreach (IReadOnlyList<string> sentence in sentences)
        {
            var hashes = new ulong[sentence.Count];
            for (int i = 0; i < hashes.Length; i++)
            {
                hashes[i] = TokenHashes.Of(sentence[i]).Lower;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, hashes[i], out _)++;
            }
            corpus.Add(hashes);
        }
        ulong[] byFrequency = [.. counts.Where(c => c.Value >= MinCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => c.Key).Take(MaxWords)];
        if (byFrequency.Length < Coarse * 2)
        {
            return WordClusters.Empty;
        }
        var wordIndex = new Dictionary<ulong, int>();
        for (int i = 0; i < byFrequency.Length; i++)
        {
            wordIndex[byFrequency[i]] = i;
        }
        // Context slots: the most frequent words on the left, then on the right; slot Contexts-1 is the sentence edge.
        int dimensions = 2 * Contexts;
        var vectors = new float[byFrequency.Length * dimensions];
        foreach (ulong[] sentence in corpus)
        {
            for (int i = 0; i < sentence.Length; i++)
            {
                if (!wordIndex.TryGetValue(sentence[i], out int word))
                {
                    continue;
                }
                int left = i == 0 ? Contexts - 1 : ContextSlot(wordIndex, sentence[i - 1]);
                int right = i == sentence.Length - 1 ? Contexts - 1 : ContextSlot(wordIndex, sentence[i + 1]);
                if (left >= 0)
                {
                    vectors[(word * dimensions) + left]++;
                }
                if (right >= 0)
                {
                    vectors[(word * dimensions) + Contexts + right]++;
                }
            }
        }
        for (int w = 0; w < byFrequency.Length; w++)
        {
            Span<float> v = vectors.AsSpan(w * dimensions, dimensions);
            for (int d = 0; d < v.Length; d++)
            {
                v[d] = MathF.Sqrt(v[d]);
            }
            Normalize(v);
        }
        var random = new Random(seed);
        int[] all = [.. Enumerable.Range(0, byFrequency.Length)];
        int[] coarse = KMeans(vectors, dimensions, all, Coarse, random);
        var classes = new KeyValuePair<ulong, int>[byFrequency.Length];
        for (int c = 0; c < Coarse; c++)
        {
            int[] members = [.. all.Where(w => coarse[w] == c)];
            int[] fine = KMeans(vectors, dimensions, members, Math.Min(FinePerCoarse, members.Length), random);
            for (int m = 0; m < members.Length; m++)
            {
                classes[members[m]] = new(byFrequency[members[m]], ((c + 1) << 16) | ((c * FinePerCoarse) + fine[m] + 1));
            }
        }
        return new WordClusters(classes);
    }

    private static int ContextSlot(Dictionary<ulong, int> wordIndex, ulong word) =>
        wordIndex.TryGetValue(word, out int index) && index < Contexts - 1 ? index : -1;

    /// <summary>Spherical k-means over <paramref name="members"/>; returns each member's cluster.</summary>
    private static int[] KMeans(float[] vectors, int dimensions, int[] members, int k, Random random)
    {
        var assignment = new int[members.Length];
        if (k <= 1)
        {
            return assignment;
        }
        var centroids = new float[k * dimensions];
        int[] seeds = [.. members.Select((_, i) => i).OrderBy(_ => random.Next()).Take(k)];
        for (int c = 0; c < k; c++)
        {
            vectors.AsSpan(members[seeds[c]] * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions));
        }
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int m = 0; m < members.Length; m++)
            {
                ReadOnlySpan<float> v = vectors.AsSpan(members[m] * dimensions, dimensions);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float score = Dot(v, centroids.AsSpan(c * dimensions, dimensions));
                    if (score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }
                assignment[m] = best;
            }
            Array.Clear(centroids);
            for (int m = 0; m < members.Length; m++)
            {
                Span<float> centroid = centroids.AsSpan(assignment[m] * dimensions, dimensions);
                ReadOnlySpan<float> v = vectors.AsSpan(members[m] * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++)
                {
                    centroid[d] += v[d];
                }
            }
            for (int c = 0; c < k; c++)
            {
                Normalize(centroids.AsSpan(c * dimensions, dimensions));
            }
        }
        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }
        float total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }
        return total;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (int d = 0; d < v.Length; d++)
            {
                v[d] /= norm;
            }
        }
    }
}
