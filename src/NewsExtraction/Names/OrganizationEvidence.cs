using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>
/// Organisations that the entity model took for a person or a place, read from what the text says about a name: a
/// noun before it (<c>the retailer [Laura Ashley]</c>, <c>l’agence de voyages [Oscar Tours]</c>), a description
/// after it (<c>[Leetchi], plateforme en ligne</c>, <c>[EA] is the biggest publisher</c>), a head word inside it
/// (<c>High Court</c>), a legal suffix (<c>Unilever plc</c>), what it owns (<c>EA’s shares</c>), a person who works
/// there (<c>an analyst at [Petercam]</c>). An acronym in
/// brackets after an organisation is one too (<c>Electronic Arts (EA)</c>). Then one name, one type: every other
/// mention of a name so found is that organisation, tagged where the model saw nothing.
/// </summary>
internal static class OrganizationEvidence
{
    // The spans of the names found in the document in flight on this thread.
    [ThreadStatic]
    private static List<(int Start, int End)>? t_names;

    public static void Apply(DocumentContext document)
    {
        List<(int Start, int End)> names = t_names ??= [];
        try
        {
            NameWords words = NameWords.For(document.ModelLanguage);
            JoinHalves(document, words);
            JoinMinistries(document, words);
            TagCredits(document);
            TagPressTitles(document, words);
            ExtendToAcronyms(document, words);
            FindFromContext(document, words, names);
            if (names.Count > 0)
            {
                TagOtherMentions(document, names);
            }
        }
        finally
        {
            names.Clear();
        }
    }

    // "[American Association] for the [Advancement of Science]", "[Cour] de [Justice]": two organisations the model
    // cut at "of", "for", "de" are one name, unless either is a known organisation of its own.
    private static void JoinHalves(DocumentContext document, NameWords words)
    {
        for (int k = document.Entities.Length - 2; k >= 0; k--)
        {
            EntityDraft a = document.Entities[k], b = document.Entities[k + 1];
            if (a.Type != EntityType.Organization || b.Type != EntityType.Organization)
            {
                continue;
            }
            int from = document.TokenAt(a.End - 1) + 1, to = document.TokenAt(b.Start);
            bool joined = to - from is 1 or 2 && words.IsNameConnector(document.TokenText(from)) && !IsDeterminerOnly(document, words, from, to)
                && !IsAlias(document, a) && !IsAlias(document, b);
            for (int t = from; joined && t < to; t++)
            {
                joined = (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Elision) && words.IsNameConnector(document.TokenText(t));
            }
            if (joined)
            {
                document.RemoveEntityAt(k + 1);
                document.RemoveEntityAt(k);
                document.TryAddEntity(new EntityDraft(EntityType.Organization, a.Start, b.End));
            }
        }
    }

