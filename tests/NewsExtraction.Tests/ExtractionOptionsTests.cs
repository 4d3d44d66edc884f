namespace NewsExtraction.Tests;

public sealed class ExtractionOptionsTests
{
    [Fact]
    public void The_entity_types_are_copied_so_changing_the_callers_set_later_changes_nothing()
    {
        var types = new HashSet<EntityType> { EntityType.Person };
        var extractor = new NewsExtractor(new ExtractionOptions { EntityTypes = types });
        types.Add(EntityType.Country);
        types.Remove(EntityType.Person);

        ExtractionResult result = extractor.Extract("Emmanuel Macron est arrivé en Allemagne.", Language.French);
        Assert.Equal([EntityType.Person], result.Entities.Select(e => e.Type));
        Assert.False(extractor.Options.EntityTypes!.Contains(EntityType.Country));
    }

    [Fact]
    public void A_stage_combination_with_unknown_bits_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionOptions { Stages = (ExtractionStages)64 });

    [Theory]
    [InlineData(Language.Unknown)]
    [InlineData((Language)99)]
    public void The_fallback_language_is_french_or_english(Language language) =>
        Assert.Equal("FallbackLanguage", Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionOptions { FallbackLanguage = language }).ParamName);

    [Fact]
    public void Extract_rejects_a_language_that_is_not_a_named_value()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NewsExtractor().Extract("texte", (Language)99));
        Assert.Equal("language", error.ParamName);
        Assert.Contains("99 is not a Language", error.Message, StringComparison.Ordinal);
    }
}
