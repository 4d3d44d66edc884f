using NewsExtraction.Quotes;

namespace NewsExtraction.Tests.Quotes;

public sealed class SpeechVerbsTests
{
    [Theory]
    [InlineData("déclare", "déclarait", "déclara", "déclarera", "déclarerait", "déclaré", "déclarée", "déclarant")]
    [InlineData("annonce", "annonçait", "annonça", "annoncera", "annoncé", "annonçant", "annoncent", "annonçons")]
    [InlineData("rappelle", "rappelait", "rappellera", "rappelé", "considère", "considérait", "martèle", "martelé")]
    [InlineData("avertit", "avertissait", "averti", "avertissent", "répond", "répondait", "répondu", "défendue")]
    [InlineData("dit", "disait", "dira", "disent", "prévient", "prévenu", "écrit", "reconnaît")]
    public void French_forms_of_every_tense_and_person_are_speech_verbs(params string[] forms) =>
        Assert.All(forms, form => Assert.True(SpeechVerbs.French.Contains(form), form));

    [Theory]
    [InlineData("say", "says", "said", "saying", "tell", "tells", "told", "telling")]
    [InlineData("add", "adds", "added", "adding", "warn", "warns", "warned", "warning")]
    [InlineData("deny", "denies", "denied", "denying", "stress", "stresses", "stressed", "stressing")]
    [InlineData("admit", "admits", "admitted", "admitting", "write", "writes", "wrote", "written")]
    public void English_forms_of_every_tense_and_person_are_speech_verbs(params string[] forms) =>
        Assert.All(forms, form => Assert.True(SpeechVerbs.English.Contains(form), form));

    [Theory]
    [InlineData("Déclaré")]
    [InlineData("Said")]
    [InlineData("Selon")]
    public void The_lexicon_ignores_case(string word) =>
        Assert.NotEqual(SpeechVerbs.CueWord.None, QuoteLexicon.Lookup(word).Cue);

    [Theory]
    [InlineData("l'", "l’")]
    [InlineData("qu'", "qu’")]
    public void The_lexicon_reads_either_apostrophe(string straight, string typographic) =>
        Assert.Equal(QuoteLexicon.Lookup(straight), QuoteLexicon.Lookup(typographic));

    [Theory]
    [InlineData("ministre", "minister")]
    [InlineData("porte-parole", "spokesman")]
    [InlineData("ambassadeur", "ambassador")]
    public void French_and_English_role_nouns_share_a_role(string french, string english) =>
        Assert.Equal(QuoteLexicon.Lookup(french).Role, QuoteLexicon.Lookup(english).Role);

    [Theory]
    [InlineData("soldats")]
    [InlineData("Ukraine")]
    [InlineData("speech")]
    [InlineData("UN")]
    public void Other_words_are_unknown(string word) =>
        Assert.Equal(new WordInfo { Role = -1 }, QuoteLexicon.Lookup(word));
}
