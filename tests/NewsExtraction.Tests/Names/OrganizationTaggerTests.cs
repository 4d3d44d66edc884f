using NewsExtraction.Names;

namespace NewsExtraction.Tests.Names;

public sealed class OrganizationTaggerTests
{
    private static string[] Tag(string annotated, Language language)
    {
        using var document = TestDocuments.Create(annotated, language);
        new OrganizationTagger().Process(document);
        return TestDocuments.Describe(document);
    }

    [Theory]
    [InlineData("L’Otan et le Pentagone, selon l’AFP.", "Otan=ORGANIZATION | Pentagone=ORGANIZATION | AFP=ORGANIZATION")]
    [InlineData("la Charte des Nations Unies et le Kremlin", "Nations Unies=ORGANIZATION | Kremlin=ORGANIZATION")]
    [InlineData("le chef de l’Alliance nord-atlantique", "Alliance nord-atlantique=ORGANIZATION")]
    public void French_known_organisations_are_tagged(string text, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, Language.French));

    [Theory]
    [InlineData("NATO Secretary General Mark Rutte", "NATO=ORGANIZATION")]
    [InlineData("The WHO said the UN would help.", "WHO=ORGANIZATION | UN=ORGANIZATION")]
    [InlineData("the World Health Organization", "World Health Organization=ORGANIZATION")]
    public void English_known_organisations_are_tagged(string text, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, Language.English));

    [Theory]
    [InlineData("Mark Rutte a réagi ce lundi sur X : « La Corée du Nord", Language.French)]
    [InlineData("a déclaré le chef de l’Alliance sur X.\u00A0« L’envoi de troupes", Language.French)]
    [InlineData("The minister posted on X, saying the talks had failed.", Language.English)]
    [InlineData("He wrote on X.", Language.English)]
    public void X_after_sur_or_on_and_before_punctuation_is_the_social_network(string text, Language language) =>
        Assert.Equal(["X=ORGANIZATION"], Tag(text, language));

    [Theory]
    [InlineData("le roi Louis X et les rayons X", Language.French)]
    [InlineData("l’effet sur X et Y", Language.French)]
    [InlineData("Generation X grew up on X rays.", Language.English)]
    [InlineData("Mr X. said nothing.", Language.English)]
    public void X_as_a_letter_is_not_tagged(string text, Language language) =>
        Assert.Empty(Tag(text, language));

    [Theory]
    [InlineData("The [ORG European Union and India] reached a deal", "European Union=ORGANIZATION")]
    [InlineData("NATO and the [LOC Alliance] agreed", "NATO=ORGANIZATION | Alliance=ORGANIZATION")]
    public void English_names_run_together_are_split_and_generic_aliases_follow_a_named_organisation(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(annotated, Language.English));

    [Theory]
    [InlineData("un soldat de l’otan", Language.French)]
    [InlineData("UN SOLDAT TUÉ", Language.French)]
    [InlineData("WHO SAID THAT", Language.English)]
    [InlineData("the Moscow Kremlin Museum", Language.English)]
    [InlineData("la Commission a tranché", Language.French)]
    public void Words_runs_of_capitals_longer_names_and_generic_aliases_are_not_tagged(string text, Language language) =>
        Assert.DoesNotContain(Tag(text, language), d => d.EndsWith("=ORGANIZATION", StringComparison.Ordinal));

    [Theory]
    [InlineData("le [ORG Conseil de sécurité de l’ONU]", "Conseil de sécurité de l’ONU=ORGANIZATION")]
    [InlineData("le [LOC Pentagone]", "Pentagone=ORGANIZATION")]
    [InlineData("du [ORG Conseil de sécurité de] l’ONU", "Conseil de sécurité de l’ONU=ORGANIZATION")]
    [InlineData("la [ORG Charte des Nations Unies]", "Nations Unies=ORGANIZATION")]
    [InlineData("l’[ORG Agence de l’ONU pour les réfugiés]", "Agence de l’ONU pour les réfugiés=ORGANIZATION")]
    [InlineData("la [ORG Communauté économique des États] de l’Afrique de l’Ouest (Cédéao)",
        "Communauté économique des États de l’Afrique de l’Ouest=ORGANIZATION | Cédéao=ORGANIZATION")]
    [InlineData("l’Otan et le chef de l’[LOC Alliance]", "Otan=ORGANIZATION | Alliance=ORGANIZATION")]
    [InlineData("[PER Mark Rutte] de l’Otan", "Mark Rutte=PERSON | Otan=ORGANIZATION")]
    public void Entity_model_mentions_are_kept_unless_they_are_fragments_places_or_works_of_a_known_organisation(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(annotated, Language.French));

    [Theory]
    [InlineData("Un sondage Ifop pour le JDD, relayé sur Facebook et Twitter.", Language.French,
        "Ifop=ORGANIZATION | JDD=ORGANIZATION | Facebook=ORGANIZATION | Twitter=ORGANIZATION")]
    [InlineData("Selon La Croix et Libération, la CAQ devance le PQ.", Language.French,
        "La Croix=ORGANIZATION | Libération=ORGANIZATION | CAQ=ORGANIZATION | PQ=ORGANIZATION")]
    [InlineData("The Tory leader told the Daily Star that Labour had failed.", Language.English,
        "Tory=ORGANIZATION | Daily Star=ORGANIZATION | Labour=ORGANIZATION")]
    [InlineData("A YouGov poll for Sky News, shared on Facebook.", Language.English,
        "YouGov=ORGANIZATION | Sky News=ORGANIZATION | Facebook=ORGANIZATION")]
    public void Parties_outlets_pollsters_and_social_networks_are_known_organisations(string text, Language language, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, language));

    [Theory]
    [InlineData("sympathisant du [PER Vlaams Belang] et de Pegida", Language.French, "Vlaams Belang=ORGANIZATION")]
    [InlineData("a message from [PER Sky News] today", Language.English, "Sky News=ORGANIZATION")]
    public void A_known_organisation_wins_over_a_person_of_the_same_span(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("[PER Matignon] a répondu aux syndicats.", Language.French, "Matignon=ORGANIZATION")]
    [InlineData("l’[PER Élysée] a démenti", Language.French, "Élysée=ORGANIZATION")]
    [InlineData("[PER Downing Street] said the talks would go on.", Language.English, "Downing Street=ORGANIZATION")]
    [InlineData("a statement from the [PER Kremlin]", Language.English, "Kremlin=ORGANIZATION")]
    public void A_seat_of_power_is_never_a_person(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("le chef parlementaire du [ORG Parti québécois insiste] pour regarder", Language.French, "Parti québécois=ORGANIZATION")]
    [InlineData("the [ORG Labour Party argued] that", Language.English, "Labour Party=ORGANIZATION")]
    public void A_known_organisation_drops_the_lower_case_words_the_model_ran_on_into(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Fact]
    public void A_longer_known_name_is_not_cut_to_its_generic_alias() =>
        Assert.Equal(["Otan=ORGANIZATION", "Alliance nord-atlantique=ORGANIZATION"],
            Tag("L’Otan se réunit. Le chef de l’[ORG Alliance nord-atlantique] a parlé.", Language.French));
}
