namespace NewsExtraction.Dates;

/// <summary>The French calendar and time words.</summary>
internal static class FrenchCalendarWords
{
    /// <summary>The word lists.</summary>
    public static CalendarWordLists Lists { get; } = new()
    {
        Months =
        [
            ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
            ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
            ("décembre", 12), ("decembre", 12),
        ],
        MonthAbbreviations =
        [
            ("janv", 1), ("févr", 2), ("fevr", 2), ("fév", 2), ("fev", 2), ("avr", 4), ("juil", 7), ("sept", 9),
            ("oct", 10), ("nov", 11), ("déc", 12), ("dec", 12),
        ],
        Weekdays =
        [
            ("lundi", DayOfWeek.Monday), ("mardi", DayOfWeek.Tuesday), ("mercredi", DayOfWeek.Wednesday),
            ("jeudi", DayOfWeek.Thursday), ("vendredi", DayOfWeek.Friday), ("samedi", DayOfWeek.Saturday),
            ("dimanche", DayOfWeek.Sunday),
        ],
        Seasons = ["printemps", "été", "automne", "hiver"],
        RelativeDays =
        [
            ("avant-hier", -2), ("hier", -1), ("aujourd'hui", 0), ("aujourd’hui", 0), ("demain", 1), ("après-demain", 2),
        ],
        MidPrefixes = ["mi-"],
        OrdinalSuffixes = ["er", "ᵉʳ"],
        DayArticles = ["le"],
        MonthPrepositions = ["en"],
        TrailingModifiers =
        [
            ("dernier", DateDirection.Past), ("dernière", DateDirection.Past), ("prochain", DateDirection.Future),
            ("prochaine", DateDirection.Future),
        ],
        DayConnectors = ["et", "au", "à", "-", "–"],
        YearCues =
        [
            "en", "depuis", "année", "années", "an", "avant", "après", "dès", "été", "hiver", "printemps", "automne",
            "fin", "début", "mi", "vers", "pendant", "courant",
        ],
        TenseWords =
        [
            ("prévu", DateDirection.Future), ("prévue", DateDirection.Future), ("prévus", DateDirection.Future),
            ("prévues", DateDirection.Future), ("attendu", DateDirection.Future), ("attendue", DateDirection.Future),
            ("attendus", DateDirection.Future), ("attendues", DateDirection.Future), ("programmé", DateDirection.Future),
            ("programmée", DateDirection.Future), ("programmés", DateDirection.Future), ("programmées", DateDirection.Future),
            ("devrait", DateDirection.Future), ("devraient", DateDirection.Future), ("doit", DateDirection.Future),
            ("doivent", DateDirection.Future), ("va", DateDirection.Future), ("vont", DateDirection.Future),
            ("prochain", DateDirection.Future), ("prochaine", DateDirection.Future), ("demain", DateDirection.Future),
            ("appel", DateDirection.Future), ("appels", DateDirection.Future), ("appelle", DateDirection.Future),
            ("appellent", DateDirection.Future),
            ("a", DateDirection.Past), ("ont", DateDirection.Past), ("avait", DateDirection.Past),
            ("avaient", DateDirection.Past), ("eu", DateDirection.Past), ("dernier", DateDirection.Past),
            ("dernière", DateDirection.Past), ("hier", DateDirection.Past), ("depuis", DateDirection.Past),
        ],
        TenseEndings =
        [
            ("rait", DateDirection.None), ("raient", DateDirection.None), ("ra", DateDirection.Future),
            ("ront", DateDirection.Future), ("rai", DateDirection.Future), ("ras", DateDirection.Future),
            ("rez", DateDirection.Future), ("ait", DateDirection.Past), ("aient", DateDirection.Past),
        ],
        TenseEndingExceptions =
        [
            "fait", "front", "affront", "bras", "gras", "extra", "caméra", "opéra", "choléra", "mantra", "tiara",
            "souhait", "lait", "jamais", "mais", "désormais", "palais", "frais", "relais", "biais", "marais",
        ],
    };
}
