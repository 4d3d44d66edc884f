using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Le Ministère de l’Économie et des Finances", "le ministere de l'economie et des finances")]
    [InlineData("The U.S. SECRETARY of State‐designate", "the u.s. secretary of state-designate")]
    [InlineData("ŒUVRES COMPLÈTES, Łódź", "œuvres completes, łodz")]
    public void A_text_folds_to_lower_case_without_diacritics_and_with_ASCII_apostrophes_and_hyphens(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    // Every length up to three blocks of eight, with an accented letter, an upper-case letter or neither at every
    // place: the text folds as its characters one by one.
    [Theory]
    [InlineData('É')]
    [InlineData('Z')]
    [InlineData('’')]
    [InlineData('x')]
    public void A_text_folds_as_its_characters_one_by_one_wherever_they_stand(char odd)
    {
        const string words = "Paris et London ont dit que Les Echos";
        for (int length = 0; length <= 24; length++)
        {
            for (int at = 0; at < length; at++)
            {
                char[] text = words[..length].ToCharArray();
                text[at] = odd;
                var folded = new char[length];

                TextFolding.Fold(text, folded);

                Assert.Equal(text.Select(TextFolding.Fold), folded);
            }
        }
    }

    [Fact]
    public void A_destination_shorter_than_the_text_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextFolding.Fold("Otan", new char[3]));
}
