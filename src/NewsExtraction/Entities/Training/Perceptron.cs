namespace NewsExtraction.Entities.Training;

/// <summary>
/// The weights being learned, with the running sums that give their average cheaply: each update of size d at
/// step c also adds c·d to a second table, and the average after c steps is w − sum / c.
/// </summary>
internal sealed class Perceptron
{
    private readonly float[] _weights;
    private readonly double[] _weightSums;
    private readonly float[] _transitions;
    private readonly double[] _transitionSums;
    private readonly int _labels;
    private long _step = 1;
    private float[] _emissions = [];
    private byte[] _back = [];
    private byte[] _predicted = [];
    private byte[] _gold = [];

    public Perceptron(float[] weights, float[] transitions, int labelCount)
    {
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
            _emissions = new float[n * l * 2];
            _back = new byte[n * l * 2];
            _predicted = new byte[n * 2];
            _gold = new byte[n * 2];
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
        Span<byte> predicted = _predicted.AsSpan(0, n);
        ViterbiDecoder.Decode(emissions, n, l, _transitions, [], predicted, _back, scores);
        Span<byte> gold = example.Gold;
        if (example.Allowed is not null)
        {
            // The best path that agrees with the labels the corpus does give.
            gold = _gold.AsSpan(0, n);
            ViterbiDecoder.Decode(emissions, n, l, _transitions, example.Allowed, gold, _back, scores);
        }
        int wrong = 0;
        float size = example.Weight;
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
