using NewsExtraction.Names;

namespace NewsExtraction.Tests.Names;

public sealed class OrganizationEvidenceTests
{
    private static string[] Tag(string annotated, Language language)
    {
        using var document = TestDocuments.Create(annotated, language);
        new OrganizationTagger().Process(document);
        return TestDocuments.Describe(document);
    }

    [Theory]
    [InlineData("Shares in the retailer [PER Laura Ashley] fell.", Language.English, "Laura Ashley=ORGANIZATION")]
    [InlineData("Video game giant [LOC Wexford Arts] said so.", Language.English, "Wexford Arts=ORGANIZATION")]
    [InlineData("Le projet a été retenu par l’équipementier [PER Barsch].", Language.French, "Barsch=ORGANIZATION")]
    [InlineData("Le réseau social [PER Pliktok] a supprimé la page.", Language.French, "Pliktok=ORGANIZATION")]
    [InlineData("directeur de l’agence de voyages [LOC Oscar Tours], spécialisée", Language.French, "Oscar Tours=ORGANIZATION")]
    [InlineData("directeur de l’agence de voyages [PER Oscar Tours], spécialisée", Language.French, "Oscar Tours=ORGANIZATION")]
    [InlineData("Shares in the group of insurers [PER Royal Sun] fell.", Language.English, "Royal Sun=ORGANIZATION")]
    public void A_name_after_an_organisation_noun_is_an_organisation(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("The group chairman [PER John Smith] resigned.", Language.English, "John Smith=PERSON")]
    [InlineData("le secrétaire national du mouvement populaire [PER Fabien Roussel], assurant que", Language.French, "Fabien Roussel=PERSON")]
    public void A_person_named_after_an_organisation_noun_stays_a_person(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("[LOC Wexford] is the biggest games publisher in the world.", Language.English, "Wexford=ORGANIZATION")]
    [InlineData("[PER Leetchi], plateforme en ligne de collecte, a répondu.", Language.French, "Leetchi=ORGANIZATION")]
    [InlineData("[PER Leetchi] est une filiale du Crédit mutuel.", Language.French, "Leetchi=ORGANIZATION")]
    public void A_name_described_as_an_organisation_after_it_is_one(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("Au lendemain de l'attaque de [LOC Strasbourg], le mouvement semblait décidé.", Language.French, "Strasbourg=LOCATION")]
    [InlineData("After the match in [LOC Leeds], the club said nothing.", Language.English, "Leeds=LOCATION")]
    public void A_clause_after_a_comma_describes_nothing(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("the inquiry and the [LOC High Court] ruling", Language.English, "High Court=ORGANIZATION")]
    [InlineData("la décision du [LOC Tribunal fédéral]", Language.French, "Tribunal fédéral=ORGANIZATION")]
    public void A_place_with_an_organisation_head_word_is_an_organisation(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("Profits at [PER Barclay Sims] plc rose.", Language.English, "Barclay Sims plc=ORGANIZATION")]
    [InlineData("Le fabricant [LOC Brügger] SA a répondu.", Language.French, "Brügger SA=ORGANIZATION")]
    public void A_legal_suffix_joins_the_name_and_makes_it_an_organisation(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Fact]
    public void What_only_an_organisation_owns_makes_the_owner_one() =>
        Assert.Equal(["Wexford=ORGANIZATION"], Tag("[PER Wexford]'s shares fell 3%.", Language.English));

