using NewsExtraction.Entities;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Text;

public sealed class LanguageIdentifierTests(ITestOutputHelper output)
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    private static Language Identify(string text) => Identifier.Identify(text);

    [Theory]
    [InlineData("Le président a démissionné jeudi soir.", "The president resigned on Thursday night.")]
    [InlineData("Les négociations reprendront lundi à Genève.", "Talks will resume in Geneva on Monday.")]
    [InlineData("Trois soldats ont été blessés dans l'attaque.", "Three soldiers were wounded in the attack.")]
    [InlineData("Il a été élu maire de Lyon en 2020.", "He was elected mayor of Boston in 2020.")]
    [InlineData("« Nous ne céderons pas », a-t-il déclaré.", "\"We will not give in,\" he said.")]
    [InlineData("L’inflation a ralenti en octobre, selon l’Insee.", "Inflation slowed in October, the data showed.")]
    [InlineData("LE GOUVERNEMENT ANNONCE UNE HAUSSE DES IMPÔTS", "GOVERNMENT ANNOUNCES A TAX INCREASE")]
    public void Short_news_sentences_are_identified(string french, string english)
    {
        Assert.Equal(Language.French, Identify(french));
        Assert.Equal(Language.English, Identify(english));
    }

    [Theory]
    [InlineData("fr-otan-sommet.txt", Language.French)]
    [InlineData("fr-seoul-convocation.txt", Language.French)]
    [InlineData("en-pentagon-korea.txt", Language.English)]
    [InlineData("en-un-aid.txt", Language.English)]
    public void Sample_articles_are_identified(string file, Language expected) =>
        Assert.Equal(expected, Identify(File.ReadAllText(Path.Combine(TestPaths.Samples, file))));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("12 000 – 3,5 % – 22.10.2024")]
    [InlineData("$$$ +++ ### @@@ >>>>>> 1234")]
    public void Text_without_letters_is_unknown(string text) => Assert.Equal(Language.Unknown, Identify(text));

    [Theory]
    [InlineData("Merci", "OK")]
    [InlineData("Oui, non.", "Yes, no.")]
    [InlineData("à 12h30", "at 12:30")]
    public void Too_little_text_is_unknown(string french, string english)
    {
        Assert.Equal(Language.Unknown, Identify(french));
        Assert.Equal(Language.Unknown, Identify(english));
    }

    [Theory]
    [InlineData("Donald Trump, Emmanuel Macron, Olaf Scholz")]
    [InlineData("Paris, London, Berlin")]
    [InlineData("Joe Biden et Xi Jinping")]
    [InlineData("Breaking: Macron et Biden au summit")]
    public void Short_text_that_both_languages_explain_about_equally_is_unknown(string text) =>
        Assert.Equal(Language.Unknown, Identify(text));

    [Theory]
    [InlineData("Die Regierung in Berlin will die Schuldenbremse im kommenden Jahr erneut aussetzen, berichtet die Zeitung.")]
    [InlineData("Bei einem Erdbeben im Süden des Landes sind nach offiziellen Angaben mindestens zwölf Menschen ums Leben gekommen.")]
    [InlineData("Der ehemalige Minister wurde am Freitag von einem Gericht in München zu zwei Jahren Haft auf Bewährung verurteilt.")]
    [InlineData("El alcalde de Barcelona anunció ayer que la ciudad limitará el número de pisos turísticos a partir del próximo año.")]
    [InlineData("Los bomberos trabajaron durante toda la noche para controlar el incendio forestal que amenazaba a varios pueblos.")]
    [InlineData("El equipo visitante remontó en la segunda parte y se llevó los tres puntos gracias a un gol de penalti.")]
    [InlineData("Il sindaco di Napoli ha annunciato che i lavori per la nuova linea della metropolitana inizieranno a gennaio.")]
    [InlineData("Il ministro dell'economia ha detto che il governo non aumenterà le tasse sulla prima casa.")]
    [InlineData("La polizia ha sequestrato più di due tonnellate di droga nascosta in un carico di banane arrivato al porto.")]
    public void News_sentences_in_other_languages_are_unknown(string text) => Assert.Equal(Language.Unknown, Identify(text));

    [Fact]
    public void Articles_keep_their_language_among_scraped_page_noise()
    {
        const string Noise = """
            >>>>>> Accueil | Monde | Économie | Sport • Home • Newsletter
            <div class="nav"><a href="/">jsx-2028956212</a></div> data-v-7f3a2c px-4
            © 2024 — Cookies — https://www.example.com/monde/article-123.html
            """;
        string french = File.ReadAllText(Path.Combine(TestPaths.Samples, "fr-seoul-convocation.txt"));
        string english = File.ReadAllText(Path.Combine(TestPaths.Samples, "en-un-aid.txt"));
        Assert.Equal(Language.French, Identify(Noise + french + Noise));
        Assert.Equal(Language.English, Identify(Noise + english + Noise));
    }

    [Fact]
    public void Long_documents_are_judged_on_their_first_pages()
    {
        string french = string.Concat(Enumerable.Repeat("Le gouvernement a présenté mercredi son projet de budget pour l’année prochaine. ", 60));
        string english = string.Concat(Enumerable.Repeat("The government presented its budget for next year on Wednesday. ", 200));
        Assert.True(french.Length > LanguageIdentifier.SampleLength);
        Assert.Equal(Language.French, Identify(french + english));
    }

    [Fact]
    public void A_first_page_clearly_in_one_language_settles_it_and_an_unclear_one_is_read_past()
    {
        string french = string.Concat(Enumerable.Repeat("Le gouvernement a présenté mercredi son projet de budget pour l’année prochaine. ", 15));
        string english = string.Concat(Enumerable.Repeat("The government presented its budget for next year on Wednesday. ", 50));
        Assert.True(french.Length > LanguageIdentifier.QuickSampleLength && french.Length + english.Length > LanguageIdentifier.SampleLength);
        Assert.Equal(Language.French, Identify(french + english));
        Assert.Equal(Language.English, Identify(english[..1200] + french + french));

        // Names and figures say no language: the article after them does.
        string names = string.Concat(Enumerable.Repeat("Macron, Biden, Scholz — 2024 | 12 345 | ", 30));
        Assert.True(names.Length > LanguageIdentifier.QuickSampleLength);
        Assert.Equal(Language.French, Identify(names + french));
        Assert.Equal(Language.English, Identify(names + english));
    }

    [Theory]
    [InlineData("Le gouvernement a présenté mercredi", "son projet de budget pour l’année prochaine.")]
    [InlineData("The government presented its budget", "for next year on Wednesday.")]
    public void The_scores_of_a_text_cut_between_words_add_up_to_those_of_the_whole(string first, string rest) =>
        Assert.Equal(Identifier.Score(first + " " + rest), Identifier.Score(first) + Identifier.Score(" " + rest));

    [Fact]
    public void Identifying_allocates_nothing()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Samples, "fr-otan-sommet.txt"));
        Identify(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            Identifier.Identify(text);
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [SharedDataTheory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void Dev_sentences_of_40_characters_or_more_are_identified_99_percent_of_the_time(Language language)
    {
        string shared = TestPaths.RequiredShared;
        IReadOnlyList<string> corpora = language == Language.French ? LanguageModelBuilder.FrenchCorpora : LanguageModelBuilder.EnglishCorpora;
        int total = 0;
        int correct = 0;
        int unknown = 0;
        foreach (string corpus in corpora)
        {
            foreach (string sentence in LanguageModelBuilder.ReadSentences(Path.Combine(shared, "data", "ner", corpus + ".dev.conll")))
            {
                if (sentence.Length < 40)
                {
                    continue;
                }
                total++;
                Language identified = Identify(sentence);
                correct += identified == language ? 1 : 0;
                unknown += identified == Language.Unknown ? 1 : 0;
            }
        }
        double accuracy = (double)correct / total;
        output.WriteLine($"{language}: {correct}/{total} = {accuracy:P2} ({unknown} unknown, {total - correct - unknown} wrong)");
        Assert.True(accuracy >= 0.99, $"{language} accuracy {accuracy:P2} is below 99%");
    }

    [SharedDataFact]
    public void The_embedded_model_is_what_the_builder_makes_from_the_shared_data()
    {
        string shared = TestPaths.RequiredShared;
        using var built = new MemoryStream();
        new LanguageModelBuilder().Build(Path.Combine(shared, "data", "ner")).Write(built);
        using Stream embedded = EmbeddedModels.Open(LanguageIdentifier.ResourceName);
        using var expected = new MemoryStream();
        embedded.CopyTo(expected);
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(built.ToArray()), "models/langid.bin is stale: rebuild it with newsx langid-train");
    }
}
