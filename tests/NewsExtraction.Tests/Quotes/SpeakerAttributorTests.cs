namespace NewsExtraction.Tests.Quotes;

public sealed class SpeakerAttributorTests
{
    private static (string Text, string? Speaker, string? Cue) Single(string marked, Language language) =>
        MarkedDocument.Summary(Assert.Single(MarkedDocument.Extract(marked, language)));

    private static (string? Speaker, string? Cue) Attribution(string marked, Language language)
    {
        (string _, string? speaker, string? cue) = Single(marked, language);
        return (speaker, cue);
    }

    private static string?[] Speakers(string marked, Language language) =>
        [.. MarkedDocument.Extract(marked, language).Select(q => q.Speaker?.Name)];

    [Theory]
    [InlineData("« Nous sommes prêts », a déclaré [P:Mark Rutte].", Language.French, "Mark Rutte", "a déclaré")]
    [InlineData("« Nous sommes prêts », a souligné lundi [P:Mark Rutte].", Language.French, "Mark Rutte", "a souligné")]
    [InlineData("« Nous sommes prêts », [P:Choe Son Hui] a prévenu vendredi à Moscou.", Language.French, "Choe Son Hui", "a prévenu")]
    [InlineData("\"We are ready,\" said [P:Mark Rutte].", Language.English, "Mark Rutte", "said")]
    [InlineData("\"We are ready,\" [P:Mark Rutte] said on Monday.", Language.English, "Mark Rutte", "said")]
    [InlineData("\"We are ready,\" Defense Secretary [P:Lloyd Austin] told reporters in Rome.", Language.English, "Lloyd Austin", "told")]
    public void A_speech_verb_after_the_quote_gives_its_subject(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("« Cela serait une escalade » entre [C:Kyiv] et [C:Moscou], ajoute le communiqué de [P:Stéphane Dujarric].", Language.French, "Stéphane Dujarric", "ajoute")]
    [InlineData("\"This would be an escalation\" between [C:Kyiv] and [C:Moscow], said a statement from [P:Stéphane Dujarric].", Language.English, "Stéphane Dujarric", "said")]
    public void A_verb_after_a_comma_has_its_subject_after_it(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("S’adressant à [P:Mark Rutte] et à la présidente de la Commission, [P:Ursula von der Leyen], le président sud-coréen [P:Yoon Suk-yeol] a exhorté l’Europe à « bloquer les échanges ».", Language.French)]
    [InlineData("Speaking to [P:Mark Rutte] and to the Commission president, [P:Ursula von der Leyen], South Korean President [P:Yoon Suk-yeol] urged Europe to \"block the trade\".", Language.English)]
    public void The_person_right_before_the_verb_is_its_subject(string marked, Language language) =>
        Assert.Equal("Yoon Suk-yeol", Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("[P:Jean Dupont] a parlé. La ministre [P:Nicole Belloubet] a de son côté considéré que « le mouvement doit cesser ».", Language.French, "Nicole Belloubet", "a de son côté considéré")]
    [InlineData("[P:Jean Dupont] a parlé. La ministre [P:Nicole Belloubet] a, pour sa part, estimé que « le mouvement doit cesser ».", Language.French, "Nicole Belloubet", "a, pour sa part, estimé")]
    [InlineData("[P:John Smith] spoke. The minister, [P:Nicole Brown], has for her part said that \"the movement must stop\".", Language.English, "Nicole Brown", "has for her part said")]
    [InlineData("[P:John Smith] spoke. The minister [P:Nicole Brown] in turn said that \"the movement must stop\".", Language.English, "Nicole Brown", "in turn said")]
    public void An_adverbial_phrase_inside_the_verb_group_keeps_the_subject_before_it(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("[P:Mark Rutte] a déclaré : « Nous sommes prêts. »", Language.French, "Mark Rutte", "a déclaré")]
    [InlineData("[P:Mark Rutte] a déclaré que l’alliance « porte atteinte à la paix ».", Language.French, "Mark Rutte", "a déclaré")]
    [InlineData("Lundi, [P:Mark Rutte] a aussi estimé qu’il fallait « agir vite ».", Language.French, "Mark Rutte", "a aussi estimé")]
    [InlineData("[P:Mark Rutte] said: \"We are ready.\"", Language.English, "Mark Rutte", "said")]
    [InlineData("[P:Mark Rutte] has said that the move \"undermines peace\".", Language.English, "Mark Rutte", "has said")]
    [InlineData("[P:Lloyd Austin] told reporters: \"They are co-belligerents.\"", Language.English, "Lloyd Austin", "told")]
    public void A_speech_verb_before_the_quote_gives_its_subject(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("souligne")]
    [InlineData("soulignait")]
    [InlineData("a souligné")]
    [InlineData("avait souligné")]
    [InlineData("aurait souligné")]
    [InlineData("soulignera")]
    [InlineData("soulignerait")]
    [InlineData("souligna")]
    [InlineData("dit")]
    [InlineData("disait")]
    [InlineData("a prévenu")]
    [InlineData("préviendra")]
    [InlineData("écrivait")]
    [InlineData("a reconnu")]
    [InlineData("annonçait")]
    [InlineData("a fait savoir")]
    [InlineData("a mis en garde")]
    public void French_speech_verbs_are_cues_in_every_tense(string verb) =>
        Assert.Equal(("Mark Rutte", verb), Attribution($"[P:Mark Rutte] {verb} : « Nous sommes prêts. »", Language.French));

