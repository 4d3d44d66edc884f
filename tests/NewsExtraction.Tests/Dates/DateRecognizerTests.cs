namespace NewsExtraction.Tests.Dates;

public sealed class DateRecognizerTests
{
    private static readonly NewsExtractor Extractor = new(new ExtractionOptions { Stages = ExtractionStages.Dates });

    // 2024-10-22 is a Tuesday.
    private static readonly DateOnly Tuesday = new(2024, 10, 22);

    private static Entity[] Dates(string lang, string text, DateOnly? date = null) =>
        [.. Extractor.Extract(text, lang == "en" ? Language.English : Language.French, date).Entities.Where(e => e.Type == EntityType.Date)];

    private static Entity Single(string lang, string text, DateOnly? date = null) => Assert.Single(Dates(lang, text, date));

    // The text's one date, found against the Tuesday, is the mention with the iso.
    private static void AssertDate(string lang, string text, string mention, string? iso)
    {
        Entity date = Single(lang, text, Tuesday);
        Assert.Equal(mention, date.Text);
        Assert.Equal(iso, date.Iso);
    }

    [Theory]
    [InlineData("fr", "L’ambassadeur a été convoqué ce lundi 21 octobre.", "lundi 21 octobre", "2024-10-21")]
    [InlineData("fr", "L’accord a été signé le 19 juin à Pyongyang.", "le 19 juin", "2024-06-19")]
    [InlineData("fr", "Le texte est en vigueur depuis le 1er mars 2019.", "le 1er mars 2019", "2019-03-01")]
    [InlineData("fr", "Mis à jour 22.10.2024 à 10 h.", "22.10.2024", "2024-10-22")]
    [InlineData("fr", "Publié le 21/10/2024 à Séoul.", "le 21/10/2024", "2024-10-21")]
    [InlineData("fr", "Publié 2024-10-21 à Séoul.", "2024-10-21", "2024-10-21")]
    [InlineData("fr", "Stuttgart, 2\u00A0fév\u00A02019 (AFP)", "2\u00A0fév\u00A02019", "2019-02-02")]
    [InlineData("en", "The embassy opened on October 21, 2024 in Seoul.", "October 21, 2024", "2024-10-21")]
    [InlineData("en", "The law takes effect on 21 October.", "21 October", "2024-10-21")]
    [InlineData("en", "Bloggers marked 22 February 2005 as a day of protest.", "22 February 2005", "2005-02-22")]
    [InlineData("en", "The polls closed on Nov. 9, and results follow.", "Nov. 9", "2024-11-09")]
    public void Full_dates_and_days_of_a_month_resolve_to_their_day(string lang, string text, string mention, string iso) =>
        AssertDate(lang, text, mention, iso);

    [Theory]
    [InlineData("fr", "Le ministre a parlé vendredi à la presse.", "vendredi", "2024-10-18")]
    [InlineData("fr", "Le ministre a parlé mardi à la presse.", "mardi", "2024-10-22")]
    [InlineData("fr", "Il est arrivé le samedi à Moscou.", "le samedi", "2024-10-19")]
    [InlineData("en", "The minister spoke on Friday in Seoul.", "Friday", "2024-10-18")]
    [InlineData("en", "The minister spoke on Tuesday in Seoul.", "Tuesday", "2024-10-22")]
    public void A_weekday_is_the_nearest_such_day_on_or_before_the_document_date(string lang, string text, string mention, string iso) =>
        AssertDate(lang, text, mention, iso);

    [Theory]
    [InlineData("fr", "Le Premier ministre recevra vendredi les syndicats.", "2024-10-25")]
    [InlineData("fr", "Une nouvelle manifestation est prévue samedi à Paris.", "2024-10-26")]
    [InlineData("fr", "Samedi devrait avoir lieu un nouveau rassemblement.", "2024-10-26")]
    [InlineData("en", "The committee will meet on Friday to decide.", "2024-10-25")]
    [InlineData("en", "A vote is expected on Saturday in parliament.", "2024-10-26")]
    public void A_weekday_in_a_future_tense_is_the_next_such_day(string lang, string text, string iso) =>
        Assert.Equal(iso, Single(lang, text, Tuesday).Iso);

