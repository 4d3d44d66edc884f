using NewsExtraction.Entities;
using NewsExtraction.Entities.Training;

namespace NewsExtraction.Tests.Entities;

/// <summary>Trains small models on slices of ../shared/data/ner (seconds, not minutes).</summary>
public sealed class NerTrainingTests
{
    private static readonly NerTrainingOptions Small = new() { Language = Language.English, HashBits = 18, Epochs = 10 };

    private static NerCorpus Slice(string file, int count)
    {
        IReadOnlyList<LabeledSentence> sentences = ConllReader.Read(Path.Combine(TestPaths.RequiredShared, "data", "ner", file));
        return new NerCorpus(file, [.. sentences.Take(count)]);
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [SharedDataFact]
    public void A_model_trained_on_news_finds_most_entities_of_unseen_news()
    {
        NerModel model = NerModel.Train([Slice("conll2003-en.train.conll", 3000)], [Slice("conll2003-en.dev.conll", 600)], Small);

        Assert.Equal(["PER", "ORG", "LOC", "MISC"], model.EntityTypes);
        Assert.InRange(model.Evaluate(Slice("conll2003-en.dev.conll", 600).Sentences).Micro().F1, 0.80, 1.0);
    }

    [SharedDataFact]
    public void The_same_seed_and_data_give_the_same_model_bytes_and_another_seed_does_not()
    {
        NerCorpus train = Slice("conll2003-en.train.conll", 500);
        NerTrainingOptions options = Small with { Epochs = 3 };

        byte[] first = Bytes(NerModel.Train([train], [], options));
        byte[] second = Bytes(NerModel.Train([train], [], options));
        byte[] otherSeed = Bytes(NerModel.Train([train], [], options with { Seed = 2 }));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [SharedDataFact]
    public void The_mean_of_several_models_is_deterministic_and_tags_unseen_news_at_least_as_well_as_one_of_them()
    {
        NerCorpus train = Slice("conll2003-en.train.conll", 1000);
        NerCorpus dev = Slice("conll2003-en.dev.conll", 600);
        NerTrainingOptions one = Small with { Epochs = 3 };
        NerTrainingOptions three = one with { Models = 3 };

        NerModel single = NerModel.Train([train], [], one);
        NerModel mean = NerModel.Train([train], [], three);

        Assert.Equal(Bytes(mean), Bytes(NerModel.Train([train], [], three)));
        Assert.NotEqual(Bytes(single), Bytes(mean));
        double singleF1 = single.Evaluate(dev.Sentences).Micro().F1, meanF1 = mean.Evaluate(dev.Sentences).Micro().F1;
        Assert.True(meanF1 >= singleF1, $"one model {singleF1:F4}, mean of three {meanF1:F4}");
    }

    [SharedDataFact]
    public void Passive_aggressive_training_is_deterministic_and_finds_most_entities_of_unseen_news()
    {
        NerCorpus train = Slice("conll2003-en.train.conll", 3000);
        NerCorpus dev = Slice("conll2003-en.dev.conll", 600);
        NerTrainingOptions options = Small with { Epochs = 5, PassiveAggressive = true };

        NerModel model = NerModel.Train([train], [], options);

        Assert.Equal(Bytes(model), Bytes(NerModel.Train([train], [], options)));
        Assert.NotEqual(Bytes(model), Bytes(NerModel.Train([train], [], options with { PassiveAggressive = false })));
        Assert.InRange(model.Evaluate(dev.Sentences).Micro().F1, 0.80, 1.0);
    }

    [SharedDataFact]
    public void Fine_tuning_learns_the_new_domain_and_keeps_the_original_one_within_a_point()
    {
        NerCorpus news = Slice("conll2003-en.dev.conll", 600);
        NerCorpus wikipedia = Slice("wikigold-en.dev.conll", 195);
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 3000)], [news], Small);

        NerModel tuned = original.FineTune([Slice("wikigold-en.train.conll", 1000)], [news, wikipedia], Small with { Epochs = 2 });