    [Theory]
    [InlineData("says")]
    [InlineData("said")]
    [InlineData("has said")]
    [InlineData("had said")]
    [InlineData("will say")]
    [InlineData("added")]
    [InlineData("warned")]
    [InlineData("has warned")]
    [InlineData("stressed")]
    [InlineData("wrote")]
    [InlineData("replied")]
    [InlineData("admitted")]
    [InlineData("pointed out")]
    public void English_speech_verbs_are_cues_in_every_tense(string verb) =>
        Assert.Equal(("Mark Rutte", verb), Attribution($"[P:Mark Rutte] {verb}: \"We are ready.\"", Language.English));

    [Theory]
    [InlineData("[P:Mark Rutte] est arrivé lundi. « Nous sommes prêts », a-t-il ajouté.", Language.French, "Mark Rutte", "a-t-il ajouté")]
    [InlineData("[P:Mark Rutte] est arrivé lundi. « Nous sommes prêts », ajoute-t-il.", Language.French, "Mark Rutte", "ajoute-t-il")]
    [InlineData("[P:Mark Rutte] est arrivé lundi. Il a déclaré : « Nous sommes prêts. »", Language.French, "Mark Rutte", "a déclaré")]
    [InlineData("[P:Ursula von der Leyen] est arrivée. Elle a prévenu : « Nous sommes prêts. »", Language.French, "Ursula von der Leyen", "a prévenu")]
    [InlineData("[P:Mark Rutte] arrived on Monday. \"We are ready,\" he said.", Language.English, "Mark Rutte", "said")]
    [InlineData("[P:Ursula von der Leyen] arrived on Monday. She said: \"We are ready.\"", Language.English, "Ursula von der Leyen", "said")]
    public void A_pronoun_is_resolved_to_the_nearest_person_before(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("[P:Mark Rutte] a parlé lundi. Puis [P:Rutte=Mark Rutte] a reçu la presse. « Nous sommes prêts », a-t-il dit.", Language.French)]
    [InlineData("[P:Mark Rutte] spoke on Monday. Later [P:Rutte=Mark Rutte] met the press. \"We are ready,\" he said.", Language.English)]
    public void A_resolved_pronoun_takes_the_canonical_name(string marked, Language language) =>
        Assert.Equal("Mark Rutte", Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("Le vice-ministre des Affaires étrangères, [P:Kim Hong-kyun], a reçu l’ambassadeur [P:Georgy Zinoviev]. Le vice-ministre a déclaré que la situation « représente une menace ».", Language.French, "Kim Hong-kyun")]
    [InlineData("Le ministre [P:Jean Dupont] et le porte-parole [P:Paul Martin] sont arrivés. « Nous sommes prêts », a déclaré le ministre.", Language.French, "Jean Dupont")]
    [InlineData("Le ministre [P:Jean Dupont] et le porte-parole [P:Paul Martin] sont arrivés. « Nous sommes prêts », a déclaré le porte-parole.", Language.French, "Paul Martin")]
    [InlineData("Foreign Minister [P:Choe Son-hui] met spokesman [P:John Kirby]. \"We are ready,\" the minister said.", Language.English, "Choe Son-hui")]
    [InlineData("Foreign Minister [P:Choe Son-hui] met spokesman [P:John Kirby]. \"We are ready,\" the spokesman said.", Language.English, "John Kirby")]
    [InlineData("Le vice-ministre des [P:Affaires étrangères], [P:Kim Hong-kyun], a reçu l’ambassadeur. Le vice-ministre a déclaré que la situation « représente une menace ».", Language.French, "Kim Hong-kyun")]
    [InlineData("Le porte-parole de [P:Vladimir Poutine], [P:Dmitri Peskov], est arrivé. « Nous sommes prêts », a déclaré le porte-parole.", Language.French, "Dmitri Peskov")]
    public void A_description_is_resolved_to_the_person_introduced_with_that_role(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("De son côté, le ministre britannique, en visite à [C:Séoul] lundi, a qualifié d’« imprudentes » ces actions. [P:David Lammy] a ajouté que Londres répondrait.", Language.French, "David Lammy")]
    [InlineData("The British foreign secretary, visiting [C:Seoul], called the moves “reckless”. [P:David Lammy] added that London would respond.", Language.English, "David Lammy")]
    public void A_description_naming_nobody_before_is_the_person_named_next_in_the_paragraph(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("Cette alliance « ne devrait inquiéter personne », selon la [C:Russie].", Language.French, "Russie", "selon")]
    [InlineData("« Les troupes sont en Russie », d’après le [O:Pentagone].", Language.French, "Pentagone", "d’après")]
    [InlineData("Selon [P:Mark Rutte], « la menace est réelle ».", Language.French, "Mark Rutte", "Selon")]
    [InlineData("\"The troops are in Russia,\" according to the [O:Pentagon].", Language.English, "Pentagon", "according to")]
    [InlineData("According to [P:Mark Rutte], \"the threat is real\".", Language.English, "Mark Rutte", "According to")]
    public void Selon_d_apres_and_according_to_name_the_source_after_them(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("Le [O:Pentagone] a indiqué avoir détecté un « petit nombre » de soldats.", Language.French, "Pentagone")]
    [InlineData("La [C:Corée du Sud] a convoqué l’ambassadeur pour demander le retrait « immédiat » des soldats.", Language.French, "Corée du Sud")]
    [InlineData("\"The troops are in Russia,\" the [O:Pentagon] said.", Language.English, "Pentagon")]
    [InlineData("[C:Russia] said the alliance was \"not directed against anyone\".", Language.English, "Russia")]
    public void An_organisation_or_country_speaks_when_no_person_is_named(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("Par la voix de son secrétaire général, [P:Mark Rutte], l’[O:Otan] a fait part de son inquiétude : « C’est une escalade. »", Language.French, "Mark Rutte")]
    [InlineData("[P:Kim Hong-kyun] a exprimé les « graves préoccupations » de Séoul, a déclaré le [O:ministère] dans un communiqué.", Language.French, "Kim Hong-kyun")]
    [InlineData("[O:NATO] chief [P:Mark Rutte] said: \"This is an escalation.\"", Language.English, "Mark Rutte")]
    [InlineData("[P:John Kirby] called it “reckless”, the [O:White House] said.", Language.English, "John Kirby")]
    public void A_person_is_preferred_to_the_organisation_they_speak_for(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("« Nous sommes prêts » – [P:Mark Rutte]", Language.French, "Mark Rutte")]
    [InlineData("« Nous sommes prêts. »\n– [P:Mark Rutte], secrétaire général de l’[O:Otan]", Language.French, "Mark Rutte")]
    [InlineData("“We are ready.” — [P:Mark Rutte]", Language.English, "Mark Rutte")]
    [InlineData("Je leur demande de retirer leurs troupes\n\n– Lloyd Austin, secrétaire américain à la Défense", Language.French, "Lloyd Austin")]
    [InlineData("We will never give up our land.\n— [P:Volodymyr Zelensky]", Language.English, "Volodymyr Zelensky")]
    public void A_speaker_after_a_dash_at_the_quote_end_is_its_speaker(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("[P:Mark Rutte] : « Nous sommes prêts. »", Language.French)]
    [InlineData("[P:Mark Rutte]: \"We are ready.\"", Language.English)]
    [InlineData("Question sur l’Ukraine.\n[P:Mark Rutte] : « Nous sommes prêts. »", Language.French)]
    public void A_name_before_a_colon_labels_the_speech_after_it(string marked, Language language) =>
        Assert.Equal(("Mark Rutte", ":"), Attribution(marked, language));

