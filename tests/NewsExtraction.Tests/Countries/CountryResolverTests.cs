using NewsExtraction.Countries;

namespace NewsExtraction.Tests.Countries;

public sealed class CountryResolverTests
{
    private static readonly CountryResolver Resolver = new();

    private static string[] Resolve(string annotated, Language language)
    {
        using var document = TestDocuments.Create(annotated, language);
        Resolver.Process(document);
        return TestDocuments.Describe(document);
    }

    private static string[] Expected(string expected) => expected.Length == 0 ? [] : expected.Split(" | ");

    private static void AssertFrench(string text, string expected) => Assert.Equal(Expected(expected), Resolve(text, Language.French));

    private static void AssertEnglish(string text, string expected) => Assert.Equal(Expected(expected), Resolve(text, Language.English));

    [Theory]
    [InlineData("La Corée du Sud a convoqué l’ambassadeur.", "Corée du Sud=KR/name")]
    [InlineData("Les Etats-Unis et les États-Unis d'Amérique.", "Etats-Unis=US/name | États-Unis d'Amérique=US/name")]
    [InlineData("Le Royaume-Uni et la RDC.", "Royaume-Uni=GB/name | RDC=CD/name")]
    [InlineData("Abidjan, en Côte d’Ivoire.", "Côte d’Ivoire=CI/name")]
    [InlineData("SOUTH KOREA'S NATIONAL INTELLIGENCE", "SOUTH KOREA=KR/name")]
    public void French_names_and_their_variants_are_countries(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("The U.S. called it an escalation.", "U.S.=US/name")]
    [InlineData("The US and the UK said.", "US=US/name | UK=GB/name")]
    [InlineData("Russia's troops entered the Netherlands.", "Russia=RU/name | Netherlands=NL/name")]
    [InlineData("South Korea summoned him.", "South Korea=KR/name")]
    [InlineData("the President of Russia", "Russia=RU/name")]
    public void English_names_and_their_variants_are_countries(string text, string expected) => AssertEnglish(text, expected);

    [Theory]
    [InlineData("Let us go to china with a turkey.", Language.English)]
    [InlineData("THE US ARMY", Language.English)]
    [InlineData("Latin America and Northern Ireland.", Language.English)]
    [InlineData("Belfast, en Irlande du Nord.", Language.French)]
    [InlineData("Le Groenland et Hong Kong.", Language.French)]
    [InlineData("La Banque de France et les Accords de Paris.", Language.French)]
    [InlineData("the Bank of England and the Gulf of Mexico", Language.English)]
    public void Lower_case_words_acronyms_in_capitals_regions_and_territories_are_not_countries(string text, Language language) =>
        Assert.Empty(Resolve(text, language));

    [Theory]
    [InlineData("Taïwan, le Kosovo et la Palestine.", "Taïwan=TW/name | Kosovo=XK/name | Palestine=PS/name")]
    [InlineData("les autorités palestiniennes", "palestiniennes=PS/demonym")]
    public void Kosovo_Taiwan_and_Palestine_are_countries(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("des soldats nord-coréens", "nord-coréens=KP/demonym")]
    [InlineData("Les Nord-Coréens arrivent.", "Nord-Coréens=KP/demonym")]
    [InlineData("l’agence sud-coréenne", "sud-coréenne=KR/demonym")]
    [InlineData("le président russe, les Russes, LES RUSSES", "russe=RU/demonym | Russes=RU/demonym | RUSSES=RU/demonym")]
    [InlineData("le département d’État américain", "américain=US/demonym")]
    [InlineData("le ministère des Affaires étrangères français", "français=FR/demonym")]
    public void French_demonyms_in_every_inflection_and_case_are_countries(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("British and Ukrainian officials met North Korean envoys.", "British=GB/demonym | Ukrainian=UA/demonym | North Korean=KP/demonym")]
    [InlineData("Americans and Britons", "Americans=US/demonym | Britons=GB/demonym")]
    public void English_demonyms_and_person_nouns_are_countries(string text, string expected) => AssertEnglish(text, expected);

    [Theory]
    [InlineData("le conflit russo-ukrainien", "russo=RU/demonym | ukrainien=UA/demonym")]
    [InlineData("des séparatistes pro-russes", "russes=RU/demonym")]
    [InlineData("le couple franco-allemand", "franco=FR/demonym | allemand=DE/demonym")]
    public void French_compounds_give_one_mention_per_state(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("Sino-American talks", "Sino=CN/demonym | American=US/demonym")]
    [InlineData("the Russia-Ukraine war", "Russia=RU/name | Ukraine=UA/name")]
    [InlineData("the US-led coalition", "US=US/name")]
    public void English_compounds_give_one_mention_per_state(string text, string expected) => AssertEnglish(text, expected);

    [Theory]
    [InlineData("l’Indo-Pacifique et l’Agence France-Presse", Language.French)]
    [InlineData("une Franco-Belge", Language.French)]
    public void Compounds_with_a_part_that_is_no_form_are_not_split(string text, Language language) =>
        Assert.DoesNotContain(Resolve(text, language), d => d.StartsWith("Indo", StringComparison.Ordinal) || d.StartsWith("France=", StringComparison.Ordinal));

