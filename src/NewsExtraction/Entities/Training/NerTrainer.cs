using System.Diagnostics;
using System.Globalization;
using NewsExtraction.Text;

namespace NewsExtraction.Entities.Training;

/// <summary>
/// Trains an averaged structured perceptron: Viterbi-decode each training sentence with the current weights and,
/// where the best path differs from the gold one, move the weights toward the gold path; the model is the average
/// of the weights over all steps. Deterministic for a given seed and data.
/// </summary>
/// <remarks>
/// Corpora annotate different types: a type that a corpus hardly ever labels (under 5% of its entities, e.g. MISC
/// in Europeana and UNER, or a type added by fine-tuning) is masked there, i.e. its O tokens may take that type's
/// labels, and the gold path is the best path consistent with the labels given.
/// </remarks>
internal static class NerTrainer
{
    private const double MaskedShare = 0.05;

    private static readonly string[] PreferredOrder = ["PER", "ORG", "LOC", "MISC"];

    public static NerModel Train(IReadOnlyList<NerCorpus> train, IReadOnlyList<NerCorpus> dev, NerTrainingOptions options, NerModel? from)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        string[] types = Types(train, from);
        if (types.Length == 0 || 1 + (2 * types.Length) > 64)
        {
            throw new ArgumentException($"Training needs between 1 and 31 entity types, found {types.Length}.", nameof(train));
        }
        int labelCount = 1 + (2 * types.Length);
        Language language = from?.Language ?? options.Language;
        FeatureExtractor features = from?.Features ?? new FeatureExtractor(options.HashBits,
            options.GazetteerPath is null ? Gazetteer.Empty : Gazetteer.ReadCountries(options.GazetteerPath),
            WordClusterer.Learn(train.SelectMany(corpus => corpus.Sentences).Select(s => s.Tokens), options.Seed));
        float rate = from is null ? 1f : options.FineTuneRate;
        Example[] examples = [.. train.SelectMany(corpus => Prepare(corpus, types, features, rate))];
        if (examples.Length == 0)
        {
            throw new ArgumentException("No training sentences.", nameof(train));
        }
        float[] weights = from?.Weights(labelCount) ?? new float[(1 << features.HashBits) * labelCount];
        float[] transitions = from?.Transitions(labelCount) ?? new float[(labelCount + 1) * labelCount];
        var state = new Perceptron(weights, transitions, labelCount);
        string[] scoredTypes = [.. types.Where(t => t != "MISC")];

        var random = new Random(options.Seed);
        int[] order = [.. Enumerable.Range(0, examples.Length)];
        NerModel? best = null;
        double bestScore = double.NegativeInfinity;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            long wrong = 0, tokens = 0;
            foreach (int index in order)
            {
                wrong += state.Learn(examples[index]);
                tokens += examples[index].Gold.Length;
            }
            NerModel model = NerModel.Quantize(language, types, features, state.AveragedWeights(), state.AveragedTransitions());
            string report = string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch}/{options.Epochs}: {wrong} of {tokens} training tokens wrong ({100.0 * wrong / tokens:F2}%), {clock.Elapsed.TotalSeconds:F1} s");
            if (dev.Count == 0)
            {
                options.Progress?.WriteLine(report);
                best = model;
                continue;
            }
            double sum = 0;
            foreach (NerCorpus corpus in dev)
            {
                double f1 = model.Evaluate(corpus.Sentences).Micro(scoredTypes).F1;
                sum += f1;
                report += string.Create(CultureInfo.InvariantCulture, $"; {corpus.Name} F1 {f1:F4}");
            }
            double score = sum / dev.Count;
            options.Progress?.WriteLine(report + string.Create(CultureInfo.InvariantCulture, $"; mean {score:F4}"));
            if (score > bestScore)
            {
                (best, bestScore, bestEpoch) = (model, score, epoch);
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                options.Progress?.WriteLine($"no better dev F1 for {options.Patience} epochs: keeping epoch {bestEpoch}");
                break;
            }
        }
        return best ?? throw new ArgumentException("Epochs must be at least 1.", nameof(options));
    }

    /// <summary>The model's types, then new ones in the usual order (PER, ORG, LOC, MISC, the rest by name).</summary>
    private static string[] Types(IReadOnlyList<NerCorpus> train, NerModel? from)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (NerCorpus corpus in train)
        {
            foreach (LabeledSentence sentence in corpus.Sentences)
            {
                foreach (string label in sentence.Labels)
                {
                    if (label != "O")
                    {
                        found.Add(label[2..]);
                    }
                }
            }
        }
        List<string> types = [.. from?.EntityTypes ?? []];
        types.AddRange(found.Where(t => !types.Contains(t))
            .OrderBy(t => Array.IndexOf(PreferredOrder, t) is int i and >= 0 ? i : PreferredOrder.Length)
            .ThenBy(t => t, StringComparer.Ordinal));
        return [.. types];
    }

    private static IEnumerable<Example> Prepare(NerCorpus corpus, string[] types, FeatureExtractor features, float rate)
    {
        int[] counts = new int[types.Length];
        int total = 0;
        foreach (LabeledSentence sentence in corpus.Sentences)
        {
            foreach (string label in sentence.Labels)
            {
                if (label.StartsWith("B-", StringComparison.Ordinal))
                {
                    counts[Array.IndexOf(types, label[2..])]++;
                    total++;
                }
            }
        }
        ulong masked = 0;
        for (int t = 0; t < types.Length; t++)
        {
            if (counts[t] < MaskedShare * total)
            {
                masked |= (1UL << (1 + (2 * t))) | (1UL << (2 + (2 * t)));
            }
        }
        var hashes = new TokenHashes[256];
        foreach (LabeledSentence sentence in corpus.Sentences)
        {
            string text = NerModel.Join(sentence.Tokens, out Token[] tokens);
            int n = tokens.Length;
            if (hashes.Length < n)
            {
                hashes = new TokenHashes[n];
            }
            int[] rows = new int[n * FeatureExtractor.Count];
            features.Extract(text, tokens, hashes, rows);
            byte[] gold = new byte[n];
            for (int i = 0; i < n; i++)
            {
                string label = sentence.Labels[i];
                gold[i] = label == "O" ? (byte)0 : (byte)((label[0] == 'B' ? 1 : 2) + (2 * Array.IndexOf(types, label[2..])));
            }
            ulong[]? allowed = null;
            if (masked != 0)
            {
                allowed = new ulong[n];
                for (int i = 0; i < n; i++)
                {
                    allowed[i] = (1UL << gold[i]) | (gold[i] == 0 ? masked : 0);
                }
            }
            yield return new Example(rows, gold, allowed, corpus.Weight * rate);
        }
    }
}