    [Fact]
    public void A_colon_after_a_mid_sentence_name_is_not_a_label() =>
        Assert.Equal("Mark Rutte", Attribution("[P:Mark Rutte] a fait part de son inquiétude sur [O:X] : « C’est une escalade. »", Language.French).Speaker);

    [Theory]
    [InlineData("[P:Mark Rutte] a déclaré : « Nous sommes prêts. » Puis : « Nous ne reculerons pas. »", Language.French)]
    [InlineData("« Nous sommes prêts », a dit [P:Mark Rutte]. « Nous ne reculerons pas. »", Language.French)]
    [InlineData("\"We are ready,\" [P:Mark Rutte] said. \"We will not back down.\"", Language.English)]
    [InlineData("[P:Mark Rutte] called the move “reckless” and “illegal”.", Language.English)]
    public void Quotes_of_one_speaker_in_a_paragraph_share_the_speaker(string marked, Language language) =>
        Assert.Equal(new string?[] { "Mark Rutte", "Mark Rutte" }, Speakers(marked, language));

    [Theory]
    [InlineData("[P:Paul Martin] a dit que [P:Jean Dupont] ne changerait rien. « Les blogueurs regardent l'Iran. »", Language.French)]
    [InlineData("[P:Paul Martin] was asked if he would say yes if [P:John Archer] applied to rejoin. \"We would look at that sympathetically.\"", Language.English)]
    public void The_subject_of_the_sentence_before_speaks_whoever_that_sentence_talks_about(string marked, Language language) =>
        Assert.Equal("Paul Martin", Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("La [C:République tchèque] demande de « ne voyager que si nécessaire » et le [C:Portugal] d’« éviter Paris ».", Language.French, "République tchèque", "Portugal")]
    [InlineData("[C:Germany] urged its citizens to \"travel only if needed\" and [C:Portugal] to \"avoid Paris\".", Language.English, "Germany", "Portugal")]
    public void A_second_subject_whose_verb_is_left_out_speaks_the_quote_after_it(string marked, Language language, string first, string second) =>
        Assert.Equal(new string?[] { first, second }, Speakers(marked, language));

