using NewsExtraction.Entities;
using NewsExtraction.Entities.Training;

namespace NewsExtraction.Tests.Entities;

/// <summary>The entity models an extractor uses: <see cref="ExtractionOptions.EntityModels"/>, else the embedded ones.</summary>
public sealed class EntityModelsTests
{
    // A tiny model that has learned one odd thing: "Paris" names an organisation.
    private static NerModel ParisIsAnOrganization(Language language)
    {
        string[] tokens = language == Language.French ? ["Paris", "a", "signé", "."] : ["Paris", "has", "signed", "."];
        var sentence = new LabeledSentence(tokens, ["B-ORG", "O", "O", "O"]);
        return NerModel.Train([new NerCorpus("paris", [.. Enumerable.Repeat(sentence, 20)])], [],
            new NerTrainingOptions { Language = language, Epochs = 2, HashBits = 12 });
    }

    private static EntityType[] TypesOfParis(NewsExtractor extractor, string text, Language language) =>
        [.. extractor.Extract(text, language).Entities.Where(e => e.Text == "Paris").Select(e => e.Type)];

    [Theory]
    [InlineData(Language.French, "Paris a signé.")]
    [InlineData(Language.English, "Paris has signed.")]
    public void A_model_given_for_a_language_tags_that_languages_documents(Language language, string text)
    {
        var options = new ExtractionOptions { Stages = ExtractionStages.Entities, EntityModels = new Dictionary<Language, NerModel> { [language] = ParisIsAnOrganization(language) } };

        Assert.Equal([EntityType.Organization], TypesOfParis(new NewsExtractor(options), text, language));
        Assert.DoesNotContain(EntityType.Organization, TypesOfParis(new NewsExtractor(options with { EntityModels = null }), text, language));
    }

    [Fact]
    public void A_language_without_a_model_given_keeps_its_embedded_model()
    {
        var options = new ExtractionOptions
        {
            Stages = ExtractionStages.Entities,
            EntityModels = new Dictionary<Language, NerModel> { [Language.French] = ParisIsAnOrganization(Language.French) },
        };

        Assert.DoesNotContain(EntityType.Organization, TypesOfParis(new NewsExtractor(options), "Paris has signed.", Language.English));
    }

    [Theory]
    [InlineData(Language.French, Language.English)]
    [InlineData(Language.English, Language.French)]
    [InlineData(Language.Unknown, Language.French)]
    public void A_model_given_for_another_language_than_its_own_is_refused(Language given, Language own)
    {
        var options = new ExtractionOptions { EntityModels = new Dictionary<Language, NerModel> { [given] = ParisIsAnOrganization(own) } };

        Assert.Throws<NerModelException>(() => new NewsExtractor(options));
    }
}
