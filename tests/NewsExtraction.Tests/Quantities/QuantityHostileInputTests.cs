using NewsExtraction.Serialization;

namespace NewsExtraction.Tests.Quantities;

/// <summary>Numbers an attacker or a broken scraper writes: every one ends, and every value is a JSON number.</summary>
public sealed class QuantityHostileInputTests
{
    private static readonly NewsExtractor Extractor = new(new ExtractionOptions { Stages = ExtractionStages.Quantities });

    // A regression hangs: give up after a generous time instead of stalling the whole test run.
    private static async Task<ExtractionResult> ExtractWithinAsync(string text, Language language) =>
        await Task.Run(() => Extractor.Extract(text, language)).WaitAsync(TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData("fr", "de 0 à 1 000 soldats", "1 000 soldats")]
    [InlineData("fr", "Le bilan est passé de 0 à 1.000 morts", "1.000 morts")]
    [InlineData("fr", "Un score de 0–1.000", "1.000")]
    [InlineData("en", "between 0 and 1,000 soldiers", "1,000 soldiers")]
    public async Task A_range_starting_at_zero_ends_with_the_value_zero(string lang, string text, string upper)
    {
        ExtractionResult result = await ExtractWithinAsync(text, lang == "en" ? Language.English : Language.French);
        Assert.Equal(["0", upper], result.Entities.Select(e => e.Text));
        Assert.Equal(0, result.Entities[0].Value);
    }

    [Theory]
    [InlineData("fr", "soldats")]
    [InlineData("en", "soldiers")]
    public void A_number_beyond_the_range_of_a_double_is_not_a_quantity(string lang, string noun)
    {
        string digits = new('9', 400);
        string grouped = "1" + string.Concat(Enumerable.Repeat(",000", 110));
        foreach (string number in new[] { digits, grouped })
        {
            ExtractionResult result = Extractor.Extract($"{number} {noun}, puis 12 {noun}.", lang == "en" ? Language.English : Language.French);
            Entity quantity = Assert.Single(result.Entities);
            Assert.Equal(12, quantity.Value);
            Assert.Contains("\"value\":12", ExtractionJson.Serialize(result, "id"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void An_entity_value_is_never_infinite_or_not_a_number(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Entity { Type = EntityType.Quantity, Start = 0, End = 1, Text = "x", Value = value });
}