    [Theory]
    [InlineData("La colère gronde, affirme le chef du parti, [P:Pascal Bérubé].\n\nLes communes sont vues comme « des gens qui quémandent », dit celui qui est aussi député.", Language.French)]
    [InlineData("Anger is rising, says the party leader, [P:Pascal Bérubé].\n\nTowns are seen as \"people who beg\", says the one who is also an MP.", Language.English)]
    public void Celui_qui_or_the_one_who_after_the_verb_is_the_person_spoken_of_before(string marked, Language language) =>
        Assert.Equal("Pascal Bérubé", Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("Le [O:ministère des Affaires étrangères] recommande de « reporter leur séjour ». La [C:Belgique] déconseille aussi la voiture dans le centre, où « les feux sont endommagés ».", Language.French, "ministère des Affaires étrangères", "Belgique")]
    [InlineData("The [O:Foreign Office] advised travellers to \"postpone their stay\". [C:Belgium] also discourages driving in the centre, where \"traffic lights are damaged\".", Language.English, "Foreign Office", "Belgium")]
    public void A_named_subject_opening_the_quotes_sentence_is_its_source_rather_than_the_previous_speaker(string marked, Language language, string first, string second) =>
        Assert.Equal(new string?[] { first, second }, Speakers(marked, language));

    [Theory]
    [InlineData("[P:Mark Rutte] a déclaré : « Nous sommes prêts.\n\n« Nous ne reculerons pas. »", Language.French)]
    [InlineData("[P:Mark Rutte] a déclaré : « Nous sommes prêts. »\n\n« Nous ne reculerons pas. »", Language.French)]
    [InlineData("[P:Mark Rutte] said: \"We are ready.\"\n\n\"We will not back down.\"", Language.English)]
    public void A_paragraph_that_continues_the_speech_keeps_the_speaker(string marked, Language language) =>
        Assert.All(Speakers(marked, language), s => Assert.Equal("Mark Rutte", s));

