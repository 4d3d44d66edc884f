namespace NewsExtraction.Entities.Training;

/// <summary>
/// The weights being learned, with the running sums that give their average cheaply: each update of size d at
/// step c also adds c·d to a second table, and the average after c steps is w − sum / c.
/// </summary>
/// <remarks>
/// Updates are perceptron steps (size 1), or passive-aggressive ones (Crammer et al. 2006, PA with loss-augmented
/// decoding): the prediction is the path that best combines score and Hamming distance to the gold path, and the step
/// is the smallest that makes the gold path outscore it by that distance. Small steps where the model is nearly
/// right, large ones where it is far off.
/// </remarks>
internal sealed class Perceptron
{
    private readonly float[] _weights;
    private readonly double[] _weightSums;
    private readonly float[] _transitions;
    private readonly double[] _transitionSums;
    private readonly int _labels;
    private readonly bool _passiveAggressive;
    private readonly ulong _frozen;
    private readonly Dictionary<int, int> _difference = [];
    private long _step = 1;
    private float[] _emissions = [];
    private float[] _augmented = [];
    private byte[] _back = [];
    private byte[] _predicted = [];
    private byte[] _gold = [];

    /// <param name="weights">The starting weights, 2^bits rows × <paramref name="labelCount"/>; updated in place.</param>
    /// <param name="transitions">The starting transitions, (labels + 1) × labels, the start row last; updated in place.</param>
    /// <param name="labelCount">The number of labels.</param>
    /// <param name="passiveAggressive">Passive-aggressive steps instead of perceptron ones.</param>
    /// <param name="frozen">A bit per label whose weights and transitions never change (fine-tuning on data without that type).</param>
    public Perceptron(float[] weights, float[] transitions, int labelCount, bool passiveAggressive, ulong frozen)
    {
        _frozen = frozen;
        _weights = weights;
        _weightSums = new double[weights.Length];
        _transitions = transitions;
        _transitionSums = new double[transitions.Length];
        _labels = labelCount;
        _passiveAggressive = passiveAggressive;
    }

    /// <summary>Decodes <paramref name="example"/>, updates toward its gold path, and returns the number of tokens it got wrong.</summary>
    public int Learn(Example example)
    {
        int n = example.Gold.Length;
        int l = _labels;
        if (_predicted.Length < n)
        {
            int capacity = n * 2;
            _emissions = new float[capacity * l];
            _augmented = _passiveAggressive ? new float[capacity * l] : [];
            _back = new byte[capacity * l];
            _predicted = new byte[capacity];
            _gold = new byte[capacity];
        }
        Span<float> emissions = _emissions.AsSpan(0, n * l);
        emissions.Clear();
        ReadOnlySpan<int> rows = example.Rows;
        for (int i = 0; i < n; i++)
        {
            Span<float> e = emissions.Slice(i * l, l);
            foreach (int row in rows.Slice(i * FeatureExtractor.Count, FeatureExtractor.Count))
            {
                ReadOnlySpan<float> w = _weights.AsSpan(row * l, l);
                for (int y = 0; y < l; y++)
                {
                    e[y] += w[y];
                }
            }
        }
        Span<float> scores = stackalloc float[2 * l];
        Span<byte> gold = example.Gold;
        if (example.Allowed is not null)
        {
            // The best path that agrees with the labels the corpus does give.
            gold = _gold.AsSpan(0, n);
            ViterbiDecoder.Decode(emissions, n, l, _transitions, example.Allowed, gold, _back, scores);
        }
        Span<byte> predicted = _predicted.AsSpan(0, n);
        ViterbiDecoder.Decode(_passiveAggressive ? LossAugmented(emissions, gold) : emissions, n, l, _transitions, [], predicted, _back, scores);
        float size = example.Weight * (_passiveAggressive ? PassiveAggressiveStep(emissions, rows, gold, predicted) : 1);
        int wrong = 0;
        for (int i = 0; i < n; i++)
        {
            wrong += gold[i] != predicted[i] ? 1 : 0;
        }
        if (size != 0)
        {
            double weightedSize = size * (double)_step;
            for (int i = 0; i < n; i++)
            {
                int g = gold[i], p = predicted[i];
                int previousGold = i == 0 ? l : gold[i - 1];
                int previousPredicted = i == 0 ? l : predicted[i - 1];
                if (g != p)
                {
                    foreach (int row in rows.Slice(i * FeatureExtractor.Count, FeatureExtractor.Count))
                    {
                        Update(_weights, _weightSums, (row * l) + g, size, weightedSize, Frozen(g));
                        Update(_weights, _weightSums, (row * l) + p, -size, -weightedSize, Frozen(p));
                    }
                }
                if (g != p || previousGold != previousPredicted)
                {
                    Update(_transitions, _transitionSums, (previousGold * l) + g, size, weightedSize, Frozen(previousGold, g));
                    Update(_transitions, _transitionSums, (previousPredicted * l) + p, -size, -weightedSize, Frozen(previousPredicted, p));
                }
            }
        }
        _step++;
        return wrong;
    }

    public float[] AveragedWeights() => Average(_weights, _weightSums);

    public float[] AveragedTransitions() => Average(_transitions, _transitionSums);

    /// <summary>The emissions with 1 added to every label but the gold one: Viterbi then finds the most violating path.</summary>
    private Span<float> LossAugmented(ReadOnlySpan<float> emissions, ReadOnlySpan<byte> gold)
    {
        int l = _labels;
        Span<float> augmented = _augmented.AsSpan(0, emissions.Length);
        for (int i = 0; i < gold.Length; i++)
        {
            for (int y = 0; y < l; y++)
            {
                augmented[(i * l) + y] = emissions[(i * l) + y] + (y == gold[i] ? 0 : 1);
            }
        }
        return augmented;
    }

    /// <summary>
    /// The PA step: (Hamming distance − score margin of the gold path over the predicted one) / ‖feature difference‖²,
    /// or 0 when the gold path already wins by the distance.
    /// </summary>
    private float PassiveAggressiveStep(ReadOnlySpan<float> emissions, ReadOnlySpan<int> rows, ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        int l = _labels;
        float margin = 0;
        int distance = 0;
        _difference.Clear();
        for (int i = 0; i < gold.Length; i++)
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
                    Count((row * l) + g, 1, Frozen(g));
                    Count((row * l) + p, -1, Frozen(p));
                }
            }
            if (g != p || previousGold != previousPredicted)
            {
                // Transitions as negative keys, apart from the weights' indexes.
                Count(-1 - ((previousGold * l) + g), 1, Frozen(previousGold, g));
                Count(-1 - ((previousPredicted * l) + p), -1, Frozen(previousPredicted, p));
            }
        }
        long norm = 0;
        foreach (int d in _difference.Values)
        {
            norm += d * d;
        }
        float loss = distance - margin;
        return norm == 0 || loss <= 0 ? 0 : loss / norm;
    }

    private void Count(int key, int delta, bool frozen)
    {
        // A frozen weight does not move, so it is no part of the step's norm.
        if (!frozen)
        {
            _difference[key] = _difference.GetValueOrDefault(key) + delta;
        }
    }

    private bool Frozen(int label) => (_frozen & (1UL << label)) != 0;

    /// <summary>Whether the transition from <paramref name="previous"/> (the label count for the start) to <paramref name="label"/> is frozen.</summary>
    private bool Frozen(int previous, int label) => Frozen(label) || (previous < _labels && Frozen(previous));

    private static void Update(float[] weights, double[] sums, int index, float size, double weightedSize, bool frozen)
    {
        if (frozen)
        {
            return;
        }
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