    // "le ministère de l'[Éducation nationale]", "the Ministry of [Defence]": the ministry's noun belongs to its
    // name; "le Ministère de l’intérieur", capitalised, is a name though the model saw nothing. Entities and
    // capitalised words are few: no lookup for most tokens.
    private static void JoinMinistries(DocumentContext document, NameWords words)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = document.Entities.Length - 1; k >= 0; k--)
        {
            EntityDraft e = document.Entities[k];
            int first = document.TokenAt(e.Start);
            int noun = MinistryBefore(document, words, first);
            if (e.Type != EntityType.Country && noun >= 0 && !document.Overlaps(tokens[noun].Start, tokens[first - 1].End))
            {
                document.RemoveEntityAt(k);
                document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[noun].Start, e.End));
            }
        }
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(document.Text[tokens[i].Start]) || !words.IsMinistryNoun(document.TokenText(i))
                || !words.IsNamePreposition(document.TokenText(i + 1)))
            {
                continue;
            }
            int name = i + 2;
            if (name + 1 < tokens.Length && words.IsNameConnector(document.TokenText(name)) && !words.IsNamePreposition(document.TokenText(name)))
            {
                name++;
            }
            if (IsLowerWord(document, name) && !document.Overlaps(tokens[i].Start, tokens[name].End))
            {
                document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[i].Start, tokens[name].End));
            }
        }
    }

    // "dans le Courrier Picard", "le Journal de la Haute-Marne": a newspaper's head word mid-sentence with the
    // capitalised words or the "de [la] X" after it is the paper's title, though the model saw nothing or only the
    // place inside it. A title that overlaps a name it does not contain is left alone.
    private static void TagPressTitles(DocumentContext document, NameWords words)
    {
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start]) || !words.IsPressHead(document.TokenText(i))
                || !TokenContext.IsCapitalizedMidSentence(text, tokens, i))
            {
                continue;
            }
            int last = i;
            while (true)
            {
                int next = last + 1;
                if (next < tokens.Length && tokens[next].Kind == TokenKind.Word && words.IsNamePreposition(document.TokenText(next)))
                {
                    next++;
                    if (next < tokens.Length && words.IsNameConnector(document.TokenText(next)) && !words.IsNamePreposition(document.TokenText(next)))
                    {
                        next++;
                    }
                }
                if (next >= tokens.Length || tokens[next].Kind != TokenKind.Word || !char.IsUpper(text[tokens[next].Start])
                    || document.LineBreakBetween(last, next))
                {
                    break;
                }
                last = next;
            }
            if (last > i && Retag(document, tokens[i].Start, tokens[last].End))
            {
                i = last;
            }
        }
    }

    // Makes [start, end) one organisation in place of the entities inside it; false if one reaches outside.
    private static bool Retag(DocumentContext document, int start, int end)
    {
        (int first, int count) = document.FindOverlapping(start, end);
        for (int k = first; k < first + count; k++)
        {
            if (document.EntityAt(k).Start < start || document.EntityAt(k).End > end)
            {
                return false;
            }
        }
        for (int k = first + count - 1; k >= first; k--)
        {
            document.RemoveEntityAt(k);
        }
        return document.TryAddEntity(new EntityDraft(EntityType.Organization, start, end));
    }

    // "l'[Association chinoise des] agences de voyages en [France] (ACAV)": an organisation the model cut short runs
    // on to the acronym in brackets that spells it, when the acronym's letters are the initials of its words in
    // order (connectors skipped, at most two words left over: "en France").
    private static void ExtendToAcronyms(DocumentContext document, NameWords words)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = document.Entities.Length - 1; k >= 0; k--)
        {
            EntityDraft e = document.Entities[k];
            if (e.Type != EntityType.Organization)
            {
                continue;
            }
            int first = document.TokenAt(e.Start), last = document.TokenAt(e.End - 1);
            int open = last + 1;
            while (open < tokens.Length && open - last <= MaxWordsBeforeAcronym && tokens[open].Kind is TokenKind.Word or TokenKind.Elision
                && !document.LineBreakBetween(open - 1, open))
            {
                open++;
            }
            int end = AcronymEnd(document, open + 1);
            if (open == last + 1 || !IsPunctuation(document, open, '(') || end < 0 || !IsPunctuation(document, end + 1, ')')
                || !Spells(document, words, first, open - 1, tokens[open + 1].Start, tokens[end].End))
            {
                continue;
            }
            // A place or country inside the name is part of it ("en France").
            Retag(document, e.Start, tokens[open - 1].End);
        }
    }

    private const int MaxWordsBeforeAcronym = 8;

    // Whether the letters of the acronym text[from..to] are the initials of words first..last in order, the first
    // word's among them, connectors and short words skipped, at most two words after the last letter.
    private static bool Spells(DocumentContext document, NameWords words, int first, int last, int from, int to)
    {
        ReadOnlySpan<char> acronym = document.Text.AsSpan(from, to - from);
        int letter = 0, leftOver = 0;
        for (int k = first; k <= last; k++)
        {
            ReadOnlySpan<char> word = document.TokenText(k);
            if (document.Tokens[k].Kind != TokenKind.Word || words.IsNameConnector(word) || (word.Length <= 2 && char.IsLower(word[0])))
            {
                continue;
            }
            while (letter < acronym.Length && !char.IsLetter(acronym[letter]))
            {
                letter++;
            }
            if (letter < acronym.Length && char.ToUpperInvariant(word[0]) == char.ToUpperInvariant(acronym[letter]))
            {
                letter++;
            }
            else if (k == first)
            {
                return false;
            }
            else if (letter == acronym.Length)
            {
                leftOver++;
            }
        }
        return letter == acronym.Length && leftOver <= 2;
    }

    // The credits that close a wire story or a photo: "(afp/nxp)" ending a line, "© ipm". Agencies and desks sign
    // with an acronym in one case, often lower case, that the entity model never sees as a name; a year or a
    // photographer's capitalised name after "©" is no credit.
    private static void TagCredits(DocumentContext document)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Symbol && document.TokenText(i) is "©")
            {
                if (IsCreditWord(document, i + 1, 8))
                {
                    document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[i + 1].Start, tokens[i + 1].End));
                }
                continue;
            }
            if (!IsPunctuation(document, i, '('))
            {
                continue;
            }
            // "(" word ("/" word)* ")" and then the end of the line.
            int k = i + 1;
            while (IsCreditWord(document, k, 5) && IsPunctuation(document, k + 1, '/'))
            {
                k += 2;
            }
            if (!IsCreditWord(document, k, 5) || !IsPunctuation(document, k + 1, ')')
                || (k + 2 < tokens.Length && !document.LineBreakBetween(k + 1, k + 2)))
            {
                continue;
            }
            for (int w = i + 1; w <= k; w += 2)
            {
                document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[w].Start, tokens[w].End));
            }
            i = k + 1;
        }
    }

    // A credit's acronym: two to "longest" letters, all of one case.
    private static bool IsCreditWord(DocumentContext document, int k, int longest)
    {
        if ((uint)k >= (uint)document.TokenCount || document.Tokens[k].Kind != TokenKind.Word || document.Tokens[k].Length < 2
            || document.Tokens[k].Length > longest)
        {
            return false;
        }
        ReadOnlySpan<char> word = document.TokenText(k);
        bool upper = char.IsUpper(word[0]);
        foreach (char c in word)
        {
            if (!char.IsLetter(c) || char.IsUpper(c) != upper)
            {
                return false;
            }
        }
        return true;
    }

    // The ministry's noun before a name's first token: "ministère de [l'] X", "Ministry of X"; else -1.
    private static int MinistryBefore(DocumentContext document, NameWords words, int first)
    {
        int preposition = first - 1;
        if (preposition >= 0 && words.IsNameConnector(document.TokenText(preposition)) && !words.IsNamePreposition(document.TokenText(preposition)))
        {
            preposition--;
        }
        return preposition >= 1 && words.IsNamePreposition(document.TokenText(preposition))
            && document.Tokens[preposition - 1].Kind == TokenKind.Word && words.IsMinistryNoun(document.TokenText(preposition - 1))
            ? preposition - 1 : -1;
    }

    private static void FindFromContext(DocumentContext document, NameWords words, List<(int Start, int End)> names)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < document.Entities.Length; k++)
        {
            EntityDraft e = document.Entities[k];
            if (e.Type is not (EntityType.Person or EntityType.Location or EntityType.Organization))
            {
                continue;
            }
            int first = document.TokenAt(e.Start), last = document.TokenAt(e.End - 1);
            int end = e.End;
            bool found = IsDescribed(document, words, e.Type, first, last) || HasHead(document, words, first, last) || IsOwner(document, words, last)
                || HasAmpersand(document, first, last);
            if (last > first && words.IsLegalSuffix(document.TokenText(last)))
            {
                found = true;
            }
            else if (last + 1 < tokens.Length && tokens[last + 1].Kind is TokenKind.Word or TokenKind.Abbreviation
                && words.IsLegalSuffix(document.TokenText(last + 1)) && !document.Overlaps(tokens[last + 1].Start, tokens[last + 1].End))
            {
                found = true;
                end = tokens[++last].End;
            }
            if (found)
            {
                if (e.Type != EntityType.Organization || end != e.End)
                {
                    document.RemoveEntityAt(k);
                    document.TryAddEntity(new EntityDraft(EntityType.Organization, e.Start, end));
                }
                names.Add((e.Start, end));
            }
            if (found || e.Type == EntityType.Organization)
            {
                // The acronym stands for the organisation everywhere only when the text says it is one.
                TagBracketedAcronym(document, last, found ? names : null);
            }
        }
    }

    // "the energy group X", "l'équipementier X", "l'agence de voyages X": an organisation noun right before the
    // name; or, unless the model saw a person's full name ("le parti communiste [Fabien Roussel]"), before one
    // describing word that names no person ("le réseau social X", not "group chairman X"), or before "de" and one
    // word. Or after it: "X, une plateforme", "X est une filiale", "EA is the biggest games publisher".
    private static bool IsDescribed(DocumentContext document, NameWords words, EntityType type, int first, int last)
    {
        if (IsLowerWord(document, first - 1))
        {
            if (words.IsOrganizationNoun(document.TokenText(first - 1)))
            {
                return true;
            }
            // "an analyst at X", "économiste chez X": where a person works.
            if (words.IsWorkplacePreposition(document.TokenText(first - 1)) && IsLowerWord(document, first - 2)
                && words.IsPersonNoun(document.TokenText(first - 2)))
            {
                return true;
            }
            ReadOnlySpan<char> between = document.TokenText(first - 1);
            bool describingWord = between.Length >= 4 && !words.IsPersonNoun(between);
            bool describing = describingWord && (type != EntityType.Person || first == last);
            if (describing && IsLowerWord(document, first - 2) && words.IsOrganizationNoun(document.TokenText(first - 2)))
            {
                return true;
            }
            // "l'agence de voyages [Oscar Tours]": a noun complement makes a kind of organisation, never a
            // person's description, so even a full name the model gave a person is the organisation.
            bool ofWord = describingWord && (TokenContext.Is(document.Text, document.Tokens, first - 2, "de") || TokenContext.Is(document.Text, document.Tokens, first - 2, "of"));
            if (ofWord && IsLowerWord(document, first - 3) && words.IsOrganizationNoun(document.TokenText(first - 3)))
            {
                return true;
            }
        }
        int k = last + 1;
        if (IsPunctuation(document, k, ','))
        {
            // An apposition: no article or an indefinite one ("X, le mouvement a…" opens a clause).
            k++;
            if (IsLowerWord(document, k) && words.IsIndefiniteArticle(document.TokenText(k)))
            {
                k++;
            }
        }
        else if (IsLowerWord(document, k) && words.IsCopula(document.TokenText(k)))
        {
            // A copula, a determiner, up to two describing words.
            k++;
            for (int skipped = 0; skipped < 3 && IsLowerWord(document, k) && !words.IsOrganizationNoun(document.TokenText(k)); skipped++)
            {
                k++;
            }
        }
        else
        {
            return false;
        }
        return IsLowerWord(document, k) && words.IsOrganizationNoun(document.TokenText(k));
    }

    // "High Court", "Commons Standards and Privileges Committee", "Parti socialiste": a head word inside the name.
    private static bool HasHead(DocumentContext document, NameWords words, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            ReadOnlySpan<char> word = document.TokenText(k);
            if (char.IsUpper(word[0]) && words.IsOrganizationHead(word))
            {
                return true;
            }
        }
        return false;
    }

    // "Brügger & Thomet", "Marks & Spencer": names joined by "&" are a firm's; people are joined by "et", "and".
    private static bool HasAmpersand(DocumentContext document, int first, int last)
    {
        for (int k = first + 1; k < last; k++)
        {
            if (document.TokenText(k) is "&")
            {
                return true;
            }
        }
        return false;
    }

    // "X's shares", "X's chairman".
    private static bool IsOwner(DocumentContext document, NameWords words, int last) =>
        last + 2 < document.TokenCount && document.Tokens[last + 1].Kind == TokenKind.Clitic
        && (TokenContext.Is(document.Text, document.Tokens, last + 1, "'s") || TokenContext.Is(document.Text, document.Tokens, last + 1, "'"))
        && words.IsPossessedByOrganizations(document.TokenText(last + 2));

    // "Electronic Arts (EA)", "Cour européenne des droits de l'homme (CEDH)": capitals in brackets right after.
    private static void TagBracketedAcronym(DocumentContext document, int last, List<(int Start, int End)>? names)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int k = last + 2;
        int end = AcronymEnd(document, k);
        if (!IsPunctuation(document, last + 1, '(') || end < 0 || !IsPunctuation(document, end + 1, ')'))
        {
            return;
        }
        if (document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[k].Start, tokens[end].End)))
        {
            names?.Add((tokens[k].Start, tokens[end].End));
        }
    }

    // The last token of an acronym from token k: one word of two to eight capitals ("CEDH"), or capitals joined by
    // "&" with no space ("B&T", "AT&T"), which the tokenizer splits; else -1.
    private static int AcronymEnd(DocumentContext document, int k)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if ((uint)k >= (uint)tokens.Length || tokens[k].Kind != TokenKind.Word || !CaseRules.IsAllUpper(document.TokenText(k)))
        {
            return -1;
        }
        int end = k;
        while (end + 2 < tokens.Length && document.TokenText(end + 1) is "&" && tokens[end + 1].Start == tokens[end].End
            && tokens[end + 2].Start == tokens[end + 1].End && tokens[end + 2].Kind == TokenKind.Word
            && CaseRules.IsAllUpper(document.TokenText(end + 2)))
        {
            end += 2;
        }
        int length = tokens[end].End - tokens[k].Start;
        return length is >= 2 and <= 8 ? end : -1;
    }

    // Every mention of a found name is the organisation: retyped when the model saw a person or a place, tagged
    // where it saw nothing and the name stands alone (not inside a longer capitalised name).
    private static void TagOtherMentions(DocumentContext document, List<(int Start, int End)> names)
    {
        ReadOnlySpan<char> text = document.Text;
        for (int k = 0; k < document.Entities.Length; k++)
        {
            EntityDraft e = document.Entities[k];
            if (e.Type is EntityType.Person or EntityType.Location && IsFound(text, names, document.TextOf(e)))
            {
                document.ReplaceEntity(k, e with { Type = EntityType.Organization });
            }
        }
        ReadOnlySpan<Token> tokens = document.Tokens;
        foreach ((int start, int end) in names)
        {
            int count = document.TokenAt(end - 1) - document.TokenAt(start) + 1;
            ReadOnlySpan<char> name = text[start..end];
            for (int i = 0; i + count <= tokens.Length; i++)
            {
                if (tokens[i].Start == start || !char.IsUpper(text[tokens[i].Start])
                    || !TextFolding.FoldedEquals(text[tokens[i].Start..tokens[i + count - 1].End], name)
                    || TokenContext.IsCapitalizedMidSentence(text, tokens, i - 1) || TokenContext.IsCapitalizedMidSentence(text, tokens, i + count))
                {
                    continue;
                }
                document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[i].Start, tokens[i + count - 1].End));
            }
        }
    }

    private static bool IsFound(ReadOnlySpan<char> text, List<(int Start, int End)> names, ReadOnlySpan<char> mention)
    {
        foreach ((int start, int end) in names)
        {
            if (TextFolding.FoldedEquals(text[start..end], mention))
            {
                return true;
            }
        }
        return false;
    }

    // "un sondage [Ifop] pour le [JDD]": two known organisations stay two.
    private static bool IsAlias(DocumentContext document, in EntityDraft e)
    {
        int first = document.TokenAt(e.Start);
        return OrganizationAliases.Find(document, first, document.TokenAt(e.End - 1) - first + 1) is not null;
    }

    // "Nations unies la Commission": an article alone joins nothing.
    private static bool IsDeterminerOnly(DocumentContext document, NameWords words, int from, int to) =>
        to - from == 1 && !words.IsNamePreposition(document.TokenText(from));

    private static bool IsLowerWord(DocumentContext document, int k) =>
        (uint)k < (uint)document.TokenCount && document.Tokens[k].Kind == TokenKind.Word && char.IsLower(document.Text[document.Tokens[k].Start]);

    private static bool IsPunctuation(DocumentContext document, int k, char mark) =>
        (uint)k < (uint)document.TokenCount && document.Tokens[k].Kind == TokenKind.Punctuation && document.Text[document.Tokens[k].Start] == mark;
}
