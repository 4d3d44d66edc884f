using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class WordAffixesTests
{
    [Theory]
    [InlineData("Otan", "otan")]
    [InlineData("l’Otan", "l'OTAN")]
    [InlineData("NATO", "nato")]
    public void Affixes_ignore_case_and_the_writing_of_apostrophes(string word, string other)
    {
        WordAffixes a = WordAffixes.Of(word), b = WordAffixes.Of(other);

        Assert.Equal((a.Prefix1, a.Prefix2, a.Prefix3, a.Prefix4), (b.Prefix1, b.Prefix2, b.Prefix3, b.Prefix4));
        Assert.Equal((a.Suffix1, a.Suffix2, a.Suffix3, a.Suffix4), (b.Suffix1, b.Suffix2, b.Suffix3, b.Suffix4));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("UN")]
    public void A_word_shorter_than_four_characters_repeats_its_whole_form_as_the_longer_affixes(string word)
    {
        WordAffixes affixes = WordAffixes.Of(word);

        Assert.Equal(TokenHashes.Of(word).Lower, affixes.Prefix2);
        Assert.Equal(affixes.Prefix2, affixes.Prefix4);
        Assert.Equal(affixes.Suffix2, affixes.Suffix4);
        Assert.NotEqual(affixes.Prefix1, affixes.Prefix2);
    }

    [Theory]
    [InlineData("Macron", "Madrid")]
    [InlineData("Biden", "Birmingham")]
    public void Words_that_share_a_beginning_share_their_short_prefixes_only(string word, string other)
    {
        WordAffixes a = WordAffixes.Of(word), b = WordAffixes.Of(other);

        Assert.Equal(a.Prefix2, b.Prefix2);
        Assert.NotEqual(a.Prefix4, b.Prefix4);
        Assert.NotEqual(a.Suffix1, b.Suffix1);
    }
}
