using System.Diagnostics;
using System.Globalization;
using System.Text;
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
    private const int Folds = 10;

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
        FeatureExtractor[] folds = from is null ? NewFeatures(train, types, options) : [from.Features];
        FeatureExtractor features = folds[0];
        float rate = from is null ? 1f : options.FineTuneRate;
        var examples = new List<Example>();
        int sentence = 0;
        foreach (NerCorpus corpus in train)
        {
            examples.AddRange(Prepare(corpus, types, folds, rate, ref sentence));
        }
        if (examples.Count == 0)
        {
            throw new ArgumentException("No training sentences.", nameof(train));
        }
        string[] scoredTypes = [.. types.Where(t => t != "MISC")];
        NerModel Model(float[] weights, float[] transitions) => NerModel.Quantize(language, types, features, weights, transitions);
        int members = options.Models >= 1 ? options.Models : throw new ArgumentException("Models must be at least 1.", nameof(options));
        float[] weightSum = [], transitionSum = [];
        for (int member = 0; member < members; member++)
        {
            var state = new Perceptron(
                from?.Weights(labelCount) ?? new float[(1 << features.HashBits) * labelCount],
                from?.Transitions(labelCount) ?? new float[(labelCount + 1) * labelCount],
                labelCount, options.PassiveAggressive);
            string prefix = members == 1 ? "" : $"model {member + 1}/{members}, ";
            (float[] weights, float[] transitions) = TrainOne(state, examples, dev, scoredTypes, options, options.Seed + member, prefix, Model);
            weightSum = Add(weightSum, weights);
            transitionSum = Add(transitionSum, transitions);
        }
        if (members == 1)
        {
            return Model(weightSum, transitionSum);
        }
        // The mean of members that saw the data in different orders: where one overfits its order, the others outvote it.
        Scale(weightSum, 1f / members);
        Scale(transitionSum, 1f / members);
        NerModel mean = Model(weightSum, transitionSum);
        if (dev.Count > 0)
        {
            options.Progress?.WriteLine($"mean of {members} models: {DevReport(mean, dev, scoredTypes, out _)}");
        }
        return mean;
    }

    /// <summary>
    /// Trains one averaged perceptron, shuffling with <paramref name="seed"/>, and returns its averaged weights and
    /// transitions at the epoch with the best pooled dev F1 (at the last epoch without dev data).
    /// </summary>
    private static (float[] Weights, float[] Transitions) TrainOne(Perceptron state, List<Example> examples, IReadOnlyList<NerCorpus> dev,
        string[] scoredTypes, NerTrainingOptions options, int seed, string prefix, Func<float[], float[], NerModel> model)
    {
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, examples.Count)];
        (float[] Weights, float[] Transitions)? best = null;
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
            (float[] Weights, float[] Transitions) averaged = (state.AveragedWeights(), state.AveragedTransitions());
            string report = string.Create(CultureInfo.InvariantCulture,
                $"{prefix}epoch {epoch}/{options.Epochs}: {wrong} of {tokens} training tokens wrong ({100.0 * wrong / tokens:F2}%), {clock.Elapsed.TotalSeconds:F1} s");
            if (dev.Count == 0)
            {
                options.Progress?.WriteLine(report);
                best = averaged;
                continue;
            }
            // Early stopping judges the model as it will be saved: quantised.
            string scores = DevReport(model(averaged.Weights, averaged.Transitions), dev, scoredTypes, out double score);
            options.Progress?.WriteLine($"{report}; {scores}");
            if (score > bestScore)
            {
                (best, bestScore, bestEpoch) = (averaged, score, epoch);
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                options.Progress?.WriteLine($"{prefix}no better dev F1 for {options.Patience} epochs: keeping epoch {bestEpoch}");
                break;
            }
        }
        return best ?? throw new ArgumentException("Epochs must be at least 1.", nameof(options));
    }

    /// <summary>The F1 per dev file and pooled over their entities (a mean of files' F1 would let a small file's noise pick the epoch).</summary>
    private static string DevReport(NerModel model, IReadOnlyList<NerCorpus> dev, string[] scoredTypes, out double pooled)
    {
        int gold = 0, predicted = 0, correct = 0;
        var report = new StringBuilder();
        foreach (NerCorpus corpus in dev)
        {
            EntityScore f = model.Evaluate(corpus.Sentences).Micro(scoredTypes);
            (gold, predicted, correct) = (gold + f.Gold, predicted + f.Predicted, correct + f.Correct);
            report.Append(CultureInfo.InvariantCulture, $"{corpus.Name} F1 {f.F1:F4}; ");
        }
        pooled = new EntityScore("pooled", gold, predicted, correct).F1;
        return report.Append(CultureInfo.InvariantCulture, $"pooled {pooled:F4}").ToString();
    }

    private static float[] Add(float[] sum, float[] values)
    {
        if (sum.Length == 0)
        {
            return values;
        }
        for (int i = 0; i < sum.Length; i++)
        {
            sum[i] += values[i];
        }
        return sum;
    }

    private static void Scale(float[] values, float factor)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    /// <summary>
    /// The features of a new model (first), then one per fold of the training sentences (sentence i in fold 1 + i mod
    /// <see cref="Folds"/>) whose name lists leave that fold out: a name in a training sentence then counts as known only
    /// when it occurs elsewhere, as the names of new text do (jackknifing; without it the model would trust the lists
    /// blindly, every training name being in them).
    /// </summary>
    private static FeatureExtractor[] NewFeatures(IReadOnlyList<NerCorpus> train, string[] types, NerTrainingOptions options)
    {
        LabeledSentence[] sentences = [.. train.SelectMany(corpus => corpus.Sentences)];
        LabeledSentence[] other = [.. options.NameSources.SelectMany(ConllReader.Read)];
        Gazetteer countries = options.GazetteerPath is null ? Gazetteer.Empty : Gazetteer.ReadCountries(options.GazetteerPath);
        WordClusters clusters = WordClusterer.Learn(sentences.Select(s => s.Tokens), options.Seed);
        var features = new FeatureExtractor[1 + Folds];
        for (int f = 0; f <= Folds; f++)
        {
            // Fold 0 holds every sentence: the model's own lists.
            LabeledSentence[] known = [.. sentences.Where((_, i) => f == 0 || (i % Folds) + 1 != f).Concat(other)];
            features[f] = new FeatureExtractor(options.HashBits, countries, clusters, Gazetteer.Names(known, types), NameParts.Learn(known, types));
        }
        return features;
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

    private static List<Example> Prepare(NerCorpus corpus, string[] types, FeatureExtractor[] folds, float rate, ref int sentenceIndex)
    {
        var examples = new List<Example>(corpus.Sentences.Count);
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
            FeatureExtractor features = folds.Length == 1 ? folds[0] : folds[1 + (sentenceIndex % Folds)];
            sentenceIndex++;
            features.Extract(text, tokens, hashes, rows);
            byte[] gold = new byte[n];
            for (int i = 0; i < n; i++)
            {
                string label = sentence.Labels[i];
                gold[i] = label == "O" ? (byte)0 : (byte)((label[0] == 'B' ? 1 : 2) + (2 * LabeledSentence.TypeIndex(types, label)));
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
            examples.Add(new Example(rows, gold, allowed, corpus.Weight * rate));
        }
        return examples;
    }
}