        double newsBefore = original.Evaluate(news.Sentences).Micro().F1, newsAfter = tuned.Evaluate(news.Sentences).Micro().F1;
        double wikiBefore = original.Evaluate(wikipedia.Sentences).Micro().F1, wikiAfter = tuned.Evaluate(wikipedia.Sentences).Micro().F1;
        Assert.True(wikiAfter > wikiBefore + 0.02, $"Wikipedia F1 {wikiBefore:F4} -> {wikiAfter:F4}");
        Assert.True(newsAfter > newsBefore - 0.01, $"news F1 {newsBefore:F4} -> {newsAfter:F4}");
    }

    [SharedDataFact]
    public void Fine_tuning_that_keeps_within_a_point_of_the_old_domain_chooses_the_epoch_on_the_new_one()
    {
        NerCorpus news = Slice("conll2003-en.dev.conll", 600);
        NerCorpus wikipedia = Slice("wikigold-en.dev.conll", 195);
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 3000)], [news], Small);
        NerCorpus train = Slice("wikigold-en.train.conll", 1000);
        NerTrainingOptions options = Small with { Epochs = 6 };

        NerModel pooled = original.FineTune([train], [wikipedia, news], options);
        NerModel kept = original.FineTune([train], [wikipedia, news], options with { KeepWithin = 1 });

        double F1(NerModel model, NerCorpus dev) => model.Evaluate(dev.Sentences).Micro().F1;
        Assert.True(F1(kept, wikipedia) > F1(pooled, wikipedia), $"Wikipedia F1 {F1(pooled, wikipedia):F4} pooled, {F1(kept, wikipedia):F4} kept within a point");
        Assert.True(F1(kept, news) >= F1(original, news) - 0.01, $"news F1 {F1(original, news):F4} -> {F1(kept, news):F4}");
    }

    [SharedDataFact]
    public void Rehearsing_the_original_data_keeps_more_of_the_original_domain()
    {
        NerCorpus news = Slice("conll2003-en.dev.conll", 600);
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 3000)], [news], Small);
        NerTrainingOptions options = Small with { Epochs = 2 };
        NerCorpus train = Slice("wikigold-en.train.conll", 1000);

        // Without dev data the last epoch is kept, neither pulled back nor chosen: what remains is rehearsal's doing.
        NerModel plain = original.FineTune([train], [], options);
        NerModel rehearsed = original.FineTune([train], [], options with { Rehearsal = [Slice("conll2003-en.train.conll", 3000)] });

        double plainF1 = plain.Evaluate(news.Sentences).Micro().F1, rehearsedF1 = rehearsed.Evaluate(news.Sentences).Micro().F1;
        Assert.True(rehearsedF1 > plainF1 + 0.01, $"news F1 {plainF1:F4} without rehearsal, {rehearsedF1:F4} with it");
    }

    [SharedDataFact]
    public void Fine_tuning_can_add_an_entity_type()
    {
        string[] months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 1000)], [], Small with { Epochs = 3 });
        NerCorpus withDates = new("dates", [.. Slice("conll2003-en.train.conll", 3000).Sentences
            .Select(s => s with { Labels = [.. s.Tokens.Select((t, i) => months.Contains(t) ? "B-DATE" : s.Labels[i])] })]);

        NerModel tuned = original.FineTune([withDates], [], Small with { Epochs = 3 });

        Assert.Equal(["PER", "ORG", "LOC", "MISC", "DATE"], tuned.EntityTypes);
        Assert.Equal(["O", "O", "O", "B-DATE", "O"], tuned.Tag(["He", "left", "in", "March", "."]));
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "O"], tuned.Tag(["Bill", "Clinton", "said", "on", "Monday", "."]));
    }

    [SharedDataFact]
    public void Fine_tuning_scores_the_starting_model_first_and_keeps_it_when_no_epoch_does_better()
    {
        NerCorpus dev = Slice("conll2003-en.dev.conll", 300);
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 1000)], [], Small with { Epochs = 3 });
        // Every person labelled a place: no epoch of this can beat the starting model on correct data.
        NerCorpus wrong = new("wrong", [.. Slice("conll2003-en.train.conll", 500).Sentences
            .Select(s => s with { Labels = [.. s.Labels.Select(l => l.Replace("PER", "LOC", StringComparison.Ordinal))] })]);
        var log = new StringWriter();

        NerModel tuned = original.FineTune([wrong], [dev], Small with { Epochs = 2, Patience = 2, Progress = log });

        Assert.Contains("epoch 0 (the starting model)", log.ToString());
        Assert.Equal(original.Evaluate(dev.Sentences).Micro().F1, tuned.Evaluate(dev.Sentences).Micro().F1);
    }

    [SharedDataFact]
    public void The_starting_model_scored_and_kept_as_epoch_0_never_tags_a_type_being_added()
    {
        string[] months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
        NerCorpus dev = Slice("conll2003-en.dev.conll", 300);
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 1000)], [], Small with { Epochs = 3 });
        // Months become dates, and every person a place: no epoch of this beats the starting model on the dev file.
        NerCorpus wrong = new("wrong", [.. Slice("conll2003-en.train.conll", 500).Sentences
            .Select(s => s with { Labels = [.. s.Tokens.Select((t, i) => months.Contains(t) ? "B-DATE" : s.Labels[i].Replace("PER", "LOC", StringComparison.Ordinal))] })]);

        NerModel tuned = original.FineTune([wrong], [dev], Small with { Epochs = 1, Patience = 1 });

        Assert.Equal(["PER", "ORG", "LOC", "MISC", "DATE"], tuned.EntityTypes);
        foreach (LabeledSentence sentence in dev.Sentences)
        {
            Assert.Equal(original.Tag(sentence.Tokens), tuned.Tag(sentence.Tokens));
        }
    }

    [SharedDataFact]
    public void Fine_tuning_the_French_model_on_data_without_misc_keeps_its_labels_in_place()
    {
        // Regression: FineTune once tagged "Emmanuel Macron est à" B-MISC I-MISC B-MISC I-MISC.
        NerModel original = NerModel.LoadEmbedded(Language.French);
        NerCorpus news = Slice("newseye-fr.train.conll", 300);

        NerModel tuned = original.FineTune([news], [], new NerTrainingOptions { Epochs = 1 });

        Assert.Equal(original.EntityTypes, tuned.EntityTypes);
        Assert.Equal(["B-PER", "I-PER", "O", "O", "B-LOC", "O"], tuned.Tag(["Emmanuel", "Macron", "est", "à", "Paris", "."]));
    }

    [SharedDataFact]
    public void Fine_tuning_keeps_the_weights_of_a_type_the_new_data_lacks()
    {
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 1000)], [], Small with { Epochs = 3 });
        NerCorpus withoutMisc = new("no-misc", [.. Slice("wikigold-en.train.conll", 500).Sentences
            .Select(s => s with { Labels = [.. s.Labels.Select(l => l.EndsWith("MISC", StringComparison.Ordinal) ? "O" : l)] })]);

        NerModel tuned = original.FineTune([withoutMisc], [], Small with { Epochs = 2 });

        // Equal up to one factor (fine-tuning rescales the whole model, which changes no tag) and 16-bit rounding.
        float[] before = original.Weights(original.LabelCount), after = tuned.Weights(tuned.LabelCount);
        int[] misc = [.. Enumerable.Range(0, before.Length).Where(i => i % 9 is 7 or 8)];
        int[] person = [.. Enumerable.Range(0, before.Length).Where(i => i % 9 is 1 or 2)];
        int largest = misc.MaxBy(i => Math.Abs(before[i]));
        float factor = after[largest] / before[largest];
        float rounding = 2 * after.Max(Math.Abs) / short.MaxValue;
        float MostChanged(int[] indexes) => indexes.Max(i => Math.Abs(after[i] - (factor * before[i])));
        Assert.Equal(["PER", "ORG", "LOC", "MISC"], tuned.EntityTypes);
        Assert.InRange(MostChanged(misc), 0, rounding);
        Assert.InRange(MostChanged(person), 10 * rounding, float.MaxValue);
    }

    [SharedDataFact]
    public void Fine_tuning_with_rehearsal_is_deterministic_per_seed()
    {
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 500)], [], Small with { Epochs = 2 });
        NerTrainingOptions options = Small with { Epochs = 2, Rehearsal = [Slice("conll2003-en.train.conll", 800)] };
        NerCorpus train = Slice("wikigold-en.train.conll", 300);

        byte[] first = Bytes(original.FineTune([train], [], options));

        Assert.Equal(first, Bytes(original.FineTune([train], [], options)));
        Assert.NotEqual(first, Bytes(original.FineTune([train], [], options with { Seed = 2 })));
        Assert.NotEqual(first, Bytes(original.FineTune([train], [], options with { Rehearsal = [] })));
    }

    [SharedDataFact]
    public void Cancelling_training_returns_the_best_model_so_far()
    {
        NerCorpus dev = Slice("conll2003-en.dev.conll", 300);
        using var cancel = new CancellationTokenSource();
        var log = new StringWriter();
        var progress = new CancelInEpoch(log, "epoch 2/", cancel);

        NerModel model = NerModel.Train([Slice("conll2003-en.train.conll", 1000)], [dev], Small with { Epochs = 50, Progress = log, EpochProgress = progress }, cancel.Token);

        Assert.Contains("interrupted in epoch 3: keeping epoch", log.ToString());
        Assert.DoesNotContain("epoch 3/", log.ToString());
        Assert.InRange(model.Evaluate(dev.Sentences).Micro().F1, 0.6, 1.0);
    }

    [SharedDataFact]
    public void Training_reports_the_progress_of_each_epoch_up_to_its_end()
    {
        var shares = new List<double>();

        NerModel.Train([Slice("conll2003-en.train.conll", 300)], [], Small with { Epochs = 2, EpochProgress = new Recorder(shares) });

        Assert.InRange(shares.Count, 150, 250);
        Assert.Equal(2, shares.Count(share => share == 1.0));
        Assert.All(shares, share => Assert.InRange(share, 0.0, 1.0));
    }

    /// <summary>Cancels once the log shows <paramref name="line"/>: synchronous, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class CancelInEpoch(StringWriter log, string line, CancellationTokenSource cancel) : IProgress<double>
    {
        public void Report(double value)
        {
            if (log.ToString().Contains(line, StringComparison.Ordinal))
            {
                cancel.Cancel();
            }
        }
    }

    private sealed class Recorder(List<double> shares) : IProgress<double>
    {
        public void Report(double value) => shares.Add(value);
    }

    [Theory]
    [InlineData(0.0, null)]
    [InlineData(1.0, -1.0)]
    public void A_rehearsal_share_not_above_0_or_a_negative_tolerance_is_refused(double share, double? keepWithin)
    {
        NerModel original = NerModel.LoadEmbedded(Language.English);
        var data = new NerCorpus("one", [new LabeledSentence(["Mark", "Rutte"], ["B-PER", "I-PER"])]);

        Assert.Throws<ArgumentException>(() => original.FineTune([data], [data, data],
            new NerTrainingOptions { Epochs = 1, Rehearsal = [data], RehearsalShare = share, KeepWithin = keepWithin }));
    }

    [Fact]
    public void A_model_is_trained_for_French_or_English_only()
    {
        var sentence = new LabeledSentence(["Mark", "Rutte"], ["B-PER", "I-PER"]);

        Assert.Throws<ArgumentException>(() => NerModel.Train([new NerCorpus("one", [sentence])], [],
            new NerTrainingOptions { Language = Language.Unknown, Epochs = 1, HashBits = 12 }));
    }
}
