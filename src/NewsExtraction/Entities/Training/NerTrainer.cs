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

    public static NerModel Train(IReadOnlyList<NerCorpus> train, IReadOnlyList<NerCorpus> dev, NerTrainingOptions options, NerModel? from,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.RehearsalShare > 0) || options.KeepWithin is < 0 or double.NaN)
        {
            throw new ArgumentException("RehearsalShare must be above 0 and KeepWithin, when given, at least 0.", nameof(options));
        }
        string[] types = Types(train, from);
        if (types.Length == 0 || 1 + (2 * types.Length) > 64)
        {
            throw new ArgumentException($"Training needs between 1 and 31 entity types, found {types.Length}.", nameof(train));
        }
        int labelCount = 1 + (2 * types.Length);
        Language language = from?.Language ?? options.Language;
        if (language is not (Language.French or Language.English))
        {
            // A model records its language, and the extractor uses it for that language only.
            throw new ArgumentException("A model is trained for French or English.", nameof(options));
        }
        FeatureExtractor[] folds = from is null ? NewFeatures(train, types, options)
            : FineTuneFeatures(from, [.. train.Concat(options.Rehearsal).SelectMany(corpus => corpus.Sentences)], types);
        FeatureExtractor features = folds[0];
        float rate = from is null ? 1f : options.FineTuneRate;
        var examples = new List<Example>();
        int sentence = 0;
        foreach (NerCorpus corpus in train)
        {
            examples.AddRange(Prepare(corpus, types, from?.EntityTypes.Count ?? types.Length, folds, rate, ref sentence));
        }
        if (examples.Count == 0)
        {
            throw new ArgumentException("No training sentences.", nameof(train));
        }
        var rehearsal = new List<Example>();
        if (from is not null)
        {
            foreach (NerCorpus corpus in options.Rehearsal)
            {
                rehearsal.AddRange(Prepare(corpus, types, from.EntityTypes.Count, folds, rate, ref sentence));
            }
        }
        string[] scoredTypes = [.. types.Where(t => t != "MISC")];
        NerModel Model(float[] weights, float[] transitions) => NerModel.Quantize(language, types, features, weights, transitions);
        int members = options.Models >= 1 ? options.Models : throw new ArgumentException("Models must be at least 1.", nameof(options));
        StartingPoint? start = from is null ? null : StartFrom(from, labelCount, FrozenLabels(types, examples, rehearsal));
        float[] weightSum = [], transitionSum = [];
        for (int member = 0; member < members && !(member > 0 && cancellationToken.IsCancellationRequested); member++)
        {
            var state = new Perceptron(
                start is null ? new float[(1 << features.HashBits) * labelCount] : (float[])start.Weights.Clone(),
                start is null ? new float[(labelCount + 1) * labelCount] : (float[])start.Transitions.Clone(),
                labelCount, options.PassiveAggressive || start is not null, start?.Frozen ?? 0);
            string prefix = members == 1 ? "" : $"model {member + 1}/{members}, ";
            var run = new Run(examples, rehearsal, dev, scoredTypes, options, options.Seed + member, prefix, Model, start);
            (float[] weights, float[] transitions) = TrainOne(state, run, cancellationToken);
            weightSum = Add(weightSum, weights);
            transitionSum = Add(transitionSum, transitions);
            members = cancellationToken.IsCancellationRequested ? member + 1 : members;
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
            options.Progress?.WriteLine($"mean of {members} models: {DevReport(mean, dev, scoredTypes, out _, out _)}");
        }
        return mean;
    }

    /// <summary>The weights a fine-tuning starts from, and the labels it leaves alone.</summary>
    /// <param name="Weights">The starting weights.</param>
    /// <param name="Transitions">The starting transitions.</param>
    /// <param name="Frozen">The labels whose weights do not change.</param>
    /// <param name="LabelCount">The number of labels, the added types' included.</param>
    /// <param name="NewLabels">The first label of the types being added (<paramref name="LabelCount"/> when none is).</param>
    private sealed record StartingPoint(float[] Weights, float[] Transitions, ulong Frozen, int LabelCount, int NewLabels);

    /// <summary>
    /// The model's weights and transitions, rescaled so that a token's features together weigh about 1 (tags do not
    /// change: Viterbi compares sums). A passive-aggressive step asks the gold path to win by 1 per wrong token; in the
    /// units of a perceptron-trained model (weights about 100 times those of a passive-aggressive one) it would hardly
    /// move anything, and a type being added would stay too weak to be tagged.
    /// </summary>
    private static StartingPoint StartFrom(NerModel from, int labelCount, ulong frozen)
    {
        float[] weights = from.Weights(labelCount), transitions = from.Transitions(labelCount);
        double sum = 0;
        long count = 0;
        foreach (float w in weights)
        {
            if (w != 0)
            {
                sum += Math.Abs(w);
                count++;
            }
        }
        float unit = count == 0 ? 1 : (float)(sum / count * FeatureExtractor.Count);
        Scale(weights, 1 / unit);
        Scale(transitions, 1 / unit);
        return new StartingPoint(weights, transitions, frozen, labelCount, from.LabelCount);
    }

    /// <summary>What one member's training reads.</summary>
    private sealed record Run(List<Example> Examples, List<Example> Rehearsal, IReadOnlyList<NerCorpus> Dev, string[] ScoredTypes,
        NerTrainingOptions Options, int Seed, string Prefix, Func<float[], float[], NerModel> Model, StartingPoint? Start);

    /// <summary>
    /// The labels of the types that no training sentence (new or rehearsed) annotates: fine-tuning keeps their weights,
    /// so that data without MISC, say, neither teaches the model that MISC is rare nor turns MISC into something else.
    /// </summary>
    private static ulong FrozenLabels(string[] types, List<Example> examples, List<Example> rehearsal)
    {
        ulong seen = 0;
        foreach (Example example in examples.Concat(rehearsal))
        {
            foreach (byte label in example.Gold)
            {
                seen |= 1UL << label;
            }
        }
        ulong frozen = 0;
        for (int t = 0; t < types.Length; t++)
        {
            ulong labels = (1UL << (1 + (2 * t))) | (1UL << (2 + (2 * t)));
            if ((seen & labels) == 0)
            {
                frozen |= labels;
            }
        }
        return frozen;
    }

    /// <summary>
    /// Trains one averaged perceptron, shuffling with the run's seed, and returns its averaged weights and transitions at
    /// the epoch with the best dev score (at the last epoch without dev data). A fine-tuning scores the starting model
    /// first (epoch 0) and may keep it, and scores each epoch's weights also pulled part of the way back toward the
    /// starting ones (see <see cref="Shrinkage"/>).
    /// </summary>
    private static (float[] Weights, float[] Transitions) TrainOne(Perceptron state, Run run, CancellationToken cancellationToken)
    {
        NerTrainingOptions options = run.Options;
        var random = new Random(run.Seed);
        List<Example> examples = run.Examples;
        int rehearsed = run.Rehearsal.Count == 0 ? 0 : Math.Min(run.Rehearsal.Count, (int)Math.Ceiling(options.RehearsalShare * examples.Count));
        var epochExamples = new List<Example>(examples.Count + rehearsed);
        int[] rehearsalOrder = [.. Enumerable.Range(0, run.Rehearsal.Count)];
        int[] order = [.. Enumerable.Range(0, examples.Count + rehearsed)];
        (float[] Weights, float[] Transitions)? best = null;
        double bestScore = double.NegativeInfinity;
        int bestEpoch = 0;
        double[]? startFiles = null;
        if (run.Start is not null && run.Dev.Count > 0)
        {
            float[] startTransitions = WithoutAddedLabels(run.Start);
            string scores = DevReport(run.Model(run.Start.Weights, startTransitions), run.Dev, run.ScoredTypes, out double pooled, out startFiles);
            options.Progress?.WriteLine($"{run.Prefix}epoch 0 (the starting model): {scores}");
            (best, bestScore) = ((run.Start.Weights, startTransitions), Choice(pooled, startFiles, startFiles, options));
        }
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            epochExamples.Clear();
            epochExamples.AddRange(examples);
            if (rehearsed > 0)
            {
                // A fresh sample of the original data each epoch: more of it is rehearsed over the epochs, each costing the same.
                random.Shuffle(rehearsalOrder);
                for (int i = 0; i < rehearsed; i++)
                {
                    epochExamples.Add(run.Rehearsal[rehearsalOrder[i]]);
                }
            }
            random.Shuffle(order);
            long wrong = 0, tokens = 0;
            int done = 0;
            foreach (int index in order)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                wrong += state.Learn(epochExamples[index]);
                tokens += epochExamples[index].Gold.Length;
                if (++done % ProgressStep(order.Length) == 0)
                {
                    options.EpochProgress?.Report((double)done / order.Length);
                }
            }
            if (cancellationToken.IsCancellationRequested && best is not null)
            {
                options.Progress?.WriteLine($"{run.Prefix}interrupted in epoch {epoch}: keeping epoch {bestEpoch}");
                break;
            }
            (float[] Weights, float[] Transitions) averaged = (state.AveragedWeights(), state.AveragedTransitions());
            string report = string.Create(CultureInfo.InvariantCulture,
                $"{run.Prefix}epoch {epoch}/{options.Epochs}: {wrong} of {tokens} training tokens wrong ({100.0 * wrong / Math.Max(1, tokens):F2}%), {clock.Elapsed.TotalSeconds:F1} s");
            if (run.Dev.Count == 0 || cancellationToken.IsCancellationRequested)
            {
                options.Progress?.WriteLine(report);
                best = averaged;
                bestEpoch = epoch;
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                continue;
            }
            // Early stopping judges the model as it will be saved: quantised.
            bool improved = false;
            foreach (float shrinkage in run.Start is null ? [0f] : Shrinkage)
            {
                (float[] Weights, float[] Transitions) candidate = run.Start is null || shrinkage == 0 ? averaged
                    : (Toward(averaged.Weights, run.Start, shrinkage, transitions: false), Toward(averaged.Transitions, run.Start, shrinkage, transitions: true));
                string scores = DevReport(run.Model(candidate.Weights, candidate.Transitions), run.Dev, run.ScoredTypes, out double pooled, out double[] files);
                double score = Choice(pooled, files, startFiles, options);
                string label = run.Start is null ? report : string.Create(CultureInfo.InvariantCulture, $"{report}, shrinkage {shrinkage:F2}");
                options.Progress?.WriteLine($"{label}; {scores}");
                if (score > bestScore)
                {
                    (best, bestScore, bestEpoch, improved) = (candidate, score, epoch, true);
                }
            }
            if (!improved && epoch - bestEpoch >= options.Patience)
            {
                options.Progress?.WriteLine($"{run.Prefix}no better dev F1 for {options.Patience} epochs: keeping epoch {bestEpoch}");
                break;
            }
        }
        return best ?? (state.AveragedWeights(), state.AveragedTransitions());
    }

    /// <summary>About a hundred progress reports per epoch.</summary>
    private static int ProgressStep(int examples) => Math.Max(1, examples / 100);

    /// <summary>
    /// How far each epoch's fine-tuned weights are also tried pulled back toward the starting ones (0: not at all):
    /// a cheap stand-in for a prior centred on the starting weights (MAP adaptation), its strength chosen on dev.
    /// </summary>
    private static readonly float[] Shrinkage = [0f, 0.25f, 0.5f, 0.75f];

    /// <summary>
    /// <paramref name="weights"/> (or transitions) moved <paramref name="shrinkage"/> of the way back to the starting ones,
    /// except those of the types being added: the model knew nothing of them to keep.
    /// </summary>
    private static float[] Toward(float[] weights, StartingPoint start, float shrinkage, bool transitions)
    {
        float[] from = transitions ? start.Transitions : start.Weights;
        int labels = start.LabelCount;
        var moved = new float[weights.Length];
        for (int i = 0; i < moved.Length; i++)
        {
            int label = i % labels, previous = i / labels;
            bool added = label >= start.NewLabels || (transitions && previous < labels && previous >= start.NewLabels);
            moved[i] = added ? weights[i] : weights[i] + (shrinkage * (from[i] - weights[i]));
        }
        return moved;
    }

    /// <summary>
    /// What chooses the epoch kept: the F1 pooled over the dev files' entities or, when fine-tuning with
    /// <see cref="NerTrainingOptions.KeepWithin"/>, the first dev file's F1 if no other file fell further behind the
    /// starting model's (<paramref name="start"/>) than allowed.
    /// </summary>
    private static double Choice(double pooled, double[] files, double[]? start, NerTrainingOptions options)
    {
        if (options.KeepWithin is not double within || start is null || files.Length < 2)
        {
            return pooled;
        }
        for (int i = 1; i < files.Length; i++)
        {
            if (files[i] < start[i] - (within / 100))
            {
                return double.NegativeInfinity;
            }
        }
        return files[0];
    }

    /// <summary>
    /// The starting transitions with every transition into an added type's labels closed: the starting model, scored
    /// and possibly kept as epoch 0, is the model as it was. With the added labels' weights still zero, a token whose
    /// known labels all score below zero would otherwise take the new type (580 spurious DATE on wikineural-en dev).
    /// </summary>
    private static float[] WithoutAddedLabels(StartingPoint start)
    {
        float[] transitions = (float[])start.Transitions.Clone();
        for (int previous = 0; previous <= start.LabelCount; previous++)
        {
            transitions.AsSpan((previous * start.LabelCount) + start.NewLabels, start.LabelCount - start.NewLabels).Fill(ClosedTransition);
        }
        return transitions;
    }

    // Low enough that no sum of emissions reopens the path, high enough that adding it to a path's score stays finite.
    private const float ClosedTransition = -1e9f;

    /// <summary>The F1 per dev file and pooled over their entities (a mean of files' F1 would let a small file's noise pick the epoch).</summary>
    private static string DevReport(NerModel model, IReadOnlyList<NerCorpus> dev, string[] scoredTypes, out double pooled, out double[] files)
    {
        int gold = 0, predicted = 0, correct = 0;
        var report = new StringBuilder();
        files = new double[dev.Count];
        for (int i = 0; i < dev.Count; i++)
        {
            EntityScore f = model.Evaluate(dev[i].Sentences).Micro(scoredTypes);
            (gold, predicted, correct) = (gold + f.Gold, predicted + f.Predicted, correct + f.Correct);
            files[i] = f.F1;
            report.Append(CultureInfo.InvariantCulture, $"{dev[i].Name} F1 {f.F1:F4}; ");
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
        EntityLists lists = EntityLists.Read(options.ListPaths);
        var features = new FeatureExtractor[1 + Folds];
        for (int f = 0; f <= Folds; f++)
        {
            // Fold 0 holds every sentence: the model's own lists.
            LabeledSentence[] known = [.. sentences.Where((_, i) => f == 0 || (i % Folds) + 1 != f).Concat(other)];
            features[f] = new FeatureExtractor(options.HashBits, countries, clusters, Gazetteer.Names(known, types), NameParts.Learn(known, types), lists);
        }
        return features;
    }

    /// <summary>
    /// The features of a fine-tuning: the model's own (first), then one per fold of the training sentences whose name
    /// lists leave out the names and name words that only that fold annotates. The model's lists may well hold the
    /// names of the new data (a corpus it was trained on, or shares names with): seen in the lists on every training
    /// sentence, they would teach it to trust the lists blindly, and to miss the unseen names of new text.
    /// </summary>
    private static FeatureExtractor[] FineTuneFeatures(NerModel from, LabeledSentence[] sentences, string[] types)
    {
        FeatureExtractor model = from.Features;
        var features = new FeatureExtractor[1 + Folds];
        features[0] = model;
        for (int f = 1; f <= Folds; f++)
        {
            LabeledSentence[] fold = [.. sentences.Where((_, i) => (i % Folds) + 1 == f)];
            LabeledSentence[] rest = [.. sentences.Where((_, i) => (i % Folds) + 1 != f)];
            HashSet<ulong> names = OnlyIn(Gazetteer.Names(fold, types).Entries, Gazetteer.Names(rest, types).Entries);
            HashSet<ulong> words = OnlyIn(NameParts.Learn(fold, types).Entries, NameParts.Learn(rest, types).Entries);
            var listed = new Gazetteer(model.Names.Entries
                .Where(e => !names.Contains(e.Key) || (e.Value & Gazetteer.Prefix) != 0)
                .Select(e => names.Contains(e.Key) ? new KeyValuePair<ulong, byte>(e.Key, Gazetteer.Prefix) : e), caseSensitive: true);
            var parts = new NameParts([.. model.NameParts.Entries.Where(e => !words.Contains(e.Key))]);
            features[f] = new FeatureExtractor(model.HashBits, model.Gazetteer, model.Clusters, listed, parts, model.Lists);
        }
        return features;
    }

    /// <summary>The keys of <paramref name="entries"/> that <paramref name="others"/> lack.</summary>
    private static HashSet<ulong> OnlyIn<T>(KeyValuePair<ulong, T>[] entries, KeyValuePair<ulong, T>[] others)
    {
        HashSet<ulong> keys = [.. entries.Select(e => e.Key)];
        keys.ExceptWith(others.Select(e => e.Key));
        return keys;
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

    /// <summary>
    /// The examples of <paramref name="corpus"/>. Of the first <paramref name="maskable"/> types (all but those a fine-tuning
    /// adds, which its data annotate on purpose, however rarely), those the corpus hardly annotates are masked.
    /// </summary>
    private static List<Example> Prepare(NerCorpus corpus, string[] types, int maskable, FeatureExtractor[] folds, float rate, ref int sentenceIndex)
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
        for (int t = 0; t < maskable; t++)
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