    [Theory]
    [InlineData("en", "He resigned last Tuesday after the vote.", "last Tuesday", "2024-10-15")]
    [InlineData("en", "They meet again next Tuesday in Geneva.", "next Tuesday", "2024-10-29")]
    public void Last_and_next_take_a_weekday_other_than_the_document_day(string lang, string text, string mention, string iso) =>
        AssertDate(lang, text, mention, iso);

    [Theory]
    [InlineData("fr", "Le contrat a été signé le 18 décembre dernier.", "le 18 décembre", "2023-12-18")]
    [InlineData("fr", "Le scrutin se tiendra le 5 février prochain.", "le 5 février", "2025-02-05")]
    [InlineData("fr", "Le chantier a commencé le 1er octobre.", "le 1er octobre", "2024-10-01")]
    public void A_day_and_month_take_the_year_nearest_the_document_date_or_the_one_dernier_or_prochain_says(
        string lang, string text, string mention, string iso) =>
        AssertDate(lang, text, mention, iso);

    [Theory]
    [InlineData("fr", "La visite a eu lieu en août à Pyongyang.", "en août")]
    [InlineData("fr", "Il a quitté le pays en juillet 2017 pour Paris.", "en juillet 2017")]
    [InlineData("fr", "La réforme est attendue début janvier au Parlement.", "janvier")]
    [InlineData("fr", "Une nouvelle journée est prévue à la mi-mars dans tout le pays.", "mi-mars")]
    [InlineData("fr", "Le groupe est une filiale depuis 2015 du groupe Arkéa.", "2015")]
    [InlineData("fr", "Le pays a voté en 2017 une nouvelle loi.", "en 2017")]
    [InlineData("en", "Sales fell sharply in March last year, the firm said.", "March last year")]
    [InlineData("en", "The firm was founded in Kent in 1955 by its owner.", "1955")]
    [InlineData("en", "Prices doubled in the mid-1990s across Europe.", "mid-1990s")]
    [InlineData("en", "A referendum could take place in spring 2006, he said.", "spring 2006")]
    [InlineData("en", "The company had warned last September of losses.", "last September")]
    [InlineData("en", "In May, the company warned of losses.", "May")]
    public void Months_years_and_seasons_are_dates_without_a_day(string lang, string text, string mention) =>
        AssertDate(lang, text, mention, null);

    [Theory]
    [InlineData("fr", "Le NIS a détecté les transferts entre le 8 et le 13 octobre.", "le 8", "2024-10-08", "le 13 octobre", "2024-10-13")]
    [InlineData("fr", "Le salon s’est tenu à Paris les 8 et 9 janvier.", "8", "2025-01-08", "9 janvier", "2025-01-09")]
    [InlineData("fr", "Le NIS a détecté du 8 au 13 (octobre) des transferts.", "8", "2024-10-08", "13 (octobre)", "2024-10-13")]
    public void A_lone_day_joined_to_a_date_takes_its_month(string lang, string text, string first, string firstIso, string second, string secondIso)
    {
        Entity[] dates = Dates(lang, text, Tuesday);
        Assert.Equal([first, second], dates.Select(d => d.Text));
        Assert.Equal([firstIso, secondIso], dates.Select(d => d.Iso));
    }

    [Theory]
    [InlineData("fr", "Les manifestants se sont retrouvés lundi 21, à Paris.", "lundi 21", "2024-10-21")]
    [InlineData("fr", "Rendez-vous samedi 26.", "samedi 26", "2024-10-26")]
    [InlineData("en", "The talks ended on Thursday 17, in Geneva.", "Thursday 17", "2024-10-17")]
    public void A_weekday_with_a_day_number_is_that_day_of_the_nearest_month_it_falls_in(string lang, string text, string mention, string iso) =>
        AssertDate(lang, text, mention, iso);

    [Theory]
    [InlineData("fr", "Samedi, 30 manifestants ont défilé.", "Samedi")]
    [InlineData("fr", "Samedi 30 manifestants ont défilé.", "Samedi")]
    [InlineData("en", "On Tuesday, 12 people were hurt.", "Tuesday")]
    [InlineData("en", "On Tuesday 12 people were hurt.", "Tuesday")]
    public void A_number_after_a_weekday_that_counts_what_follows_is_not_its_day(string lang, string text, string mention) =>
        Assert.Equal(mention, Single(lang, text, Tuesday).Text);

