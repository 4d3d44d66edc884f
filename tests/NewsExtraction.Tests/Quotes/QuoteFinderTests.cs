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
    [InlineData("Le Portugal demande d’»éviter les déplacements inutiles».", "éviter les déplacements inutiles")]
    [InlineData("Portugal asks travellers to »avoid needless trips».", "avoid needless trips")]
    [InlineData("Il a dit qu’\"il partira\" demain.", "il partira")]
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
        const string text = "il exige le retrait\u00A0«\u00A0immédiat\u00A0»\u00A0des soldats";
        Quote quote = Assert.Single(MarkedDocument.Extract(text));
        Assert.Equal((text.IndexOf("imm", StringComparison.Ordinal), text.IndexOf("imm", StringComparison.Ordinal) + "immédiat".Length), (quote.Start, quote.End));
        Assert.Equal("immédiat", quote.Text);
    }

    [Theory]
    [InlineData("Il a raconté : « Il m’a dit “jamais” et il est parti. »", "Il m’a dit “jamais” et il est parti.")]
    [InlineData("She said: \"He told me “never” and left.\"", "He told me “never” and left.")]
    [InlineData("« Le slogan « plus jamais ça » revient », dit-il.", "Le slogan « plus jamais ça » revient")]
    public void Nested_quotes_give_the_outer_one(string text, string expected) =>
        Assert.Equal([expected], Texts(text));

    [Theory]
    [InlineData("Il a déclaré : « Premier paragraphe du discours.\n\n« Second paragraphe du discours. »")]
    [InlineData("Il a déclaré : \"Premier paragraphe du discours.\n\n\"Second paragraphe du discours.\"")]
    public void Each_paragraph_of_a_speech_over_paragraphs_is_a_quote_of_its_own_in_French(string text) =>
        Assert.Equal(["Premier paragraphe du discours.", "Second paragraphe du discours."], Texts(text));

    [Theory]
    [InlineData("He said: “The first paragraph of the speech.\n\n“The second paragraph of the speech.”")]
    [InlineData("He said: \"The first paragraph of the speech.\n\n\"The second paragraph of the speech.\"")]
    public void Each_paragraph_of_a_speech_over_paragraphs_is_a_quote_of_its_own_in_English(string text) =>
        Assert.Equal(["The first paragraph of the speech.", "The second paragraph of the speech."], Texts(text, Language.English));

    [Theory]
    [InlineData("Il a déclaré : \"Nous sommes prêts. Nous tiendrons. \"Nous ne reculerons pas.\" Puis il est parti.", Language.French, "Nous sommes prêts. Nous tiendrons.", "Nous ne reculerons pas.")]
    [InlineData("Il a déclaré : “Nous sommes prêts. Nous tiendrons. “Nous ne reculerons pas.” Puis il est parti.", Language.French, "Nous sommes prêts. Nous tiendrons.", "Nous ne reculerons pas.")]
    [InlineData("He said: \"We are ready. We will hold. \"We will not back down.\" Then he left.", Language.English, "We are ready. We will hold.", "We will not back down.")]
    [InlineData("He said: “We are ready. We will hold. “We will not back down.” Then he left.", Language.English, "We are ready. We will hold.", "We will not back down.")]
    public void Paragraphs_of_a_speech_run_into_one_line_are_split_at_the_repeated_opening_mark(string text, Language language, string first, string second) =>
        Assert.Equal([first, second], Texts(text, language));

    [Theory]
    [InlineData("Il a dit « nous ne partirons pas\n\nAutre paragraphe » sans fin.", Language.French, "nous ne partirons pas")]
    [InlineData("He said “we will not leave\n\nAnother paragraph” again.", Language.English, "we will not leave")]
    public void A_quote_whose_closing_mark_was_lost_ends_with_its_paragraph(string text, Language language, string expected) =>
        Assert.Equal([expected], Texts(text, language));

    [Theory]
    [InlineData("Le parti s'est égaré\", déplore la presse, qui l'appelle à \"remettre de l'ordre dans ses rangs\".", Language.French, "remettre de l'ordre dans ses rangs")]
    [InlineData("The party has lost its way,\" the paper wrote, urging it to \"put its own house in order\".", Language.English, "put its own house in order")]
    public void A_closing_mark_whose_opening_mark_was_lost_does_not_throw_the_later_pairs_off(string text, Language language, string expected) =>
        Assert.Equal([expected], Texts(text, language));

    [Fact]
    public void A_nested_quote_is_reported_when_its_outer_quote_never_closes() =>
        Assert.Equal(["b c"], Texts("Il a dit « a “b c” d\n\nAutre paragraphe."));

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
    [InlineData("Le scrutin était « fermé » aux indépendants.")]
    [InlineData("The primary was a “closed” one.")]
    public void Scare_quotes_are_not_quotes(string text) =>
        Assert.Empty(Texts(text));

    [Theory]
    [InlineData("[P:Paul Durand] vote la loi « anticasseurs ».", Language.French)]
    [InlineData("[P:Paul Durand] exporte les fusils sous l’appellation « matériel de guerre ».", Language.French)]
    [InlineData("[P:Paul Durand] kept the designation “enemy combatant”.", Language.English)]
    [InlineData("[P:Paul Durand] backed the law “anti-rioters”.", Language.English)]
    public void A_few_words_in_marks_naming_the_noun_before_them_are_not_a_quote(string text, Language language) =>
        Assert.Empty(Texts(text, language));

    [Theory]
    [InlineData("Le ministre Paul Durand a qualifié la loi « inique ».", Language.French, "inique")]
    [InlineData("Minister Paul Durand called the bill “a disgrace”.", Language.English, "a disgrace")]
    public void Words_in_marks_after_a_naming_noun_are_a_quote_when_a_cue_introduces_them(string text, Language language, string expected) =>
        Assert.Equal([expected], Texts(text, language));

    [Theory]
    [InlineData("Les « bonnets verts » défilent. Le chef des « bonnets verts » a parlé. Des « bonnets verts » ont dit non, selon lui.", Language.French)]
    [InlineData("The “green caps” marched. The leader of the “green caps” spoke. Some “green caps” said no, he said.", Language.English)]
    [InlineData("Les « bonnets verts » défilent. Le chef des « bonnets verts » a parlé. Un « bonnet vert » a dit non, selon lui.", Language.French)]
    [InlineData("The “green caps” marched. The leader of the “Green Caps” spoke. One “green cap” said no, he said.", Language.English)]
    public void A_term_the_article_keeps_in_marks_is_not_a_quote(string text, Language language) =>
        Assert.Empty(Texts(text, language));

    [Theory]
    [InlineData("Paris dénonce une « décision injustifiée »\n\nParis a aussitôt dénoncé une « décision injustifiée ».", Language.French)]
    [InlineData("Paris condemns an “unjustified decision”\n\nParis at once condemned an “unjustified decision”.", Language.English)]
    public void A_headline_repeating_words_of_the_article_keeps_both_quotes(string text, Language language) =>
        Assert.Equal(2, Texts(text, language).Length);

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
        Assert.Equal(["a b", "c d e f", "g h i j"], Texts("« a b », dit-il.\n\nLigne de texte normale\n\n“c d e f” et « g h i j »."));
}
