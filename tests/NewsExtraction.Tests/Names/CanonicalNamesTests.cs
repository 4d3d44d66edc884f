using NewsExtraction.Names;

namespace NewsExtraction.Tests.Names;

public sealed class CanonicalNamesTests
{
    private static string[] Canonicals(string annotated) => Processed(annotated, e => $"{e.Text}={e.Canonical}");

    private static string[] TypedCanonicals(string annotated) =>
        Processed(annotated, e => $"{e.Type.ToString()[..3].ToUpperInvariant()} {e.Text}={e.Canonical}");

    private static string[] Processed(string annotated, Func<Entity, string> show)
    {
        using var document = TestDocuments.Create(annotated);
        new CanonicalNames().Process(document);
        return [.. document.ToResult().Entities.Select(show)];
    }

    [Theory]
    [InlineData("[PER Mark Rutte] a parlé. [PER Rutte] a ajouté, puis M. [PER Rutte] a conclu.",
        "Mark Rutte=Mark Rutte | Rutte=Mark Rutte | Rutte=Mark Rutte")]
    [InlineData("[PER Poutine] a reçu [PER Kim Jong-un]. [PER Vladimir Poutine] a signé.",
        "Poutine=Vladimir Poutine | Kim Jong-un=Kim Jong-un | Vladimir Poutine=Vladimir Poutine")]
    [InlineData("[PER Rutte] said that [PER Mark RUTTE] agreed.", "Rutte=Mark RUTTE | Mark RUTTE=Mark RUTTE")]
    [InlineData("[PER M. Rutte] et [PER Mark Rutte]", "M. Rutte=Mark Rutte | Mark Rutte=Mark Rutte")]
    public void A_person_short_form_takes_the_longest_full_form_in_the_document(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), Canonicals(annotated));

    [Theory]
    [InlineData("[PER Kim Jong-un] et [PER Kim Hong-kyun] ; [PER Kim] a dit", "Kim Jong-un=Kim Jong-un | Kim Hong-kyun=Kim Hong-kyun | Kim=Kim")]
    [InlineData("[PER Rutte] a parlé.", "Rutte=Rutte")]
    [InlineData("[PER Mark Rutte] et [PER Mark Twain]", "Mark Rutte=Mark Rutte | Mark Twain=Mark Twain")]
    public void A_person_form_that_could_be_several_people_or_has_no_longer_form_keeps_its_own_name(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), Canonicals(annotated));

    [Theory]
    [InlineData("l’[ORG ONU] et la Charte des [ORG Nations Unies]", "ONU=Nations Unies | Nations Unies=Nations Unies")]
    [InlineData("l’[ORG Otan] a réagi", "Otan=Otan")]
    [InlineData("l’[ORG Otan], [ORG OTAN], [ORG NATO] et l’[ORG Alliance nord-atlantique]",
        "Otan=Alliance nord-atlantique | OTAN=Alliance nord-atlantique | NATO=Alliance nord-atlantique | Alliance nord-atlantique=Alliance nord-atlantique")]
    [InlineData("[ORG UN] chief at the [ORG United Nations]", "UN=United Nations | United Nations=United Nations")]
    [InlineData("le [ORG Service de renseignement national] sud-coréen ([ORG NIS])",
        "Service de renseignement national=Service de renseignement national | NIS=Service de renseignement national")]
    [InlineData("le [ORG Conseil de sécurité de l’ONU] et l’[ORG ONU]", "Conseil de sécurité de l’ONU=Conseil de sécurité de l’ONU | ONU=ONU")]
    [InlineData("la [ORG Maison-Blanche] et la [ORG White House]", "Maison-Blanche=Maison-Blanche | White House=Maison-Blanche")]
    [InlineData("l’[ORG Otan] et l’[ORG Alliance]", "Otan=Otan | Alliance=Otan")]
    [InlineData("l’[ORG Alliance] a réagi", "Alliance=Alliance")]
    public void Organisation_aliases_share_the_longest_alias_in_the_document(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), Canonicals(annotated));

    [Theory]
    [InlineData("l’[ORG Institut national de la statistique] ([ORG INS])", "Institut national de la statistique=Institut national de la statistique | INS=Institut national de la statistique")]
    [InlineData("[ORG Google\u00A0News]", "Google\u00A0News=Google News")]
    [InlineData("l’[ORG INS] et la [ORG Banque mondiale]", "INS=INS | Banque mondiale=Banque mondiale")]
    public void Organisations_are_joined_by_acronym_and_keep_normalised_spaces(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), Canonicals(annotated));

    [Theory]
    [InlineData("[PER Choe Son-hui] est arrivée. C’est la deuxième visite de [LOC Choe] en Russie.", "PER Choe Son-hui=Choe Son-hui | PER Choe=Choe Son-hui")]
    [InlineData("[PER Antony Blinken] arrived. [ORG Blinken] said nothing.", "PER Antony Blinken=Antony Blinken | PER Blinken=Antony Blinken")]
    [InlineData("[PER Antony Blinken] arrived. [ORG Antony] said so.", "PER Antony Blinken=Antony Blinken | PER Antony=Antony Blinken")]
    public void A_lone_word_of_a_persons_full_name_tagged_as_place_or_organisation_is_that_person(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), TypedCanonicals(annotated));

    [Theory]
    [InlineData("[PER Paris Hilton] est arrivée à [LOC Paris].", "PER Paris Hilton=Paris Hilton | LOC Paris=")]
    [InlineData("[PER Michael Jordan] flew to [LOC Jordan].", "PER Michael Jordan=Michael Jordan | LOC Jordan=")]
    [InlineData("[PER Tom Kent] a visité le [LOC Kent].", "PER Tom Kent=Tom Kent | LOC Kent=")]
    public void A_country_capital_or_known_place_keeps_its_type_beside_a_person_of_the_same_name(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), TypedCanonicals(annotated));

    [Theory]
    [InlineData("[PER Rutte] a parlé de [LOC Rutte].", "PER Rutte=Rutte | LOC Rutte=")]
    [InlineData("[PER Laura Smith] visited [LOC Saint Laura].", "PER Laura Smith=Laura Smith | LOC Saint Laura=")]
    [InlineData("[PER Mark Smith] studied at [LOC St. Mark].", "PER Mark Smith=Mark Smith | LOC St. Mark=")]
    [InlineData("[ORG Blinken] a dit avant que [PER Antony Blinken] ne parte.", "ORG Blinken=Blinken | PER Antony Blinken=Antony Blinken")]
    public void Only_a_lone_word_after_a_full_name_changes_type(string annotated, string expected) =>
        Assert.Equal(expected.Split(" | "), TypedCanonicals(annotated));

    [Fact]
    public void Countries_and_places_get_no_canonical_name()
    {
        using var document = TestDocuments.Create("[LOC Séoul] et [PER Rutte]");
        new CanonicalNames().Process(document);
        Assert.Null(document.Entities[0].Canonical);
        Assert.Equal("Rutte", document.Entities[1].Canonical);
    }
}
