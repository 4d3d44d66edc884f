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
    public void Fine_tuning_can_add_an_entity_type()
    {
        string[] months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
        NerModel original = NerModel.Train([Slice("conll2003-en.train.conll", 1000)], [], Small with { Epochs = 3 });
        NerCorpus withDates = new("dates", [.. Slice("conll2003-en.train.conll", 3000).Sentences
            .Select(s => s with { Labels = [.. s.Tokens.Select((t, i) => months.Contains(t) ? "B-DATE" : s.Labels[i])] })]);

        NerModel tuned = original.FineTune([withDates], [], Small with { Epochs = 3, FineTuneRate = 1 });

        Assert.Equal(["PER", "ORG", "LOC", "MISC", "DATE"], tuned.EntityTypes);
        Assert.Equal(["O", "O", "O", "B-DATE", "O"], tuned.Tag(["He", "left", "in", "March", "."]));
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "O"], tuned.Tag(["Bill", "Clinton", "said", "on", "Monday", "."]));
    }
}