    [Theory]
    [InlineData("Séoul convoque l’ambassadeur.", "Séoul=KR/capital")]
    [InlineData("des soldats, en soutien à Moscou.", "Moscou=RU/capital")]
    [InlineData("Washington et Séoul appellent Pyongyang à cesser.", "Washington=US/capital | Séoul=KR/capital | Pyongyang=KP/capital")]
    [InlineData("Le soutien apporté par Pyongyang à Moscou face à Kiev.", "Pyongyang=KP/capital | Moscou=RU/capital | Kiev=UA/capital")]
    [InlineData("la décision de Pyongyang d’envoyer des soldats", "Pyongyang=KP/capital")]
    [InlineData("l’ambassadeur de Russie à Séoul", "Russie=RU/name | Séoul=LOCATION")]
    [InlineData("une visite rare à Pyongyang", "Pyongyang=LOCATION")]
    [InlineData("une base près de Kiev", "Kiev=LOCATION")]
    [InlineData("le ministre a quitté Moscou", "Moscou=LOCATION")]
    [InlineData("Bruxelles, 14 mars 2025 — Réunis à Bruxelles", "Bruxelles=LOCATION | Bruxelles=LOCATION")]
    public void French_capitals_stand_for_their_government_unless_named_as_places(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("Kyiv said the units would reach the front.", "Kyiv=UA/capital")]
    [InlineData("Seoul summoned the Russian ambassador.", "Seoul=KR/capital | Russian=RU/demonym")]
    [InlineData("military aid to Kyiv", "Kyiv=UA/capital")]
    [InlineData("he told reporters in Moscow", "Moscow=LOCATION")]
    [InlineData("a trip to Beijing", "Beijing=LOCATION")]
    [InlineData("WASHINGTON — The Pentagon said", "WASHINGTON=LOCATION")]
    [InlineData("whose minister visited Kyiv last month", "Kyiv=LOCATION")]
    [InlineData("who spoke by phone from Moscow", "Moscow=LOCATION")]
    [InlineData("a swift response from Beijing", "Beijing=CN/capital")]
    public void English_capitals_stand_for_their_government_unless_named_as_places(string text, string expected) => AssertEnglish(text, expected);

    [Theory]
    [InlineData("des groupes (Bruxelles, Wandre, Charleroi, La Louvière, Luxembourg…) qui", "Bruxelles=LOCATION | Luxembourg=LOCATION")]
    [InlineData("Puis Washington, Pékin et Moscou ont répondu.", "Washington=US/capital | Pékin=CN/capital | Moscou=RU/capital")]
    [InlineData("la France, la Belgique et le Luxembourg", "France=FR/name | Belgique=BE/name | Luxembourg=LU/name")]
    public void French_capitals_and_city_states_in_a_list_of_towns_are_places(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("marches in Leeds, Sheffield, London and Glasgow", "London=LOCATION")]
    [InlineData("Then London, Paris and Berlin agreed.", "London=GB/capital | Paris=FR/capital | Berlin=DE/capital")]
    [InlineData("offices in Monaco, Nice, Cannes and Menton", "Monaco=LOCATION")]
    public void English_capitals_and_city_states_in_a_list_of_towns_are_places(string text, string expected) => AssertEnglish(text, expected);

    [Theory]
    [InlineData("a column in the Washington Post by George Washington")]
    [InlineData("Jordan Bardella and Chad Smith")]
    public void Capitals_and_names_beside_another_proper_name_are_not_countries(string text) =>
        Assert.Empty(Resolve(text, Language.English));

    [Theory]
    [InlineData("La RDC accuse l’armée congolaise.", "RDC=CD/name | congolaise=CD/demonym")]
    [InlineData("l’armée congolaise", "")]
    [InlineData("le Nord. Corée du Nord et Corée", "Corée du Nord=KP/name | Corée=KP/name")]
    [InlineData("Dominique de Villepin", "")]
    [InlineData("la péninsule coréenne", "")]
    public void French_ambiguous_forms_take_the_state_named_nearest_or_are_left_out(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("services de renseignement coréens (SOUTH KOREA)", "coréens=KR/demonym | SOUTH KOREA=KR/name")]
    [InlineData("Dominican officials", "")]
    [InlineData("Atlanta, Georgia", "")]
    [InlineData("Georgia said Tbilisi would", "Georgia=GE/name | Tbilisi=GE/capital")]
    public void English_ambiguous_forms_take_the_state_named_nearest_or_are_left_out(string text, string expected) =>
        AssertEnglish(text, expected);

    [Theory]
    [InlineData("publié en russe et en français", Language.French)]
    [InlineData("the letter was written in Russian.", Language.English)]
    [InlineData("l’océan Indien", Language.French)]
    [InlineData("the Indian Ocean and the Korean Peninsula", Language.English)]
    public void Languages_and_seas_are_not_countries(string text, Language language) => Assert.Empty(Resolve(text, language));