    [Theory]
    [InlineData("fr", "Les tranchées de la guerre de 1914-1918 ont été restaurées.", "1914", "1918")]
    [InlineData("en", "The figures cover 2003-2016 in full.", "2003", "2016")]
    public void Both_years_of_a_range_are_dates(string lang, string text, string first, string second) =>
        Assert.Equal([first, second], Dates(lang, text, Tuesday).Select(d => d.Text));

    [Theory]
    [InlineData("fr", "Le ministre a parlé vendredi à la presse.")]
    [InlineData("fr", "L’accord a été signé le 19 juin à Pyongyang.")]
    [InlineData("en", "The minister spoke on Friday in Seoul.")]
    [InlineData("en", "The law takes effect on 21 October.")]
    public void Without_a_document_date_a_day_that_needs_one_has_no_iso(string lang, string text) =>
        Assert.Null(Single(lang, text).Iso);

    [Theory]
    [InlineData("fr", "Le rassemblement commence à 14h30 devant la mairie.")]
    [InlineData("fr", "Les soldats resteront six semaines sur place.")]
    [InlineData("fr", "Plus de 2000 soldats ont été déployés.")]
    [InlineData("fr", "Il habite dans le 13e arrondissement depuis trois ans.")]
    [InlineData("fr", "La sonde a photographié la planète Mars hier.")]
    [InlineData("fr", "Hier, le ministre a parlé aujourd’hui et demain.")]
    [InlineData("en", "The meeting starts at 10:30 in the hall.")]
    [InlineData("en", "The troops will stay for three weeks.")]
    [InlineData("en", "They may march to the square, Theresa May said.")]
    [InlineData("en", "It was the worst result of the 21st century.")]
    [InlineData("en", "Yesterday the talks went on, and they resume tomorrow.")]
    [InlineData("en", "Tickets for Euro 2016 sold out.")]
    [InlineData("en", "Mrs May said the plan was dead.")]
    [InlineData("en", "The story ran in the Sunday Telegraph.")]
    [InlineData("en", "He hosted Saturday Night Live again.")]
    [InlineData("en", "She won the 1500m final with ease.")]
    [InlineData("en", "About 1200 fans watched the game.")]
    [InlineData("fr", "Les 1280 nouveaux fusils sont arrivés.")]
    public void Times_durations_amounts_ordinals_and_relative_words_are_not_dates(string lang, string text) =>
        Assert.Empty(Dates(lang, text, Tuesday));

    [Theory]
    [InlineData("fr", "Le 21 octobre 2024, 1.500 soldats sont arrivés.", "Le 21 octobre 2024", "1.500 soldats")]
    [InlineData("en", "On October 21, 2024, 1,500 soldiers arrived.", "October 21, 2024", "1,500 soldiers")]
    public void The_numbers_of_a_date_are_not_amounts(string lang, string text, string date, string quantity)
    {
        var extractor = new NewsExtractor(new ExtractionOptions { Stages = ExtractionStages.Dates | ExtractionStages.Quantities });
        Entity[] entities = [.. extractor.Extract(text, lang == "en" ? Language.English : Language.French, Tuesday).Entities];

        Assert.Equal([(EntityType.Date, date), (EntityType.Quantity, quantity)], entities.Select(e => (e.Type, e.Text)));
    }

    [Fact]
    public void A_batch_document_resolves_against_its_own_date()
    {
        NewsDocument[] documents =
        [
            new("a", "Le ministre a parlé vendredi.", Language.French, Tuesday),
            new("b", "Le ministre a parlé vendredi.", Language.French, new DateOnly(2019, 1, 8)),
            new("c", "Le ministre a parlé vendredi.", Language.French),
        ];
        NewsDocumentResult[] results = [.. Extractor.ExtractAllAsync(documents.ToAsyncEnumerable()).ToBlockingEnumerable()];

        Assert.Equal(["2024-10-18", "2019-01-04", null], results.Select(r => Assert.Single(r.Result!.Entities).Iso));
    }
}