    [Theory]
    [InlineData("Video game maker [ORG Electronic Arts] (EA) said EA would grow.", Language.English,
        "Electronic Arts=ORGANIZATION | EA=ORGANIZATION | EA=ORGANIZATION")]
    [InlineData("la [ORG Cour européenne des droits de l'homme] (CEDH) a jugé, et la CEDH a tranché.", Language.French,
        "Cour européenne des droits de l'homme=ORGANIZATION | CEDH=ORGANIZATION | CEDH=ORGANIZATION")]
    [InlineData("Fabriqué par [ORG Müller & Sohn] (M&S), il coûte cher. M&S vend peu.", Language.French,
        "Müller & Sohn=ORGANIZATION | M&S=ORGANIZATION | M&S=ORGANIZATION")]
    [InlineData("[ORG Atlantic & Texan] (A&T) said A&T would cut jobs.", Language.English,
        "Atlantic & Texan=ORGANIZATION | A&T=ORGANIZATION | A&T=ORGANIZATION")]
    public void An_acronym_in_brackets_after_an_organisation_is_that_organisation_throughout(string text, Language language, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, language));

    [Theory]
    [InlineData("Le contrat revient à [PER Müller & Sohn].", Language.French, "Müller & Sohn=ORGANIZATION")]
    [InlineData("The contract went to [PER Harris & Webb].", Language.English, "Harris & Webb=ORGANIZATION")]
    public void Names_joined_by_an_ampersand_are_a_firm(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("The retailer [PER Laura Ashley] said [PER Laura Ashley] would close shops. Laura Ashley denied it.", Language.English,
        "Laura Ashley=ORGANIZATION | Laura Ashley=ORGANIZATION | Laura Ashley=ORGANIZATION")]
    [InlineData("[PER Leetchi], une plateforme de cagnottes, a répondu. Interpellé, [LOC Leetchi] a fermé la page.", Language.French,
        "Leetchi=ORGANIZATION | Leetchi=ORGANIZATION")]
    public void One_name_has_one_type_in_a_document(string text, Language language, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, language));

    [Theory]
    [InlineData("said Arjan Sweere, an analyst at [LOC Petercam].", Language.English, "Arjan Sweere=PERSON | Petercam=ORGANIZATION")]
    [InlineData("selon Paul Durand, économiste chez [PER Natixis].", Language.French, "Paul Durand=PERSON | Natixis=ORGANIZATION")]
    public void Where_a_person_works_is_an_organisation(string text, Language language, string expected)
    {
        string annotated = text.Replace("Arjan Sweere", "[PER Arjan Sweere]", StringComparison.Ordinal).Replace("Paul Durand", "[PER Paul Durand]", StringComparison.Ordinal);
        Assert.Equal(expected.Split(" | "), Tag(annotated, language));
    }

    [Theory]
    [InlineData("the meeting of the [ORG American Association] for the [ORG Advancement of Science]", Language.English,
        "American Association for the Advancement of Science=ORGANIZATION")]
    [InlineData("le président de l’[ORG Association chinoise] des [ORG Agences de voyages]", Language.French,
        "Association chinoise des Agences de voyages=ORGANIZATION")]
    [InlineData("selon un sondage Ifop pour le JDD publié dimanche", Language.French, "Ifop=ORGANIZATION | JDD=ORGANIZATION")]
    public void An_organisation_cut_at_a_preposition_is_one_name(string text, Language language, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, language));

    [Fact]
    public void An_acronym_after_an_organisation_the_text_does_not_describe_is_tagged_only_there() =>
        Assert.Equal(["Crime Scene Investigation=ORGANIZATION", "CSI=ORGANIZATION"],
            Tag("[ORG Crime Scene Investigation] (CSI) and its spin-offs: the CSI effect.", Language.English));

    [Theory]
    [InlineData("Selon le ministère de l'[ORG Éducation nationale], 5% des enseignants", Language.French, "ministère de l'Éducation nationale=ORGANIZATION")]
    [InlineData("En décembre, le Ministère de l’intérieur français lançait un appel", Language.French, "Ministère de l’intérieur=ORGANIZATION")]
    [InlineData("a spokesman for the Ministry of [ORG Defence] said", Language.English, "Ministry of Defence=ORGANIZATION")]
    public void A_ministrys_noun_belongs_to_its_name(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("Le mouvement prévoit une nouvelle journée.\n(afp/ats)", Language.French, "afp=ORGANIZATION | ats=ORGANIZATION")]
    [InlineData("The talks resumed on Monday. (AP)", Language.English, "AP=ORGANIZATION")]
    [InlineData("Des manifestants à Namur.\n© belga", Language.French, "belga=ORGANIZATION")]
    [InlineData("Protesters in Leeds. © PA", Language.English, "PA=ORGANIZATION")]
    public void A_wire_or_photo_credit_is_an_organisation(string text, Language language, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, language));

    [Theory]
    [InlineData("Il a voté (oui) hier.", Language.French)]
    [InlineData("© 2019 tous droits réservés", Language.French)]
    [InlineData("The figure (see below) is wrong.", Language.English)]
    [InlineData("Photo © Jane Doe", Language.English)]
    public void Brackets_mid_sentence_years_and_photographers_are_no_credit(string text, Language language) =>
        Assert.Empty(Tag(text, language));

    [Theory]
    [InlineData("Dans le Courrier Vaudois, le dessinateur a réagi.", Language.French, "Courrier Vaudois=ORGANIZATION")]
    [InlineData("Dans le Journal de la [LOC Haute-Savoie], il écrit.", Language.French, "Journal de la Haute-Savoie=ORGANIZATION")]
    [InlineData("a column in the Daily Courier on Monday", Language.English, "Daily Courier=ORGANIZATION")]
    public void A_newspaper_head_word_with_the_rest_of_its_title_is_an_organisation(string text, Language language, string expected) =>
        Assert.Equal([expected], Tag(text, language));

    [Theory]
    [InlineData("Journal de bord : il écrit chaque soir.", Language.French)]
    [InlineData("le journal de la Haute-Savoie", Language.French)]
    [InlineData("she kept a daily diary", Language.English)]
    public void A_newspaper_head_word_alone_lower_case_or_opening_a_sentence_names_no_paper(string text, Language language) =>
        Assert.Empty(Tag(text, language));

    [Theory]
    [InlineData("le président de l’[ORG Association belge des] agences de presse en [LOC Europe] (ABAP) a dit", Language.French,
        "Association belge des agences de presse en Europe=ORGANIZATION | ABAP=ORGANIZATION")]
    [InlineData("the [ORG National Union] of Rail Workers (NURW) said", Language.English,
        "National Union of Rail Workers=ORGANIZATION | NURW=ORGANIZATION")]
    public void An_organisation_cut_short_runs_on_to_the_acronym_that_spells_it(string text, Language language, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, language));

    [Theory]
    [InlineData("la [ORG Fédération] a parlé aux agences de voyages (ABAP) hier", Language.French,
        "Fédération=ORGANIZATION")]
    public void Words_the_acronym_does_not_spell_stay_outside(string text, Language language, string expected) =>
        Assert.Equal(expected.Split(" | "), Tag(text, language));
}