    [Theory]
    [InlineData("Il est en [LOC Russie].", "Russie=RU/name")]
    [InlineData("Il est en [LOC la Russie].", "Russie=RU/name")]
    [InlineData("[LOC Séoul] convoque l’ambassadeur.", "Séoul=KR/capital")]
    [InlineData("une réunion à [LOC Séoul]", "Séoul=LOCATION")]
    [InlineData("[ORG Service de renseignement national sud-coréen] (NIS)", "Service de renseignement national=ORGANIZATION | sud-coréen=KR/demonym")]
    [InlineData("le [ORG département d’État américain]", "département d’État=ORGANIZATION | américain=US/demonym")]
    [InlineData("en [LOC Extrême-Orient russe]", "Extrême-Orient=LOCATION | russe=RU/demonym")]
    [InlineData("la [LOC péninsule coréenne]", "péninsule coréenne=LOCATION")]
    [InlineData("la [ORG Commission européenne]", "Commission européenne=ORGANIZATION")]
    [InlineData("la [ORG Banque de France] et le [ORG Conseil de sécurité de l’ONU]", "Banque de France=ORGANIZATION | Conseil de sécurité de l’ONU=ORGANIZATION")]
    [InlineData("[PER Jordan Bardella] et [PER Dominique] Martin", "Jordan Bardella=PERSON | Dominique=PERSON")]
    [InlineData("Le [PER Britannique Lewis Hamilton]", "Britannique=GB/demonym | Lewis Hamilton=PERSON")]
    [InlineData("la [LOC Corée] du Sud", "Corée du Sud=KR/name")]
    [InlineData("(HANDOUT / [LOC SOUTH] [ORG KOREA’S NATIONAL INTELLIGENCE] / AFP)", "SOUTH KOREA=KR/name | NATIONAL INTELLIGENCE=ORGANIZATION")]
    public void Entity_model_mentions_are_reconciled_with_countries(string annotated, string expected) => AssertFrench(annotated, expected);

    [Theory]
    [InlineData("[LOC Kyiv] said.", "Kyiv=UA/capital")]
    [InlineData("in [LOC Georgia]", "Georgia=LOCATION")]
    [InlineData("the [ORG U.S. State Department] said", "U.S.=US/name | State Department=ORGANIZATION")]
    [InlineData("[ORG South Korea's National Intelligence Service]", "South Korea=KR/name | National Intelligence Service=ORGANIZATION")]
    [InlineData("[ORG British Airways] and [ORG Bank of America]", "British Airways=ORGANIZATION | Bank of America=ORGANIZATION")]
    [InlineData("the [ORG US Anti-Doping Agency] said", "US Anti-Doping Agency=ORGANIZATION")]
    [InlineData("The [ORG Russian Defence Ministry] said", "Russian=RU/demonym | Defence Ministry=ORGANIZATION")]
    [InlineData("outside the [ORG Chinese Embassy]", "Chinese=CN/demonym | Embassy=ORGANIZATION")]
    [InlineData("[LOC Europe and India] agreed", "Europe=LOCATION | India=IN/name")]
    [InlineData("[ORG Radio France] and the [LOC Russian Far East]", "Radio France=ORGANIZATION | Russian Far East=LOCATION")]
    public void English_entity_model_mentions_are_reconciled_with_countries(string annotated, string expected) => AssertEnglish(annotated, expected);

    [Theory]
    [InlineData("l’agence de promotion du tourisme hexagonal à l’étranger", "hexagonal=FR/demonym")]
    [InlineData("l’interdiction du matériel helvétique", "helvétique=CH/demonym")]
    public void The_presss_literary_adjectives_are_demonyms(string text, string expected) => AssertFrench(text, expected);

    [Theory]
    [InlineData("BRUXELLES | Les autorités ont appelé au calme.", Language.French, "BRUXELLES=LOCATION")]
    [InlineData("une concertation avec la police de Bruxelles pour la manifestation", Language.French, "Bruxelles=LOCATION")]
    [InlineData("le mot d’ordre de rallier Bruxelles est maintenu", Language.French, "Bruxelles=LOCATION")]
    [InlineData("dual headquarters in Rotterdam and London since 1930", Language.English, "London=LOCATION")]
    [InlineData("a protest in the park of London", Language.English, "London=LOCATION")]
    public void A_capital_in_a_dateline_a_pair_of_places_or_after_a_place_noun_is_a_place(string text, Language language, string expected) =>
        Assert.Equal(Expected(expected), Resolve(text, language));

    [Theory]
    [InlineData("Paris et Berlin ont condamné l’attaque.", Language.French, "Paris=FR/capital | Berlin=DE/capital")]
    [InlineData("Washington and London condemned the attack.", Language.English, "Washington=US/capital | London=GB/capital")]
    public void Capitals_acting_together_stay_governments(string text, Language language, string expected) =>
        Assert.Equal(Expected(expected), Resolve(text, language));
}
