using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class WordShapeFilterTests
{
    // Month names of both languages, one with an accented first letter and one over 64 characters, where lengths wrap.
    private static readonly WordShapeFilter Filter = new(["août", "décembre", "March", "June", "été", new string('x', 70)]);

    [Theory]
    [InlineData("août")]
    [InlineData("AOÛT")]
    [InlineData("Décembre")]
    [InlineData("march")]
    [InlineData("JUNE")]
    [InlineData("Été")]
    public void A_listed_word_may_be_in_the_list_whatever_its_case(string word) => Assert.True(Filter.MayContain(word));

    [Theory]
    [InlineData("avril")] // first letter of a listed word, not its last letter
    [InlineData("mars")] // first and last letters of a listed word, not its length
    [InlineData("July")]
    [InlineData("semaine")]
    [InlineData("")]
    public void A_word_of_another_shape_is_not(string word) => Assert.False(Filter.MayContain(word));

    [Fact]
    public void Lengths_wrap_at_64_so_a_long_word_is_still_found()
    {
        Assert.True(Filter.MayContain(new string('x', 70)));
        Assert.True(Filter.MayContain(new string('x', 6))); // a "maybe": the lookup after the filter tells them apart
        Assert.False(Filter.MayContain(new string('x', 7)));
    }

    [Fact]
    public void By_the_first_character_alone_the_last_one_does_not_count()
    {
        var byFirst = new WordShapeFilter(["août", "march"], lastCharacter: false);
        Assert.True(byFirst.MayContain("avri")); // "août"'s first letter and length
        Assert.True(byFirst.MayContain("MARCH"));
        Assert.False(byFirst.MayContain("avril"));
        Assert.False(byFirst.MayContain("juin"));
        Assert.False(Filter.MayContain("avri"));
    }

    [Fact]
    public void An_empty_word_cannot_be_listed() => Assert.Throws<ArgumentException>(() => new WordShapeFilter(["mai", ""]));
}
