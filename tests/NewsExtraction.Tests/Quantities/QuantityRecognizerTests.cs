namespace NewsExtraction.Tests.Quantities;

/// <summary>
/// The QUANTITY specification, run through the real pipeline (tokenizer, sentence splitter, quantity stage).
/// Each row: language, text, the expected span, its value, its unit (or null) and whether it is approximate.
/// </summary>
public sealed class QuantityRecognizerTests
{
    private static readonly NewsExtractor Extractor = new(new ExtractionOptions { Stages = ExtractionStages.Quantities });

    private static Entity[] Quantities(string lang, string text) =>
        [.. Extractor.Extract(text, lang == "en" ? Language.English : Language.French).Entities.Where(e => e.Type == EntityType.Quantity)];

    private static void AssertSingle(string lang, string text, string span, double value, string? unit, bool approximate)
    {
        Entity quantity = Assert.Single(Quantities(lang, text));
        Assert.Equal(span, quantity.Text);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), quantity.Start);
        Assert.Equal(value, quantity.Value!.Value, 6);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(approximate, quantity.Approximate);
    }

    [Theory]
    [InlineData("fr", "Séoul a détecté 1.500 soldats en Russie.", "1.500 soldats", 1500, "soldats", false)]
    [InlineData("fr", "La Corée du Nord enverra 12 000 soldats.", "12 000 soldats", 12000, "soldats", false)]
    [InlineData("fr", "La Corée du Nord enverra 12\u00A0000 soldats.", "12\u00A0000 soldats", 12000, "soldats", false)]
    [InlineData("fr", "La Corée du Nord enverra 12\u202F000 soldats.", "12\u202F000 soldats", 12000, "soldats", false)]
    [InlineData("fr", "Un contingent de 1\u00A0500\u00A0soldats est parti.", "1\u00A0500\u00A0soldats", 1500, "soldats", false)]
    [InlineData("fr", "Le pays compte 1 500 000 habitants.", "1 500 000 habitants", 1500000, "habitants", false)]
    [InlineData("fr", "Le taux atteint 1,5 point.", "1,5 point", 1.5, "point", false)]
    [InlineData("fr", "Il pèse 3,75 kg.", "3,75 kg", 3.75, "kg", false)]
    [InlineData("fr", "Le pont mesure 2.000 mètres.", "2.000 mètres", 2000, "mètres", false)]
    [InlineData("fr", "Ils ont parcouru 42 km à pied.", "42 km", 42, "km", false)]
    [InlineData("fr", "3 min de lecture", "3 min", 3, "min", false)]
    [InlineData("fr", "Le navire transporte 150 tonnes de riz.", "150 tonnes", 150, "tonnes", false)]
    [InlineData("fr", "Le bilan s'élève à 11 000 morts.", "11 000 morts", 11000, "morts", false)]
    [InlineData("fr", "Il a 12 ans.", "12 ans", 12, "ans", false)]
    [InlineData("fr", "Un objectif de 12 000 à terme.", "12 000", 12000, null, false)]
    [InlineData("fr", "Il y en a déjà 11 000 dans la région.", "11 000", 11000, null, false)]
    [InlineData("fr", "On compte 2000 soldats.", "2000 soldats", 2000, "soldats", false)]
    [InlineData("en", "The Pentagon counted 3,000 soldiers.", "3,000 soldiers", 3000, "soldiers", false)]
    [InlineData("en", "It has 1,000,000 residents.", "1,000,000 residents", 1000000, "residents", false)]
    [InlineData("en", "Growth was 3.5 points.", "3.5 points", 3.5, "points", false)]
    [InlineData("en", "The WHO delivered 150 tonnes of supplies.", "150 tonnes", 150, "tonnes", false)]
    [InlineData("en", "They walked 12 miles.", "12 miles", 12, "miles", false)]
    [InlineData("en", "The convoy carried 1,234.5 kg of aid.", "1,234.5 kg", 1234.5, "kg", false)]
    [InlineData("en", "Officials counted 250 dead.", "250 dead", 250, "dead", false)]
    [InlineData("en", "Seoul said 1,500 would follow.", "1,500", 1500, null, false)]
    [InlineData("en", "Of the hostages, 101 remain in Gaza.", "101", 101, null, false)]
    [InlineData("en", "Temperatures reached 40C in Madrid.", "40C", 40, "C", false)]
    [InlineData("en", "Zelensky said 11,000 North Korean troops were in Kursk.", "11,000", 11000, null, false)]
    [InlineData("fr", "La France a livré 6 Caesar supplémentaires.", "6", 6, null, false)]
    public void Digits_and_the_noun_or_unit_that_follows(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("fr", "Une aide de 1,5 million d'euros.", "1,5 million d'euros", 1500000, "euros", false)]
    [InlineData("fr", "Une aide de 2 milliards d’euros.", "2 milliards d’euros", 2e9, "euros", false)]
    [InlineData("fr", "Ils ont reçu 5 millions de dollars.", "5 millions de dollars", 5e6, "dollars", false)]
    [InlineData("fr", "La ville compte 3 millions d'habitants.", "3 millions d'habitants", 3e6, "habitants", false)]
    [InlineData("fr", "Le budget atteint 2 Mds d'euros.", "2 Mds d'euros", 2e9, "euros", false)]
    [InlineData("fr", "La dette atteint 10 mille euros.", "10 mille euros", 10000, "euros", false)]
    [InlineData("fr", "Un déficit de 1,5 million.", "1,5 million", 1500000, null, false)]
    [InlineData("en", "The fund holds 3.2 million dollars.", "3.2 million dollars", 3.2e6, "dollars", false)]
    [InlineData("en", "The UN asked for $2.3bn in aid.", "$2.3bn", 2.3e9, "$", false)]
    [InlineData("en", "The UN asked for 2.3 bn dollars.", "2.3 bn dollars", 2.3e9, "dollars", false)]
    [InlineData("en", "A deal worth $5m was signed.", "$5m", 5e6, "$", false)]
    [InlineData("en", "The UK will give £40 million.", "£40 million", 4e7, "£", false)]
    [InlineData("en", "Brussels pledged €40 million.", "€40 million", 4e7, "€", false)]
    [InlineData("en", "The app has 40k users.", "40k users", 40000, "users", false)]
    [InlineData("en", "The city has 5m residents.", "5m residents", 5e6, "residents", false)]
    [InlineData("en", "It raised millions of dollars.", "millions of dollars", 1e6, "dollars", true)]
    [InlineData("en", "It cost 2 billion dollars.", "2 billion dollars", 2e9, "dollars", false)]
    [InlineData("en", "A $300 grant.", "$300", 300, "$", false)]
    [InlineData("en", "The UN needs $4.1 billion.", "$4.1 billion", 4100000000, "$", false)]
    [InlineData("en", "Some 1.2 million people fled.", "1.2 million people", 1200000, "people", true)]
    public void Multipliers_and_money(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("fr", "La tension monte entre les deux Corées.", "deux Corées", 2, "Corées", false)]
    [InlineData("fr", "Les deux pays ont signé un traité.", "deux pays", 2, "pays", false)]
    [InlineData("fr", "C'est sa deuxième visite en six semaines.", "six semaines", 6, "semaines", false)]
    [InlineData("fr", "Il a vingt-deux ans.", "vingt-deux ans", 22, "ans", false)]
    [InlineData("fr", "Il reste soixante-dix otages.", "soixante-dix otages", 70, "otages", false)]
    [InlineData("fr", "Elle a quatre-vingt-dix-neuf ans.", "quatre-vingt-dix-neuf ans", 99, "ans", false)]
    [InlineData("fr", "Il a vingt et un ans.", "vingt et un ans", 21, "ans", false)]
    [InlineData("fr", "On attend deux cent mille manifestants.", "deux cent mille manifestants", 200000, "manifestants", false)]
    [InlineData("fr", "Le pays a perdu trois millions d'habitants.", "trois millions d'habitants", 3e6, "habitants", false)]
    [InlineData("fr", "Le pays a perdu un million d'habitants.", "un million d'habitants", 1e6, "habitants", false)]
    [InlineData("fr", "Mille soldats sont partis.", "Mille soldats", 1000, "soldats", false)]
    [InlineData("fr", "Il reste cent jours.", "cent jours", 100, "jours", false)]
    [InlineData("fr", "Ils sont trois.", "trois", 3, null, false)]
    [InlineData("en", "He is forty-two years old.", "forty-two years", 42, "years", false)]
    [InlineData("en", "The siege lasted six weeks.", "six weeks", 6, "weeks", false)]
    [InlineData("en", "They expect two hundred thousand protesters.", "two hundred thousand protesters", 200000, "protesters", false)]
    [InlineData("en", "They freed a dozen hostages.", "a dozen hostages", 12, "hostages", false)]
    [InlineData("en", "They freed two dozen hostages.", "two dozen hostages", 24, "hostages", false)]
    [InlineData("en", "It took one hundred and five days.", "one hundred and five days", 105, "days", false)]
    [InlineData("en", "A hundred soldiers died.", "A hundred soldiers", 100, "soldiers", false)]
    [InlineData("en", "Only one soldier survived.", "one soldier", 1, "soldier", false)]
    [InlineData("en", "The two countries signed a treaty.", "two countries", 2, "countries", false)]
    [InlineData("en", "Three million people fled.", "Three million people", 3e6, "people", false)]
    public void Number_words_and_the_noun_that_follows(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("fr", "Séoul dénonce l’envoi de centaines de soldats.", "centaines de soldats", 100, "soldats", true)]
    [InlineData("fr", "Pyongyang enverra des milliers de soldats.", "milliers de soldats", 1000, "soldats", true)]
    [InlineData("fr", "Pyongyang enverra au total une dizaine de milliers de soldats.", "une dizaine de milliers de soldats", 10000, "soldats", true)]
    [InlineData("fr", "Une dizaine de soldats sont morts.", "Une dizaine de soldats", 10, "soldats", true)]
    [InlineData("fr", "Une centaine de manifestants se sont réunis.", "Une centaine de manifestants", 100, "manifestants", true)]
    [InlineData("fr", "Il y avait une vingtaine de blessés.", "une vingtaine de blessés", 20, "blessés", true)]
    [InlineData("fr", "Un millier d’hommes ont fui.", "Un millier d’hommes", 1000, "hommes", true)]
    [InlineData("fr", "Il a reçu des centaines de lettres.", "centaines de lettres", 100, "lettres", true)]
    [InlineData("fr", "Des dizaines de milliers de réfugiés ont fui.", "dizaines de milliers de réfugiés", 10000, "réfugiés", true)]
    [InlineData("fr", "Des centaines de milliers de munitions.", "centaines de milliers de munitions", 100000, "munitions", true)]
    [InlineData("fr", "Cela coûte des millions d'euros.", "millions d'euros", 1e6, "euros", true)]
    [InlineData("fr", "Ils sont venus, des milliers.", "milliers", 1000, null, true)]
    [InlineData("fr", "Une quinzaine de jours.", "Une quinzaine de jours", 15, "jours", true)]
    [InlineData("fr", "Il reste plusieurs centaines de soldats.", "centaines de soldats", 100, "soldats", true)]
    [InlineData("fr", "Il reste quelques milliers de soldats.", "milliers de soldats", 1000, "soldats", true)]
    [InlineData("en", "They sent dozens of drones.", "dozens of drones", 12, "drones", true)]
    [InlineData("en", "Hundreds of people gathered.", "Hundreds of people", 100, "people", true)]
    [InlineData("en", "Thousands of troops crossed.", "Thousands of troops", 1000, "troops", true)]
    [InlineData("en", "Tens of thousands of refugees fled.", "Tens of thousands of refugees", 10000, "refugees", true)]
    [InlineData("en", "Hundreds of thousands of children are at risk.", "Hundreds of thousands of children", 100000, "children", true)]
    [InlineData("en", "Billions of dollars were lost.", "Billions of dollars", 1e9, "dollars", true)]
    public void Vague_amounts_give_their_lower_bound_and_are_approximate(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("fr", "Environ 1.500 soldats sont arrivés.", "1.500 soldats", 1500, "soldats", true)]
    [InlineData("fr", "Près de 10 000 soldats sont déployés.", "10 000 soldats", 10000, "soldats", true)]
    [InlineData("fr", "On compte quelque 10 000 soldats.", "10 000 soldats", 10000, "soldats", true)]
    [InlineData("fr", "Il a envoyé plus de 8 000 soldats.", "8 000 soldats", 8000, "soldats", true)]
    [InlineData("fr", "Il a envoyé plus d’un million de soldats.", "un million de soldats", 1e6, "soldats", true)]
    [InlineData("fr", "Il a envoyé au moins 500 soldats.", "500 soldats", 500, "soldats", true)]
    [InlineData("fr", "Pyongyang enverra jusqu’à 12 000 soldats.", "12 000 soldats", 12000, "soldats", true)]
    [InlineData("fr", "Pyongyang enverra jusqu'à 12 000 soldats.", "12 000 soldats", 12000, "soldats", true)]
    [InlineData("fr", "Blinken estime qu’environ 8 000 soldats sont là.", "8 000 soldats", 8000, "soldats", true)]
    [InlineData("fr", "Il finance environ 40 % de l’effort.", "40 %", 40, "%", true)]
    [InlineData("fr", "Il y a moins de 20 blessés.", "20 blessés", 20, "blessés", true)]
    [InlineData("fr", "Il reste presque 300 otages.", "300 otages", 300, "otages", true)]
    [InlineData("fr", "Il reste 300 otages environ.", "300 otages", 300, "otages", true)]
    [InlineData("fr", "Pyongyang enverra au total 12 000 soldats.", "12 000 soldats", 12000, "soldats", false)]
    [InlineData("en", "About 3,000 soldiers were sent.", "3,000 soldiers", 3000, "soldiers", true)]
    [InlineData("en", "Nearly 25 million people need aid.", "25 million people", 25e6, "people", true)]
    [InlineData("en", "Up to 10,000 troops could be deployed.", "10,000 troops", 10000, "troops", true)]
    [InlineData("en", "It has displaced more than 8 million.", "8 million", 8e6, null, true)]
    [InlineData("en", "At least 40 people died.", "40 people", 40, "people", true)]
    [InlineData("en", "Some 10,000 troops are there.", "10,000 troops", 10000, "troops", true)]
    [InlineData("en", "Around 500 prisoners were freed.", "500 prisoners", 500, "prisoners", true)]
    [InlineData("en", "Almost 200 houses burned.", "200 houses", 200, "houses", true)]
    [InlineData("en", "About 70% of hospitals are closed.", "70%", 70, "%", true)]
    [InlineData("en", "Fewer than 50 patients remain.", "50 patients", 50, "patients", true)]
    [InlineData("en", "It lasted 10 days or so.", "10 days", 10, "days", true)]
    [InlineData("en", "Exactly 12 soldiers came back.", "12 soldiers", 12, "soldiers", false)]
    [InlineData("en", "Over 500 people were evacuated.", "500 people", 500, "people", true)]
    public void Approximators_stay_outside_and_set_approximate(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("en", "The plan will be phased in over five years.", "five years", 5, "years", false)]
    [InlineData("en", "Prices rose over 18 months.", "18 months", 18, "months", false)]
    [InlineData("fr", "Le plan s’étalera sur cinq ans.", "cinq ans", 5, "ans", false)]
    public void Over_a_span_of_time_means_during_and_is_not_approximate(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("en", "Ukraine destroyed 12 armoured vehicles.", "12 armoured vehicles", 12, "armoured vehicles", false)]
    [InlineData("en", "All 27 member states agreed.", "27 member states", 27, "member states", false)]
    [InlineData("en", "Jones won three gold medals.", "three gold medals", 3, "gold medals", false)]
    public void One_english_modifier_before_the_counted_noun_joins_the_unit(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("fr", "Le bilan fait état de 30 blessés graves.", "30 blessés graves", 30, "blessés graves", false)]
    [InlineData("fr", "Nous visons 90 millions de touristes internationaux.", "90 millions de touristes internationaux", 9e7, "touristes internationaux", false)]
    [InlineData("fr", "Il y aura 2 000 casques bleus.", "2 000 casques bleus", 2000, "casques bleus", false)]
    [InlineData("fr", "L’Ukraine a détruit 12 véhicules blindés.", "12 véhicules", 12, "véhicules", false)]
    [InlineData("fr", "Des centaines de soldats nord-coréens.", "centaines de soldats", 100, "soldats", true)]
    [InlineData("fr", "On compte 200 personnes arrêtées.", "200 personnes", 200, "personnes", false)]
    [InlineData("fr", "On compte 200 personnes selon la police.", "200 personnes", 200, "personnes", false)]
    [InlineData("fr", "Il enverra 12 000 soldats supplémentaires.", "12 000 soldats", 12000, "soldats", false)]
    [InlineData("fr", "Après 18 victoires consécutives.", "18 victoires", 18, "victoires", false)]
    public void A_french_adjective_after_the_counted_noun_joins_the_unit_but_not_a_participle(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("fr", "Il veut acquérir 1280 nouveaux fusils.", "1280")]
    [InlineData("fr", "Pendant les quatre dernières années.", "quatre")]
    [InlineData("fr", "Ce sont les trois autres priorités.", "trois")]
    [InlineData("en", "It will invest in its 400 main brands.", "400")]
    [InlineData("en", "The eurozone's two biggest economies left.", "two")]
    [InlineData("en", "Nine of the 20 biggest-selling games.", "20")]
    [InlineData("en", "Police arrested about 20 online journalists.", "20")]
    [InlineData("en", "He gave the two first class tickets back.", "two")]
    public void An_adjective_before_the_noun_leaves_the_amount_alone(string lang, string text, string span)
    {
        Entity quantity = Quantities(lang, text).Last();
        Assert.Equal(span, quantity.Text);
        Assert.Null(quantity.Unit);
    }

    [Theory]
    [InlineData("fr", "Il y en avait 300'000 selon le syndicat.", "300'000", 300000, null)]
    [InlineData("fr", "Il y avait 30’000 personnes selon la CGT.", "30’000 personnes", 30000, "personnes")]
    [InlineData("fr", "Le projet coûte 1'200'000 francs.", "1'200'000 francs", 1200000, "francs")]
    [InlineData("fr", "Il y avait 15'000 manifestants.", "15'000 manifestants", 15000, "manifestants")]
    public void Swiss_grouping_with_an_apostrophe_is_one_number(string lang, string text, string span, double value, string? unit) =>
        AssertSingle(lang, text, span, value, unit, false);

    [Theory]
    [InlineData("fr", "Une majorité (52%, +15) estime que c'est justifié.", "+15", 15, null)]
    [InlineData("fr", "La baisse sera plus proche des -10 %.", "-10 %", -10, "%")]
    [InlineData("en", "The index closed at −3.5%.", "−3.5%", -3.5, "%")]
    public void A_sign_before_the_digits_belongs_to_the_amount(string lang, string text, string span, double value, string? unit) =>
        Assert.Equal((span, value, unit), Quantities(lang, text).Select(q => (q.Text, q.Value!.Value, q.Unit)).Last());

    [Theory]
    [InlineData("en", "Shares closed at 510.75 pence.", "510.75 pence", 510.75, "pence")]
    [InlineData("en", "Unilever took a 1.5bn euro one-time charge.", "1.5bn euro", 1.5e9, "euro")]
    [InlineData("en", "It reported that interim six month losses had risen.", "six month", 6, "month")]
    [InlineData("en", "His five-year suspension has ended.", "five-year", 5, "year")]
    [InlineData("en", "He was given a one-year ban.", "one-year", 1, "year")]
    [InlineData("en", "He faces a 42-count indictment.", "42-count", 42, "count")]
    [InlineData("en", "A 30 year old comes home from work.", "30 year old", 30, "year old")]
    public void An_english_amount_before_a_singular_noun_makes_a_compound_adjective(string lang, string text, string span, double value, string? unit) =>
        AssertSingle(lang, text, span, value, unit, false);

    [Theory]
    [InlineData("en", "It was the twenty-first time.")]
    [InlineData("en", "Unilever took a one-time charge.")]
    [InlineData("fr", "Il a acheté un deux-roues.")]
    public void Ordinal_and_idiomatic_compounds_are_not_quantities(string lang, string text) => Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("en", "People playing in their 30s, 40s and 50s.", new[] { "30s", "40s", "50s" })]
    [InlineData("en", "A woman in her early 40s was hurt.", new[] { "40s" })]
    public void Decades_of_age_are_approximate_amounts(string lang, string text, string[] spans)
    {
        Entity[] quantities = Quantities(lang, text);
        Assert.Equal(spans, quantities.Select(q => q.Text));
        Assert.All(quantities, q => Assert.True(q.Approximate));
    }

    [Theory]
    [InlineData("en", "The economy grew in the 1990s and the 60s.")]
    public void Decades_of_history_are_not_quantities(string lang, string text) => Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("fr", "Ils étaient 37% à le penser un mois plus tôt.", "un mois", "mois")]
    [InlineData("fr", "En moins d’une semaine, le groupe a grandi.", "une semaine", "semaine")]
    [InlineData("fr", "Il y a une année, il avait déjà prévenu.", "une année", "année")]
    [InlineData("en", "He was sentenced one day after the campaign.", "one day", "day")]
    public void One_unit_of_time_beside_a_time_cue_is_an_amount(string lang, string text, string span, string unit) =>
        Assert.Equal((span, 1d, unit), Quantities(lang, text).Select(q => (q.Text, q.Value!.Value, q.Unit!)).Last());

    [Theory]
    [InlineData("fr", "Ce sera une année record.")]
    [InlineData("fr", "Décembre est un mois de basse saison.")]
    [InlineData("en", "It comes a day after the protest.")]
    public void An_article_before_a_unit_of_time_without_a_time_cue_is_not_an_amount(string lang, string text) =>
        Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("fr", "Le parti a fait élire neuf de ses dix députés.", new[] { "neuf", "dix députés" })]
    [InlineData("fr", "La moitié de la centaine de professionnels est venue.", new[] { "centaine de professionnels" })]
    [InlineData("en", "Milan won the club title two seasons ago.", new[] { "two seasons" })]
    [InlineData("en", "He and three others were indicted.", new[] { "three others" })]
    public void Partitives_determiners_and_title_words_do_not_hide_a_count(string lang, string text, string[] spans) =>
        Assert.Equal(spans, Quantities(lang, text).Select(q => q.Text));

    [Theory]
    [InlineData("fr", "L’inflation atteint 10% en mai.", "10%", 10, "%", false)]
    [InlineData("fr", "L’inflation atteint 10 % cette année.", "10 %", 10, "%", false)]
    [InlineData("fr", "L’inflation atteint 2,5\u00A0%.", "2,5\u00A0%", 2.5, "%", false)]
    [InlineData("fr", "L’inflation atteint 10 pour cent.", "10 pour cent", 10, "pour cent", false)]
    [InlineData("fr", "L’amende est de 500 €.", "500 €", 500, "€", false)]
    [InlineData("fr", "L’amende est de 500 euros.", "500 euros", 500, "euros", false)]
    [InlineData("fr", "Il a payé 5 000 $.", "5 000 $", 5000, "$", false)]
    [InlineData("fr", "La température atteint 0,5 degré.", "0,5 degré", 0.5, "degré", false)]
    [InlineData("fr", "Le chantier durera 48 heures.", "48 heures", 48, "heures", false)]
    [InlineData("fr", "Le vol a duré 14h.", "14h", 14, "h", false)]
    [InlineData("fr", "Le missile a parcouru 1 000 km.", "1 000 km", 1000, "km", false)]
    [InlineData("en", "Inflation reached 10%.", "10%", 10, "%", false)]
    [InlineData("en", "Inflation reached 10 per cent.", "10 per cent", 10, "per cent", false)]
    [InlineData("en", "Inflation reached 10 percent.", "10 percent", 10, "percent", false)]
    [InlineData("en", "The fine is $500.", "$500", 500, "$", false)]
    [InlineData("en", "The fine is 500 euros.", "500 euros", 500, "euros", false)]
    [InlineData("en", "They agreed a 10-day truce.", "10-day", 10, "day", false)]
    [InlineData("en", "Prices rose by 0.5 percentage points.", "0.5 percentage points", 0.5, "percentage points", false)]
    [InlineData("fr", "Le taux a baissé de 0,5 point de pourcentage.", "0,5 point de pourcentage", 0.5, "point de pourcentage", false)]
    [InlineData("en", "The drone flew 300 km.", "300 km", 300, "km", false)]
    [InlineData("en", "The talks lasted 48 hours.", "48 hours", 48, "hours", false)]
    public void Percentages_currencies_and_units_fill_the_unit(string lang, string text, string span, double value, string? unit, bool approximate) =>
        AssertSingle(lang, text, span, value, unit, approximate);

    [Theory]
    [InlineData("fr", "Il y aurait entre 8 000 et 10 000 soldats.", "8 000", 8000, null, "10 000 soldats", 10000, "soldats")]
    [InlineData("fr", "Il y aurait de 8 000 à 10 000 soldats.", "8 000", 8000, null, "10 000 soldats", 10000, "soldats")]
    [InlineData("fr", "Il y aurait 8 000-10 000 soldats.", "8 000", 8000, null, "10 000 soldats", 10000, "soldats")]
    [InlineData("fr", "Cela coûte entre 2 et 5 millions de dollars.", "2", 2e6, null, "5 millions de dollars", 5e6, "dollars")]
    [InlineData("fr", "Il faudra deux à trois semaines.", "deux", 2, null, "trois semaines", 3, "semaines")]
    [InlineData("fr", "Le chantier durera 12 à 15 ans.", "12", 12, null, "15 ans", 15, "ans")]
    [InlineData("en", "There are 10-12,000 troops.", "10", 10000, null, "12,000 troops", 12000, "troops")]
    [InlineData("en", "There are between 8,000 and 10,000 troops.", "8,000", 8000, null, "10,000 troops", 10000, "troops")]
    [InlineData("en", "It costs 5-10 million dollars.", "5", 5e6, null, "10 million dollars", 1e7, "dollars")]
    [InlineData("en", "It will take 2 to 3 weeks.", "2", 2, null, "3 weeks", 3, "weeks")]
    [InlineData("en", "Prices go from $2 to $5.", "$2", 2, "$", "$5", 5, "$")]
    [InlineData("en", "Losses rose from £1m to £1.2m.", "£1m", 1e6, "£", "£1.2m", 1.2e6, "£")]
    public void A_range_is_two_amounts_the_lower_scaled_by_the_shared_multiplier(
        string lang, string text, string lower, double lowerValue, string? lowerUnit, string upper, double upperValue, string upperUnit)
    {
        Entity[] quantities = Quantities(lang, text);
        Assert.Equal([lower, upper], quantities.Select(q => q.Text));
        Assert.Equal([lowerValue, upperValue], quantities.Select(q => q.Value!.Value));
        Assert.Equal([lowerUnit, upperUnit], quantities.Select(q => q.Unit));
        Assert.All(quantities, q => Assert.False(q.Approximate));
    }

    [Theory]
    [InlineData("fr", "Il y aurait environ 8 000 à 10 000 soldats.")]
    [InlineData("en", "There were roughly 200,000-300,000 samples.")]
    public void An_approximator_before_a_range_makes_both_amounts_approximate(string lang, string text)
    {
        Entity[] quantities = Quantities(lang, text);
        Assert.Equal(2, quantities.Length);
        Assert.All(quantities, q => Assert.True(q.Approximate));
    }

    [Theory]
    [InlineData("fr", "C’est sa deuxième visite.")]
    [InlineData("fr", "Le 2e régiment est arrivé.")]
    [InlineData("fr", "Le 1er ministre est arrivé.")]
    [InlineData("fr", "La 3ème division avance.")]
    [InlineData("fr", "Un premier contingent est arrivé.")]
    [InlineData("en", "It is the third visit.")]
    [InlineData("en", "He finished 21st in the race.")]
    [InlineData("en", "The 2nd battalion moved.")]
    [InlineData("en", "The 3rd division moved.")]
    [InlineData("en", "The 4th round starts.")]
    public void Ordinals_are_not_quantities(string lang, string text) => Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("fr", "Séoul, le 22.10.2024.")]
    [InlineData("fr", "22.10.2024")]
    [InlineData("fr", "Il a parlé le 21 octobre.")]
    [InlineData("fr", "Il a parlé lundi 21 octobre.")]
    [InlineData("fr", "La vidéo a été transmise le 18 octobre 2024.")]
    [InlineData("fr", "Cela se passait en 2024.")]
    [InlineData("fr", "Le traité date de juin 2024.")]
    [InlineData("fr", "Il est arrivé entre le 8 et le 13 octobre.")]
    [InlineData("fr", "Le NIS a détecté du 8 au 13 (octobre) des mouvements.")]
    [InlineData("fr", "Le traité a été signé le 19 juin par le président.")]
    [InlineData("fr", "Le 1er janvier est férié.")]
    [InlineData("fr", "Il a parlé le 8.")]
    [InlineData("fr", "La guerre de 1914-1918 a marqué la région.")]
    [InlineData("fr", "Depuis 2022, la guerre continue.")]
    [InlineData("fr", "Le rapport du 10/12/2024 est clair.")]
    [InlineData("en", "He spoke on October 21.")]
    [InlineData("en", "He spoke on October 21, 2024.")]
    [InlineData("en", "He spoke on 21 October.")]
    [InlineData("en", "GENEVA, March 3 — The UN spoke.")]
    [InlineData("en", "This happened in 2024.")]
    [InlineData("en", "Since 1991 the country has been independent.")]
    [InlineData("en", "He spoke on Oct. 21.")]
    [InlineData("fr", "Le G20 s'est tenu à Rio les 18 et 19 novembre.")]
    [InlineData("en", "In the 1990s the economy grew.")]
    [InlineData("en", "A 2023 report found problems.")]
    [InlineData("fr", "Le budget 2025 prévoit des coupes.")]
    public void Dates_and_years_are_not_quantities(string lang, string text) => Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("fr", "La réunion a commencé à 14h30.")]
    [InlineData("fr", "La réunion a commencé à 14 h 30.")]
    [InlineData("fr", "La réunion a commencé à 14h.")]
    [InlineData("fr", "La réunion commence à 14 heures.")]
    [InlineData("fr", "La réunion commence vers 9 h.")]
    [InlineData("en", "The meeting began at 10:30.")]
    [InlineData("en", "The meeting began at 3 p.m.")]
    [InlineData("en", "The meeting began at 3pm.")]
    [InlineData("en", "The meeting began at 9 a.m. sharp.")]
    [InlineData("en", "The strike hit at 04:15 GMT.")]
    public void Times_of_day_are_not_quantities(string lang, string text) => Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("fr", "Ce que la nuit appartenait aux auditeurs – Épisode 6 : Nuits blanches")]
    [InlineData("fr", "<img class=\"jsx-2028956212\">")]
    [InlineData("fr", "Le G7 se réunit à Rome.")]
    [InlineData("fr", "Un Airbus A320 a atterri.")]
    [InlineData("fr", "La COVID-19 a frappé la région.")]
    [InlineData("fr", "Selon l’article 5 de l’Otan, tout allié est défendu.")]
    [InlineData("fr", "Il a voté pour Windows 10 hier.")]
    [InlineData("fr", "Le F-16 est arrivé.")]
    [InlineData("fr", "Laisser un commentaire 19 − 16 =")]
    [InlineData("fr", "Appelez le 01 23 45 67 89.")]
    [InlineData("fr", "Voir page 12 du rapport.")]
    [InlineData("fr", "Le gouvernement a eu recours au 49.3 hier.")]
    [InlineData("fr", "Selon l'article 49.3 de la Constitution, le texte passe.")]
    [InlineData("fr", "Le système S-400 est déployé.")]
    [InlineData("fr", "Voir https://example.com/2024/10/article-12 pour les détails.")]
    [InlineData("en", "The G20 summit opened.")]
    [InlineData("en", "See chapter 3 of the report.")]
    [InlineData("en", "Russia fired Su-27 jets.")]
    [InlineData("en", "He works 24/7.")]
    [InlineData("fr", "Il s'était rendu à la cité des \"4.000\" à La Courneuve.")]
    [InlineData("en", "The \"1,000\" list was published.")]
    [InlineData("en", "Follow #Ukraine2024 and @AFP.")]
    public void Numbers_in_names_titles_and_codes_are_not_quantities(string lang, string text) =>
        Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("fr", "Un soldat a été tué.")]
    [InlineData("fr", "Il a publié une vidéo dans un communiqué.")]
    [InlineData("fr", "La Corée du Nord a décidé d’envoyer un total de troupes.")]
    [InlineData("fr", "Un bâtiment neuf a brûlé.")]
    [InlineData("fr", "Les militaires marquent une escalade.")]
    [InlineData("fr", "Il a été mis en quarantaine.")]
    [InlineData("en", "A soldier was killed.")]
    [InlineData("en", "An army moved in.")]
    [InlineData("en", "One of them said no.")]
    [InlineData("en", "No one knows.")]
    [InlineData("en", "A few soldiers stayed.")]
    [InlineData("en", "Thousands gathered.")]
    public void Articles_and_pronouns_are_not_quantities(string lang, string text) => Assert.Empty(Quantities(lang, text));

    [Theory]
    [InlineData("fr", "Volodymyr Zelensky a indiqué lundi 4 novembre que 11 000 soldats étaient là.", "11 000 soldats")]
    [InlineData("fr", "Le 18 octobre, 1 500 soldats sont arrivés.", "1 500 soldats")]
    [InlineData("fr", "En 2024, 200 morts ont été comptés.", "200 morts")]
    [InlineData("en", "On October 21, 3,000 soldiers arrived.", "3,000 soldiers")]
    [InlineData("en", "In 2024, 200 people died.", "200 people")]
    [InlineData("en", "At 10:30, 12 trucks arrived.", "12 trucks")]
    public void A_date_or_time_does_not_hide_the_quantity_beside_it(string lang, string text, string span) =>
        Assert.Equal(span, Assert.Single(Quantities(lang, text)).Text);

    [Fact]
    public void Sentences_with_several_amounts_give_each_of_them()
    {
        const string text = "La Corée du Sud a évoqué l’envoi de 1 500 soldats avec un objectif de 12 000 à terme, puis une dizaine de milliers.";
        Entity[] quantities = Quantities("fr", text);
        Assert.Equal(["1 500 soldats", "12 000", "une dizaine de milliers"], quantities.Select(q => q.Text));
        Assert.Equal([1500d, 12000d, 10000d], quantities.Select(q => q.Value!.Value));
    }

    [Fact]
    public void A_quantity_never_overlaps_an_entity_found_before_it()
    {
        Entity[] entities = ProcessWithEntity("Les deux Français s'opposent.", "Français", EntityType.Country, CountryForm.Demonym);
        Entity quantity = Assert.Single(entities, e => e.Type == EntityType.Quantity);
        Assert.Equal("deux", quantity.Text);
        Assert.Null(quantity.Unit);
        Assert.Single(entities, e => e.Type == EntityType.Country);
    }

    [Theory]
    [InlineData("fr", "La tension monte entre les deux Corées.", "Corées", EntityType.Location, null)]
    [InlineData("fr", "La tension monte entre les deux Corées.", "Corées", EntityType.Country, CountryForm.Name)]
    [InlineData("en", "Tension rises between the two Koreas.", "Koreas", EntityType.Location, null)]
    public void A_place_name_in_the_plural_counted_by_an_amount_is_its_unit(string lang, string text, string place, EntityType type, CountryForm? form)
    {
        Entity[] entities = ProcessWithEntity(text, place, type, form, lang == "en" ? Language.English : Language.French);
        Entity quantity = Assert.Single(entities);
        Assert.Equal(EntityType.Quantity, quantity.Type);
        Assert.Equal(place, quantity.Unit);
    }

    private static Entity[] ProcessWithEntity(string text, string entity, EntityType type, CountryForm? form, Language language = Language.French)
    {
        using var document = new NewsExtraction.Pipeline.DocumentContext(text) { Language = language, ModelLanguage = language };
        int start = text.IndexOf(entity, StringComparison.Ordinal);
        document.TryAddEntity(new NewsExtraction.Pipeline.EntityDraft(type, start, start + entity.Length) { Form = form });
        new NewsExtraction.Quantities.QuantityRecognizer().Process(document);
        return [.. document.ToResult().Entities];
    }

    [SharedDataFact]
    public void The_gold_quantities_of_the_seed_articles_are_found()
    {
        string shared = TestPaths.RequiredShared;
        int gold = 0, found = 0;
        foreach (string file in Directory.GetFiles(Path.Combine(shared, "gold"), "*.json"))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            string text = File.ReadAllText(Path.Combine(shared, "corpus", "seeds", Path.GetFileNameWithoutExtension(file) + ".txt"));
            Entity[] predicted = Quantities("fr", text);
            foreach (System.Text.Json.JsonElement entity in json.RootElement.GetProperty("entities").EnumerateArray())
            {
                if (entity.GetProperty("type").GetString() != "QUANTITY")
                {
                    continue;
                }
                gold++;
                int start = entity.GetProperty("start").GetInt32(), end = entity.GetProperty("end").GetInt32();
                double value = entity.GetProperty("value").GetDouble();
                found += predicted.Count(p => p.Start == start && p.End == end && p.Value == value) == 1 ? 1 : 0;
            }
        }
        Assert.True(gold > 0);
        Assert.Equal(gold, found);
    }
}
