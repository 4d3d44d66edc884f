using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class SentenceLanguageTests
{
    private static Language Of(string sentence, Language documentLanguage)
    {
        var tokens = new Token[sentence.Length + 1];
        int count = Tokenizer.Tokenize(sentence, tokens);
        return SentenceLanguage.Of(sentence, tokens.AsSpan(0, count), documentLanguage);
    }

    [Theory]
    [InlineData("For Latest Updates Follow us on Google News", Language.French, Language.English)]
    [InlineData("Of Mice and Men", Language.French, Language.English)]
    [InlineData("Russian President Vladimir Putin, right, and North Korea's leader Kim Jong Un shake hands in Pyongyang.", Language.French, Language.English)]
    [InlineData("Le ministre nord-coréen des Affaires étrangères est arrivé à Moscou mercredi.", Language.English, Language.French)]
    [InlineData("Suivez-nous sur les réseaux sociaux et abonnez-vous à la lettre d’information", Language.English, Language.French)]
    public void A_sentence_clearly_in_the_other_language_takes_that_language(string sentence, Language document, Language expected) =>
        Assert.Equal(expected, Of(sentence, document));

    [Theory]
    [InlineData("Le ministre est arrivé à Moscou mercredi, selon les médias officiels.", Language.French)]
    [InlineData("The minister arrived in Moscow on Wednesday, state media said.", Language.English)]
    [InlineData("Kim Jong-un, Vladimir Poutine", Language.French)]
    [InlineData("Kim Jong-un, Vladimir Putin", Language.English)]
    public void A_sentence_in_the_documents_language_or_without_function_words_keeps_it(string sentence, Language document) =>
        Assert.Equal(document, Of(sentence, document));

    [Theory]
    [InlineData("Le film « Of Mice and Men » sort mercredi.", Language.French)]
    [InlineData("The Good Wife.", Language.English)]
    [InlineData("Il a lu « Le Petit Prince » en anglais.", Language.French)]
    [InlineData("She read « Le Petit Prince » twice.", Language.English)]
    public void A_foreign_title_inside_a_sentence_does_not_change_its_language(string sentence, Language document) =>
        Assert.Equal(document, Of(sentence, document));

    [Fact]
    public void A_document_of_unknown_language_keeps_it_for_every_sentence() =>
        Assert.Equal(Language.Unknown, Of("For Latest Updates Follow us on Google News", Language.Unknown));
}
