namespace NewsExtraction.Entities.Training;

/// <summary>
/// The weights being learned, with the running sums that give their average cheaply: each update of size d at
/// step c also adds c·d to a second table, and the average after c steps is w − sum / c.
/// </summary>
internal sealed class Perceptron
{
    private const int Dropped = -1;

    private readonly float[] _weights;
    private readonly double[] _weightSums;
    private readonly float[] _transitions;
    private readonly double[] _transitionSums;
    private readonly int _labels;
    private readonly float _aggressiveness;
    private readonly float _cost;
    private readonly Dictionary<int, int> _difference = [];
    private readonly float _dropout;
    private readonly Random _random;
    private int[] _kept = [];
    private long _step = 1;
    private float[] _emissions = [];
    private byte[] _back = [];
    private byte[] _predicted = [];
    private byte[] _gold = [];

    public Perceptron(float[] weights, float[] transitions, int labelCount, float aggressiveness = 0, float cost = 0, float dropout = 0, int seed = 1)
    {
        _dropout = dropout;
        _random = new Random(seed);
        _aggressiveness = aggressiveness;
        _cost = cost;
        _weights = weights;
        _weightSums = new double[weights.Length];
        _transitions = transitions;
        _transitionSums = new double[transitions.Length];
        _labels = labelCount;
    }

    /// <summary>Decodes <paramref name="example"/>, updates toward its gold path, and returns the number of tokens it got wrong.</summary>
    public int Learn(Example example)
    {
        int n = example.Gold.Length;
        int l = _labels;
        if (_predicted.Length < n)
        {
            int capacity = n * 2;
            _emissions = new float[capacity * l * 2];
            _back = new byte[capacity * l];
            _predicted = new byte[capacity];
            _gold = new byte[capacity];
        }
        Span<float> emissions = _emissions.AsSpan(0, n * l);
        emissions.Clear();
        ReadOnlySpan<int> rows = example.Rows;
        if (_dropout > 0)
        {
            rows = DropFeatures(rows);
        }
        for (int i = 0; i < n; i++)
        {
            Span<float> e = emissions.Slice(i * l, l);
            foreach (int row in rows.Slice(i * FeatureExtractor.Count, FeatureExtractor.Count))
            {
                if (row == Dropped)
                {
                    continue;
                }
                ReadOnlySpan<float> w = _weights.AsSpan(row * l, l);
                for (int y = 0; y < l; y++)
                {
                    e[y] += w[y];
                }
            }
        }
        Span<float> scores = stackalloc float[2 * l];
        Span<byte> predicted = _predicted.AsSpan(0, n);
        Span<byte> gold = example.Gold;
        if (example.Allowed is not null)
        {
            // The best path that agrees with the labels the corpus does give.
            gold = _gold.AsSpan(0, n);
            ViterbiDecoder.Decode(emissions, n, l, _transitions, example.Allowed, gold, _back, scores);
        }
        if (_cost > 0)
        {
            // Cost-augmented decoding: every wrong label scores _cost more, so the update also pushes the gold path
            // ahead by a margin that grows with the number of wrong tokens.
            Span<float> augmented = _emissions.AsSpan(n * l, n * l);
            emissions.CopyTo(augmented);
            for (int i = 0; i < n; i++)
            {
                for (int y = 0; y < l; y++)
                {
                    augmented[(i * l) + y] += y == gold[i] ? 0 : _cost;
                }
            }
            ViterbiDecoder.Decode(augmented, n, l, _transitions, [], predicted, _back, scores);
        }
        else
        {
            ViterbiDecoder.Decode(emissions, n, l, _transitions, [], predicted, _back, scores);
        }
        float size = example.Weight;
        if (_aggressiveness > 0)
        {
            size *= PassiveAggressiveStep(emissions, rows, gold, predicted);
        }
        int wrong = 0;
        double weightedSize = size * (double)_step;
        for (int i = 0; i < n; i++)
        {
            int g = gold[i], p = predicted[i];
            int previousGold = i == 0 ? l : gold[i - 1];
            int previousPredicted = i == 0 ? l : predicted[i - 1];
            if (g != p)
            {
                wrong++;
                foreach (int row in rows.Slice(i * FeatureExtractor.Count, FeatureExtractor.Count))
                {
                    if (row == Dropped)
                    {
                        continue;
                    }
                    Update(_weights, _weightSums, (row * l) + g, size, weightedSize);
                    Update(_weights, _weightSums, (row * l) + p, -size, -weightedSize);
                }
            }
            if (g != p || previousGold != previousPredicted)
            {
                Update(_transitions, _transitionSums, (previousGold * l) + g, size, weightedSize);
                Update(_transitions, _transitionSums, (previousPredicted * l) + p, -size, -weightedSize);
            }
        }
        _step++;
        return wrong;
    }

    /// <summary>
    /// The PA-I step (Crammer et al. 2006): the smallest that makes the gold path outscore the predicted one by their
    /// Hamming distance, capped at the aggressiveness; 0 when it already does.
    /// </summary>
    private float PassiveAggressiveStep(ReadOnlySpan<float> emissions, ReadOnlySpan<int> rows, ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        int l = _labels;
        int n = gold.Length;
        float margin = 0;
        int distance = 0;
        _difference.Clear();
        for (int i = 0; i < n; i++)
        {
            int g = gold[i], p = predicted[i];
            int previousGold = i == 0 ? l : gold[i - 1];
            int previousPredicted = i == 0 ? l : predicted[i - 1];
            margin += emissions[(i * l) + g] - emissions[(i * l) + p]
                + _transitions[(previousGold * l) + g] - _transitions[(previousPredicted * l) + p];
            if (g != p)
            {
                distance++;
                foreach (int row in rows.Slice(i * FeatureExtractor.Count, FeatureExtractor.Count))
                {
                    if (row == Dropped)
                    {
                        continue;
                    }
                    Count((row * l) + g, 1);
                    Count((row * l) + p, -1);
                }
            }
            if (g != p || previousGold != previousPredicted)
            {
                // Transitions as negative keys, apart from the weight rows.
                Count(-1 - ((previousGold * l) + g), 1);
                Count(-1 - ((previousPredicted * l) + p), -1);
            }
        }
        long norm = 0;
        foreach (int d in _difference.Values)
        {
            norm += d * d;
        }
        float loss = distance - margin;
        return norm == 0 || loss <= 0 ? 0 : Math.Min(_aggressiveness, loss / norm);
    }

    private void Count(int key, int delta) =>
        _difference[key] = _difference.GetValueOrDefault(key) + delta;

    /// <summary>
    /// The rows with each feature dropped with probability <see cref="_dropout"/> (marked <see cref="Dropped"/>): the model cannot lean on a few strong features (the word, the name lists) alone and
    /// learns the context ones too.
    /// </summary>
    private ReadOnlySpan<int> DropFeatures(ReadOnlySpan<int> rows)
    {
        if (_kept.Length < rows.Length)
        {
            _kept = new int[rows.Length * 2];
        }
        Span<int> kept = _kept.AsSpan(0, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            kept[i] = _random.NextSingle() < _dropout ? Dropped : rows[i];
        }
        return kept;
    }

    public float[] AveragedWeights() => Average(_weights, _weightSums);

    public float[] AveragedTransitions() => Average(_transitions, _transitionSums);

    private static void Update(float[] weights, double[] sums, int index, float size, double weightedSize)
    {
        weights[index] += size;
        sums[index] += weightedSize;
    }

    private float[] Average(float[] weights, double[] sums)
    {
        var average = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            average[i] = (float)(weights[i] - (sums[i] / _step));
        }
        return average;
    }
}
