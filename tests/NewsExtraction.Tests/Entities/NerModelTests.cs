using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class NerModelTests
{
    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void The_embedded_models_tag_people_organisations_places_and_misc(Language language)
    {
        NerModel model = EntityRecognizer.ModelFor(language);

        Assert.Equal(language, model.Language);
        Assert.Equal(["PER", "ORG", "LOC", "MISC"], model.EntityTypes);
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_saved_model_loads_back_to_the_same_bytes_and_labels(Language language)
    {
        NerModel model = EntityRecognizer.ModelFor(language);
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;

        NerModel loaded = NerModel.Load(saved);
        using var again = new MemoryStream();
        loaded.Save(again);

        Assert.Equal(saved.ToArray(), again.ToArray());
        string[] sentence = ["Mark", "Rutte", "est", "à", "Bruxelles", "."];
        Assert.Equal(model.Tag(sentence), loaded.Tag(sentence));
    }

    [Theory]
    [InlineData(Language.French, "Kent", true)]
    [InlineData(Language.English, "Chechnya", true)]
    [InlineData(Language.French, "Poutine", false)]
    [InlineData(Language.English, "Blinken", false)]
    [InlineData(Language.French, "Xqzvbl", false)]
    [InlineData(Language.English, "Xqzvbl", false)]
    public void The_name_lists_tell_words_that_only_open_other_names_than_people(Language language, string word, bool expected) =>
        Assert.Equal(expected, EntityRecognizer.ModelFor(language).OpensOnlyOtherNames(word));

    [Fact]
    public void A_stream_that_is_not_a_model_is_rejected() =>
        Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream("not a model at all"u8.ToArray())));

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected_with_its_name()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("newsx-model-").FullName, "notes.txt");
        File.WriteAllText(path, "not a model at all");

        NerModelException error = Assert.Throws<NerModelException>(() => NerModel.Load(path));

        Assert.Contains("notes.txt", error.Message);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_damaged_or_newer_model_is_rejected(Language language)
    {
        using var saved = new MemoryStream();
        NerModel.LoadEmbedded(language).Save(saved);
        byte[] bytes = saved.ToArray();
        byte[] newer = [.. bytes];
        newer[4] = 99; // the format version

        Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
        Assert.Contains("version 99", Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream(newer))).Message);
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void The_embedded_model_of_a_language_is_loaded_once_and_is_the_extractors(Language language)
    {
        NerModel model = NerModel.LoadEmbedded(language);

        Assert.Equal(language, model.Language);
        Assert.Same(model, NerModel.LoadEmbedded(language));
        Assert.Same(model, EntityRecognizer.ModelFor(language));
    }

    [Fact]
    public void There_is_no_embedded_model_for_an_unknown_language() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NerModel.LoadEmbedded(Language.Unknown));
}
