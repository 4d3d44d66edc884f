using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class FoldedWordSetTests
{
    // Words given folded or not, in French and English; one over 64 characters, where the length bit wraps.
    private static readonly FoldedWordSet Words = new(["Ministère", "préfecture", "ministry", "Office", "de", "of", new string('a', 70)]);

    [Theory]
    [InlineData("ministère")]
    [InlineData("MINISTERE")]
    [InlineData("Préfecture")]
    [InlineData("prefecture")]
    [InlineData("Ministry")]
    [InlineData("OFFICE")]
    [InlineData("De")]
    [InlineData("of")]
    public void A_word_is_found_whatever_its_case_and_accents(string word) => Assert.True(Words.Contains(word));

    [Theory]
    [InlineData("ministères")] // same first letter, other length
    [InlineData("ministre")]
    [InlineData("ministries")]
    [InlineData("offices")]
    [InlineData("du")] // same length, other word
    [InlineData("or")]
    [InlineData("d")]
    [InlineData("")]
    public void Another_word_is_not_found(string word) => Assert.False(Words.Contains(word));

    [Fact]
    public void A_word_whose_length_wraps_the_length_bit_is_told_from_a_short_one()
    {
        Assert.True(Words.Contains(new string('A', 70)));
        Assert.False(Words.Contains(new string('a', 6)));
        Assert.False(Words.Contains(new string('a', 200)));
    }

    [Fact]
    public void An_empty_word_cannot_be_in_a_set() => Assert.Throws<ArgumentException>(() => new FoldedWordSet(["de", ""]));
}