    [Theory]
    [InlineData("[P:Didier Deschamps] est confiant : ses joueurs, notamment [P:Kylian Mbappé] et [P:Antoine Griezmann], sont prêts. « Nous avons une chance », a-t-il déclaré.", Language.French, "Didier Deschamps")]
    [InlineData("[P:Alex Ferguson] is confident his players, particularly [P:Wayne Rooney] and [P:Cristiano Ronaldo], are ready. \"We have a chance,\" he said.", Language.English, "Alex Ferguson")]
    [InlineData("L'entraîneur de [O:Lyon] [P:Pierre Sage], ancien international, a parlé à [P:Jean Dupont]. « Le projet est solide », a-t-il dit.", Language.French, "Pierre Sage")]
    [InlineData("[O:Ashford] manager [P:Luis Ferreira], a former international, said he had spoken to [P:Dahl]. \"The project is sound,\" he said.", Language.English, "Luis Ferreira")]
    public void A_pronoun_in_the_next_sentence_stands_for_the_person_the_sentence_before_is_about_not_the_last_one_named(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("Le ministre [P:Park Ji-hoon] a rencontré [P:Daniel Whitford]. Park a dit que l'accord tiendrait. « Tokyo fait partie de la réponse », a-t-il ajouté.", Language.French)]
    [InlineData("Minister [P:Park Ji-hoon] met [P:Daniel Whitford]. Park said the deal would hold. \"Tokyo is part of the answer,\" he said.", Language.English)]
    public void A_pronoun_stands_for_the_person_a_surname_opening_the_sentence_before_names(string marked, Language language) =>
        Assert.Equal("Park Ji-hoon", Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("[P:Jean Dupont] a ouvert une cagnotte sur [O:Leetchi]. « Les fonds serviront aux frais de justice », a écrit la plateforme.", Language.French, "Leetchi")]
    [InlineData("[P:John Smith] praised [O:Reporters Without Borders]. \"The sentence is harsh,\" the organisation said in a statement.", Language.English, "Reporters Without Borders")]
    [InlineData("[P:Jean Dupont] a ouvert une cagnotte sur [O:Leetchi].\nElle a atteint un record.\nLe boxeur s'est rendu.\n[P:Jean Dupont] a parlé.\n« Les fonds serviront aux frais de justice », a écrit la plateforme.", Language.French, "Leetchi")]
    [InlineData("[P:John Smith] praised [O:Reporters Without Borders].\nIt set a record.\nThe boxer gave himself up.\n[P:John Smith] spoke.\n\"The sentence is harsh,\" the organisation said in a statement.", Language.English, "Reporters Without Borders")]
    public void A_description_of_an_organisation_stands_for_the_organisation_named_before(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("Pour [P:Stéphane Siret], de [O:Paris-Normandie], « le mouvement poursuit sa mue ».", Language.French, "Stéphane Siret")]
    [InlineData("For [P:John Smith], of [O:Reuters], \"the movement keeps changing\".", Language.English, "John Smith")]
    public void A_sentence_opening_with_pour_or_for_and_a_name_gives_the_source(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("C'est un avis partagé par [P:Wayne Rooney], qui estime « que nous avons une grande chance ».", Language.French, "Wayne Rooney")]
    [InlineData("It is a view shared by [P:Wayne Rooney], who believes \"we have a great chance\".", Language.English, "Wayne Rooney")]
    public void The_subject_of_a_relative_clause_is_the_name_the_relative_pronoun_follows(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("M. [P:Florin] a expliqué que le défi était de garder les joueurs. « Il y a des signes que cela change. »", Language.French, "Florin")]
    [InlineData("Mr [P:Florin] said the challenge was to keep people playing. \"There is a sign that this is changing.\"", Language.English, "Florin")]
    public void A_quote_after_a_sentence_opening_with_a_title_and_a_name_takes_that_name(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("« Ces armes sont une incitation à la haine », se révolte [P:Christelle Robert].", Language.French, "Christelle Robert")]
    [InlineData("\"There will be no singing Hobbits,\" assured Mr [P:Kevin Wallace].", Language.English, "Kevin Wallace")]
    public void Se_revolter_and_assure_report_speech(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(marked, language)));

    [Theory]
    [InlineData("« Soyez vigilants et évitez les manifestations », mettent également en garde les [C:Pays-Bas].", Language.French, "Pays-Bas", "mettent également en garde")]
    [InlineData("« Nous partons », fait aussi savoir [P:Jean Dupont].", Language.French, "Jean Dupont", "fait aussi savoir")]
    [InlineData("\"Be careful and avoid the protests,\" the [C:Netherlands] also pointed out.", Language.English, "Netherlands", "also pointed out")]
    public void A_verb_phrase_with_an_adverb_before_its_particle_is_a_cue(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("« Nous sommes prêts », a déclaré [P:Mark Rutte], qui a rencontré [P:Joe Biden] lundi. « Nous ne reculerons pas. »", Language.French)]
    [InlineData("\"We are ready,\" said [P:Mark Rutte], who met [P:Joe Biden] on Monday. \"We will not back down.\"", Language.English)]
    public void The_sentence_after_an_attribution_goes_on_with_the_speech_whoever_the_attribution_names(string marked, Language language) =>
        Assert.Equal(new string?[] { "Mark Rutte", "Mark Rutte" }, Speakers(marked, language));

    [Theory]
    [InlineData("« Nous sommes prêts », a déclaré [P:Michel Roux], porte-parole de [P:Emmanuel Macron].\n\n« Nous ne reculerons pas. »", Language.French)]
    [InlineData("\"We are ready,\" said [P:Michael Reed], a spokesman for [P:Joe Biden].\n\n\"We will not back down.\"", Language.English)]
    public void A_person_named_as_the_complement_of_the_speakers_role_does_not_take_the_next_paragraph(string marked, Language language)
    {
        string? speaker = Speakers(marked, language)[0];
        Assert.Equal(new string?[] { speaker, speaker }, Speakers(marked, language));
        Assert.NotNull(speaker);
    }

    [Theory]
    [InlineData("[P:Mark Rutte] a déclaré : « Nous sommes prêts. »\n\nLe sommet a réuni [P:Xi Jinping] et [P:Lula]. Les discussions ont porté sur « une paix durable et juste ».", Language.French)]
    [InlineData("[P:Mark Rutte] said: \"We are ready.\"\n\nThe summit brought together [P:Xi Jinping] and [P:Lula]. Talks focused on \"a lasting and just peace\".", Language.English)]
    public void A_new_paragraph_about_other_people_does_not_keep_the_speaker(string marked, Language language) =>
        Assert.Equal(new string?[] { "Mark Rutte", null }, Speakers(marked, language));

    [Theory]
    [InlineData("[P:Mark Rutte] a déclaré : « A et B. » Il a aussi “Il a souligné que C et D.”", Language.French)]
    [InlineData("[P:Mark Rutte] a déclaré : « A et B. » [P:Jean Dupont] est venu. « C et D », a-t-il dit.", Language.French)]
    public void A_pronoun_after_a_quote_takes_its_speaker_only_when_nobody_else_was_named(string marked, Language language)
    {
        string?[] speakers = Speakers(marked, language);
        Assert.Equal("Mark Rutte", speakers[0]);
        Assert.Equal(marked.Contains("Jean Dupont") ? "Jean Dupont" : "Mark Rutte", speakers[1]);
    }

    [Theory]
    [InlineData("Les pays occidentaux mettent en garde contre « une escalade significative »\n\n[P:Mark Rutte] a déclaré : « Cela marquerait une escalade significative. »", Language.French)]
    [InlineData("Allies warn of “a significant escalation”\n\n[P:Mark Rutte] said: \"This would mark a significant escalation.\"", Language.English)]
    public void A_headline_quote_takes_the_speaker_of_the_words_it_repeats(string marked, Language language) =>
        Assert.Equal(new string?[] { "Mark Rutte", "Mark Rutte" }, Speakers(marked, language));

    [Theory]
    [InlineData("La situation reste « très préoccupante pour la région ».", Language.French)]
    [InlineData("The situation remains “very worrying for the region”.", Language.English)]
    [InlineData("« Nous sommes prêts », a déclaré une source diplomatique.", Language.French)]
    [InlineData("\"We are ready,\" a senior official said.", Language.English)]
    [InlineData("« Nous sommes prêts », ont-ils déclaré.", Language.French)]
    [InlineData("\"We are ready,\" they said.", Language.English)]
    public void No_speaker_when_the_text_names_none(string marked, Language language) =>
        Assert.Null(Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("[P:Lloyd Austin] a prévenu qu’ils seraient alors considérés comme des « cobelligérants ».", Language.French, "a prévenu")]
    [InlineData("[P:Lloyd Austin] warned that they would be described as “co-belligerents”.", Language.English, "warned")]
    public void A_passive_participle_is_not_the_cue(string marked, Language language, string cue) =>
        Assert.Equal(("Lloyd Austin", cue), Attribution(marked, language));

    [Theory]
    [InlineData("[P:Matthew Miller] a rappelé qu’[P:Antony Blinken] avait cité « 8 000 soldats » avant d’affirmer que « 10 000 sont arrivés ».", Language.French)]
    [InlineData("[P:Matthew Miller] recalled that [P:Antony Blinken] had cited “8,000 troops” before saying that “10,000 arrived”.", Language.English)]
    public void A_non_finite_speech_verb_takes_the_subject_of_the_main_clause(string marked, Language language) =>
        Assert.Equal("Matthew Miller", Speakers(marked, language)[1]);

    [Theory]
    [InlineData("Le [O:NIS] « a détecté des navires », a-t-il déclaré.", Language.French, "NIS")]
    [InlineData("L’ambassadeur [P:Guéorgui Zinoviev], lors de son entretien, « a souligné que la coopération continue », s’est défendue l’ambassade.", Language.French, "Guéorgui Zinoviev")]
    public void A_quote_that_goes_on_its_sentence_takes_the_subject_before_it(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("Le syndicat [O:FNSEA] a dénoncé une « concurrence déloyale », et [C:Paris] a demandé des garanties.", Language.French, "FNSEA")]
    [InlineData("The farmers' union [O:FNSEA] said the deal was \"unfair competition\", and [C:Paris] has asked for safeguards.", Language.English, "FNSEA")]
    public void A_verb_in_a_clause_joined_after_the_quote_is_not_its_cue(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("“We will not yield,” [C:U.S.] Secretary of State [P:Daniel Whitford] told reporters.", Language.English, "Daniel Whitford", "told")]
    [InlineData("« Nous ne céderons pas », a déclaré le secrétaire d’État [P:Jean Dupont].", Language.French, "Jean Dupont", "a déclaré")]
    public void A_capitalised_verb_form_inside_a_title_is_not_a_cue(string marked, Language language, string speaker, string cue) =>
        Assert.Equal((speaker, cue), Attribution(marked, language));

    [Theory]
    [InlineData("L’agence de presse nord-coréenne [O:KCNA] a qualifié les manœuvres de « répétition d’une invasion » et a mis en garde contre des « contre-mesures écrasantes ».", Language.French)]
    [InlineData("[C:North Korea]'s state news agency [O:KCNA] called the plans “a rehearsal for invasion” and warned of “overwhelming countermeasures”.", Language.English)]
    public void A_name_right_before_the_verb_is_its_subject_and_a_coordinated_verb_shares_it(string marked, Language language) =>
        Assert.Equal(new string?[] { "KCNA", "KCNA" }, Speakers(marked, language));

    [Theory]
    [InlineData("À Berlin, le gouvernement [D:allemand] a salué des « mesures courageuses ».", Language.French, "allemand")]
    [InlineData("The [D:German] government welcomed the “brave measures”.", Language.English, "German")]
    public void A_demonym_with_a_government_noun_speaks_for_its_country(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("[P:Park Ji-hoon] a rencontré son homologue. Les discussions ont été « franches », selon Park.", Language.French)]
    [InlineData("[P:Park Ji-hoon] met his counterpart. The talks were “productive and candid”, according to Park.", Language.English)]
    public void A_part_of_a_name_met_before_names_that_person(string marked, Language language) =>
        Assert.Equal("Park Ji-hoon", Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("L’entraîneur [P:Luis Ferreira] a dit avoir parlé à [P:Dahl] deux fois.\n\n« Elle m’a parlé du projet », a-t-il dit.", Language.French)]
    [InlineData("Ashford manager [P:Luis Ferreira] said he had spoken to [P:Dahl] twice. “She told me about the project,” he said.", Language.English)]
    public void A_pronoun_takes_the_subject_rather_than_the_person_spoken_to(string marked, Language language) =>
        Assert.Equal("Luis Ferreira", Attribution(marked, language).Speaker);

    [Theory]
    [InlineData("La demande « urgente » a été rejetée.", Language.French)]
    [InlineData("Cette « escalade » lui fait craindre des « menaces ».", Language.French)]
    public void A_speech_verb_form_used_as_a_noun_is_no_cue(string marked, Language language) =>
        Assert.All(MarkedDocument.Extract(marked, language), q => Assert.Null(q.Cue));

    [Theory]
    [InlineData("« Nous sommes prêts », a déclaré Mark Rutte.", Language.French, "Mark Rutte")]
    [InlineData("\"We are ready,\" Defense Secretary Lloyd Austin told reporters.", Language.English, "Lloyd Austin")]
    [InlineData("\"We are ready,\" UN Secretary-General Antonio Guterres told reporters.", Language.English, "Antonio Guterres")]
    public void Without_entities_two_capitalised_words_next_to_the_verb_name_the_speaker(string marked, Language language, string speaker) =>
        Assert.Equal(speaker, Attribution(marked, language).Speaker);
}
