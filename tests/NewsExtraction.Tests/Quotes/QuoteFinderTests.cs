namespace NewsExtraction.Tests.Quotes;

public sealed class QuoteFinderTests
{
    private static string[] Texts(string text, Language language = Language.French) =>
        [.. MarkedDocument.Extract(text, language).Select(q => q.Text)];

    [Theory]
    [InlineData("Il a dit « nous sommes prêts » hier.", "nous sommes prêts")]
    [InlineData("Il a dit “nous sommes prêts” hier.", "nous sommes prêts")]
    [InlineData("Il a dit \"nous sommes prêts\" hier.", "nous sommes prêts")]
    [InlineData("Il a dit „nous sommes prêts“ hier.", "nous sommes prêts")]
    [InlineData("Il a dit ‹ nous sommes prêts › hier.", "nous sommes prêts")]
    [InlineData("He said “we are ready” on Monday.", "we are ready")]
    [InlineData("He said \"we are ready\" on Monday.", "we are ready")]
    [InlineData("He said „we are ready“ on Monday.", "we are ready")]
    public void Every_quotation_mark_style_is_paired(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("“ Il y en a déjà 11 000. Nous constatons une augmentation.» a ajouté le chef de l’Etat.", "Il y en a déjà 11 000. Nous constatons une augmentation.")]
    [InlineData("Il a dit « nous sommes prêts ” hier.", "nous sommes prêts")]
    [InlineData("He said “we are ready\" on Monday.", "we are ready")]
    [InlineData("He said “we are ready“ on Monday.", "we are ready")]
    public void Mismatched_marks_are_paired(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("son «\u00A0de graves inquiétudes\u00A0»selon le communiqué.", "de graves inquiétudes")]
    [InlineData("a-t-il ajouté, indiquant que« Reste à savoir quel impact ils auront ».", "Reste à savoir quel impact ils auront")]
    [InlineData("avant d’affirmer que“Aujourd’hui, nous estimons.”", "Aujourd’hui, nous estimons.")]
    [InlineData("he said\"We are ready.\"He left.", "We are ready.")]
    public void Marks_glued_to_words_are_found(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Fact]
    public void The_span_leaves_out_the_marks_and_the_spaces_inside_them()
    {
        const string text = "le retrait\u00A0«\u00A0immédiat\u00A0»\u00A0des soldats";
        Quote quote = Assert.Single(MarkedDocument.Extract(text));
        Assert.Equal((text.IndexOf('i', 11), text.IndexOf('i', 11) + "immédiat".Length), (quote.Start, quote.End));
        Assert.Equal("immédiat", quote.Text);
    }

    [Theory]
    [InlineData("Il a raconté : « Il m’a dit “jamais” et il est parti. »", "Il m’a dit “jamais” et il est parti.")]
    [InlineData("She said: \"He told me “never” and left.\"", "He told me “never” and left.")]
    [InlineData("« Le slogan « plus jamais ça » revient », dit-il.", "Le slogan « plus jamais ça » revient")]
    public void Nested_quotes_give_the_outer_one(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("Il a déclaré : « Premier paragraphe.\n\n« Second paragraphe. »", "Premier paragraphe.\n\n« Second paragraphe.")]
    [InlineData("He said: “First paragraph.\n\n“Second paragraph.”", "First paragraph.\n\n“Second paragraph.")]
    [InlineData("He said: \"First paragraph.\n\n\"Second paragraph.\"", "First paragraph.\n\n\"Second paragraph.")]
    public void A_paragraph_opening_with_a_mark_continues_the_open_quote(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("Il a dit « bonjour\n\nAutre paragraphe » sans fin.")]
    [InlineData("He said “hello\n\nAnother paragraph” again.")]
    public void A_quote_left_open_does_not_run_into_the_next_paragraph(string text) =>
        Assert.Empty(Texts(text));

    [Fact]
    public void A_nested_quote_is_reported_when_its_outer_quote_never_closes() =>
        Assert.Equal(["b c"], Texts("« a “b c” d\n\nAutre paragraphe."));

    [Theory]
    [InlineData("Cette « escalade » du conflit inquiète.", "escalade")]
    [InlineData("They warned of an “escalation” of the war.", "escalation")]
    public void Short_partial_quotes_are_quotes(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("  • type=\"image/avif\" class=\"jsx-2028956212\"> type=\"image/jpeg\" class=\"jsx-2028956212\">>>>>>>")]
    [InlineData("<a href=\"https://example.com/x\">Read more</a>")]
    public void Markup_is_never_a_quote(string text) =>
        Assert.Empty(Texts(text));

    [Fact]
    public void Markup_does_not_unbalance_the_quotes_after_it() =>
        Assert.Equal(["We are ready."], Texts("<img class=\"photo\" alt=\"x\"> \"We are ready.\" she said."));

    [Theory]
    [InlineData("Il a revu le film « Le Parrain » hier.")]
    [InlineData("L’opération « Bouclier du Nord » a commencé.")]
    [InlineData("Un plan baptisé « Horizon 2030 » a été présenté.")]
    [InlineData("She is reading the book \"War and Peace\" again.")]
    [InlineData("A programme dubbed “Operation Warp Speed” began.")]
    public void Titles_of_works_are_not_quotes(string text) =>
        Assert.Empty(Texts(text));

    [Theory]
    [InlineData("L’armée russe a tiré des missiles « Kinjal » sur la ville.")]
    [InlineData("The \"Iron Dome\" system intercepted most rockets.")]
    public void Capitalised_names_no_cue_introduces_are_not_quotes(string text) =>
        Assert.Empty(Texts(text));

    [Theory]
    [InlineData("Sa réponse a été : « Jamais ».", "Jamais")]
    [InlineData("\"Never,\" he said.", "Never,")]
    public void A_capitalised_word_a_cue_introduces_is_a_quote(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("Ces soi-disant « experts » se sont trompés.")]
    [InlineData("The so-called “experts” were wrong.")]
    public void Scare_quotes_are_not_quotes(string text) =>
        Assert.Empty(Texts(text));

    [Theory]
    [InlineData("Le ministre a qualifié de « honteuse » cette attaque.", "honteuse")]
    [InlineData("He called the attack “shameful” on Monday.", "shameful")]
    [InlineData("Le journal a publié : « Nous partons. »", "Nous partons.")]
    public void Words_near_a_title_noun_are_still_quotes_when_they_are_speech(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("Je leur demande de retirer leurs troupes de Russie\n\n– Lloyd Austin, secrétaire américain à la Défense", "Je leur demande de retirer leurs troupes de Russie")]
    [InlineData("We will never give up our land.\n— Volodymyr Zelensky", "We will never give up our land.")]
    public void A_line_followed_by_a_dash_and_a_name_is_a_quote(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("Les points clés\n– Premier point à retenir\n– Deuxième point à retenir")]
    [InlineData("DOCUMENT LCI – Ukraine : les femmes soldats, essentielles à l’effort de guerre")]
    [InlineData("Key points:\n– The talks resumed on Monday")]
    [InlineData("PREV Ouï-dire – Quand la nuit appartenait aux auditeurs – Épisode 6")]
    public void Dashes_that_introduce_no_speaker_make_no_quote(string text) =>
        Assert.Empty(Texts(text));

    [Fact]
    public void Quotes_come_in_text_order() =>
        Assert.Equal(["a b", "c d", "e f"], Texts("« a b », dit-il.\n\nLigne de texte normale\n\n“c d” et « e f »."));
}
