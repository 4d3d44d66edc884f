using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// Finds who said each quote of a document, and the cue that introduces it, from the entities earlier stages found.
/// </summary>
/// <remarks>
/// <para>Around each quote, in its sentence: a speech verb or source marker after the quote (<c>», a déclaré X</c>,
/// <c>," X said</c>, <c>, selon X</c>), a quote that goes on its sentence (<c>Le NIS « a détecté… »</c>), and the nearest
/// speech verb before it (<c>X a déclaré que « … »</c>, <c>X said: "…"</c>). The speaker is the verb's subject, before or
/// after it; a pronoun (<c>il</c>, <c>-t-il</c>, <c>he</c>) or a description (<c>le vice-ministre</c>, <c>the minister</c>) is
/// resolved to the person it stands for. A named person beats the organisation or country they speak for.</para>
/// <para>A quote left without a speaker takes it from a quote of the same sentence, from a later quote repeating its
/// words (a headline), from the previous quote when nobody else has been named since, or from the subject of a
/// nearby sentence.</para>
/// </remarks>
internal ref struct SpeakerAttributor
{
    private const int AfterWindow = 15;

    // How far (in characters) a speaker is looked for by name, role or repeated words: beyond any news article (the
    // longest development article has 34,000), and a bound that keeps a 10 MB document linear.
    private const int LookBack = 50_000;
    private const int TightGap = 6;

    private readonly DocumentContext _document;
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly ReadOnlySpan<Sentence> _sentences;
    private readonly ReadOnlySpan<EntityDraft> _entities;
    private readonly ReadOnlySpan<QuoteSpan> _quotes;
    private readonly Span<Attribution> _results;
    private readonly Span<WordInfo?> _words;
    private int _current;

    /// <summary>Prepares the attribution of <paramref name="quotes"/> into <paramref name="results"/>.</summary>
    /// <param name="document">The document, with its entities.</param>
    /// <param name="quotes">Its quotes, in text order.</param>
    /// <param name="results">One attribution per quote.</param>
    /// <param name="words">One slot per token (cleared here): what the lexicon says of each word, looked up once.</param>
    public SpeakerAttributor(DocumentContext document, ReadOnlySpan<QuoteSpan> quotes, Span<Attribution> results, Span<WordInfo?> words)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _sentences = document.Sentences;
        _entities = document.Entities;
        _quotes = quotes;
        _results = results;
        _words = words;
        words.Clear();
    }

    /// <summary>Fills the results, one per quote.</summary>
    public void Attribute()
    {
        for (_current = 0; _current < _quotes.Length; _current++)
        {
            _results[_current] = AttributeInSentence(_quotes[_current]);
        }
        for (_current = 0; _current < _quotes.Length; _current++)
        {
            if (!_results[_current].IsSettled)
            {
                _results[_current].Speaker = SpeakerFromContext(_current);
            }
        }
    }

    // The name of a speaker: the entity's canonical name, else its text.
    private readonly ReadOnlySpan<char> Name(SpeakerReference speaker) =>
        speaker.Entity >= 0 ? EntityName(speaker.Entity) : _text.AsSpan(speaker.Start, speaker.End - speaker.Start);

    // ---- In the quote's sentence ----

    private readonly Attribution AttributeInSentence(QuoteSpan quote)
    {
        if (quote.Form == QuoteForm.DashLine)
        {
            return new Attribution { Speaker = NameAfter(quote.CloseToken + 1), CueFirst = quote.CloseToken, CueLast = quote.CloseToken };
        }
        if (SpeakerLabel(quote) is { IsNamed: true } label)
        {
            return new Attribution { Speaker = label, CueFirst = quote.OpenToken - 1, CueLast = quote.OpenToken - 1 };
        }
        int dash = TrailingDash(quote);
        if (dash >= 0 && NameAfter(dash + 1) is { IsNamed: true } signed)
        {
            return new Attribution { Speaker = signed, CueFirst = dash, CueLast = dash };
        }

        Attribution after = After(quote, out bool tight);
        Span<Attribution> candidates = [tight ? after : Attribution.Empty, Initial(quote), Before(quote), tight ? Attribution.Empty : after];
        int best = -1;
        for (int i = 0; i < candidates.Length; i++)
        {
            if (best < 0 || candidates[i].Speaker.Rank > candidates[best].Speaker.Rank)
            {
                best = i;
            }
        }
        Attribution chosen = candidates[best];
        if (chosen.CueFirst < 0)
        {
            foreach (Attribution candidate in candidates)
            {
                if (candidate.CueFirst >= 0)
                {
                    chosen.CueFirst = candidate.CueFirst;
                    chosen.CueLast = candidate.CueLast;
                    break;
                }
            }
        }
        return chosen;
    }

    // « … », a déclaré X / ," X said / ," said X / », selon X — within the sentence, before any other clause or quote.
    private readonly Attribution After(QuoteSpan quote, out bool tight)
    {
        tight = false;
        int from = quote.CloseToken + 1;
        int hi = Math.Min(SentenceEnd(quote.CloseToken), from + AfterWindow);
        bool wordSeen = false;
        for (int j = from; j < hi; j++)
        {
            if (LineBreakBefore(j) || _tokens[j].Kind == TokenKind.QuotationMark)
            {
                break;
            }
            if (_tokens[j].Kind != TokenKind.Punctuation && !wordSeen)
            {
                wordSeen = true;
                if (Info(j).Is(WordTraits.Conjunction))
                {
                    break; // », and Paris has asked…: another clause, another subject
                }
            }
            CueKind kind = MatchCue(j, hi, out int last);
            if (kind == CueKind.None)
            {
                if (Info(j).Is(WordTraits.ClauseStarter))
                {
                    break;
                }
                continue;
            }
            int start = kind == CueKind.Verb ? VerbGroupStart(j, from) : j;
            if (kind == CueKind.Verb && IsPassive(start, j))
            {
                continue;
            }
            tight = start - from <= TightGap;
            // », ajoute le communiqué de X / ," said X: a verb right after the quote or a comma has its subject after it.
            bool inverted = start == from || IsPunctuation(start - 1, ',', ';');
            SpeakerReference speaker = kind == CueKind.Source
                ? SubjectAfter(last + 1, hi, objectPronoun: true)
                : SubjectOfVerb(start, last, from, hi, inverted);
            return new Attribution { Speaker = speaker, CueFirst = start, CueLast = last };
        }
        return Attribution.Empty;
    }

    // The quote goes on its sentence: Le NIS « a détecté… », l'ambassadeur « a souligné que… », « Il a souligné que… ».
    private readonly Attribution Initial(QuoteSpan quote)
    {
        int first = quote.OpenToken + 1;
        if (first >= quote.CloseToken || (quote.OpenToken > 0
            && Info(quote.OpenToken - 1).Is(WordTraits.DefiniteDeterminer | WordTraits.IndefiniteDeterminer | WordTraits.Preposition)))
        {
            return Attribution.Empty; // des « menaces »: a noun
        }
        WordInfo opening = Info(first);
        PronounKind pronoun = opening.SubjectPronoun;
        int verb = first + (pronoun == PronounKind.None ? 0 : 1);
        while (verb < quote.CloseToken && verb - first < 4 && Info(verb).Is(WordTraits.Auxiliary))
        {
            verb++;
        }
        bool cue = verb < quote.CloseToken && MatchCue(verb, quote.CloseToken, out _) == CueKind.Verb;
        if (pronoun != PronounKind.None)
        {
            return cue ? new Attribution { Speaker = ResolvePronoun(first, pronoun), CueFirst = first + 1, CueLast = verb } : Attribution.Empty;
        }
        if (!char.IsLower(_text[_tokens[first].Start]) || !(cue || opening.Is(WordTraits.FiniteAuxiliary)))
        {
            return Attribution.Empty;
        }
        int lo = _sentences[SentenceOf(quote.OpenToken)].FirstToken;
        return new Attribution
        {
            Speaker = SubjectBefore(quote.OpenToken, lo),
            CueFirst = cue ? first : -1,
            CueLast = cue ? verb : -1,
        };
    }

    // X a déclaré que « … », X said: "…", selon X, « … » — the nearest cue before the quote in its sentence.
    private readonly Attribution Before(QuoteSpan quote)
    {
        int open = quote.OpenToken;
        int lo = _sentences[SentenceOf(open)].FirstToken;
        for (int j = open - 1; j >= lo; j--)
        {
            int inner = QuoteAt(_tokens[j].Start);
            if (inner >= 0)
            {
                j = _quotes[inner].OpenToken;
                continue;
            }
            CueKind kind = MatchCue(j, open, out int last);
            if (kind == CueKind.Source)
            {
                return new Attribution { Speaker = SubjectAfter(last + 1, open, objectPronoun: true), CueFirst = j, CueLast = last };
            }
            if (kind == CueKind.Verb && VerbGroupStart(j, lo) is var start && !IsPassive(start, j))
            {
                return new Attribution { Speaker = SubjectOfVerb(start, last, lo, open, inverted: false), CueFirst = start, CueLast = last };
            }
        }
        // sur X : « … » with no verb: the colon introduces it.
        if (open > lo && IsPunctuation(open - 1, ':'))
        {
            return new Attribution { Speaker = SubjectBefore(open - 1, lo), CueFirst = open - 1, CueLast = open - 1 };
        }
        return Attribution.Empty;
    }

    // Name : « … » — a speaker label opening its line or sentence.
    private readonly SpeakerReference SpeakerLabel(QuoteSpan quote)
    {
        int colon = quote.OpenToken - 1;
        if (colon < 1 || !IsPunctuation(colon, ':'))
        {
            return default;
        }
        int entity = EntityAt(colon - 1);
        if (entity >= 0 && Rank(entity) > SpeakerRank.Anonymous)
        {
            return OpensSentence(_document.TokenAt(_entities[entity].Start)) ? Reference(entity) : default;
        }
        SpeakerReference name = CapitalisedRun(colon - 1, -1, colon - 5);
        return name.IsNamed && OpensSentence(_document.TokenAt(name.Start)) ? name : default;
    }

    // « … » – Name: a dash right after the closing mark, on its line or opening the next one.
    private readonly int TrailingDash(QuoteSpan quote)
    {
        int j = quote.CloseToken + 1;
        if (j < _tokens.Length && !LineBreakBefore(j) && IsPunctuation(j, '.', ','))
        {
            j++;
        }
        return j < _tokens.Length && IsDash(j) ? j : -1;
    }

    // ---- Subjects ----

    // The speaker of the verb group [start, last]: an inverted pronoun, the subject before it, or a subject after it
    // (tried first when the verb is inverted).
    private readonly SpeakerReference SubjectOfVerb(int start, int last, int lo, int hi, bool inverted)
    {
        for (int k = start; k <= last; k++)
        {
            if (_tokens[k].Kind == TokenKind.InvertedPronoun)
            {
                return ResolvePronoun(k, InvertedPronounKind(k));
            }
        }
        if (inverted && SubjectAfter(last + 1, hi, objectPronoun: false) is { Rank: not SpeakerRank.None } after)
        {
            return after;
        }
        SpeakerReference subject = SubjectBefore(IsNonFinite(start, last) ? MainClauseEnd(start, lo) : start, lo);
        return subject.Rank != SpeakerRank.None || inverted ? subject : SubjectAfter(last + 1, hi, objectPronoun: false);
    }

    // "indiquant", "avant d'affirmer", "saying", "to add": the subject is the main clause's.
    private readonly bool IsNonFinite(int start, int last)
    {
        ReadOnlySpan<char> verb = Word(last);
        return verb.EndsWith("ant", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || (start > 0 && (Info(start - 1).Is(WordTraits.Preposition) || Word(start - 1).Equals("afin", StringComparison.OrdinalIgnoreCase)));
    }

    // Where the main clause ends before a non-finite verb: "Miller rappelait [qu']Antony Blinken « … » avant d'affirmer".
    private readonly int MainClauseEnd(int start, int lo)
    {
        for (int j = start - 1; j >= lo; j--)
        {
            int inner = QuoteAt(_tokens[j].Start);
            if (inner >= 0)
            {
                j = _quotes[inner].OpenToken;
                continue;
            }
            if (Info(j).Is(WordTraits.Subordinator))
            {
                return j;
            }
        }
        return start;
    }

    // "seraient considérés", "was told": a passive participle reports nobody's words ("s'est défendue" is active).
    private readonly bool IsPassive(int start, int verb)
    {
        bool be = false;
        for (int k = start; k < verb; k++)
        {
            WordInfo word = Info(k);
            if (word.Is(WordTraits.Reflexive))
            {
                return false;
            }
            be |= word.Is(WordTraits.BeForm);
        }
        return be;
    }

    // Scans back from a verb group. The run of words just before it is the subject: a person, a pronoun, a
    // description, an organisation. Beyond it, a person in apposition still wins over an organisation subject
    // ("Par la voix de son secrétaire général, Mark Rutte, l'Otan a fait part").
    private readonly SpeakerReference SubjectBefore(int groupStart, int lo)
    {
        bool inRun = true;
        int description = -1;
        bool anonymous = false;
        SpeakerReference group = default, complement = default;
        for (int j = groupStart - 1, steps = 0; j >= lo && steps < 40; j--, steps++)
        {
            int inner = QuoteAt(_tokens[j].Start);
            if (inner >= 0)
            {
                j = _quotes[inner].OpenToken;
                inRun = false;
                continue;
            }
            int entity = EntityAt(j);
            if (j == groupStart - 1 && AliasAt(j, entity) is { IsNamed: true } alias)
            {
                return alias;
            }
            Token token = _tokens[j];
            if (entity >= 0)
            {
                int first = _document.TokenAt(_entities[entity].Start);
                SpeakerRank rank = Rank(entity);
                // A name right before the verb is its subject, whatever precedes it ("North Korea's agency KCNA called").
                bool adjacent = _entities[entity].End == _tokens[groupStart - 1].End && !IsComplement(first);
                if (rank == SpeakerRank.Person && (adjacent || IsSubjectPosition(first)))
                {
                    if (!inRun && description >= 0 && ResolveDescription(description) is { IsNamed: true } described)
                    {
                        return described;
                    }
                    return Reference(entity);
                }
                if (rank == SpeakerRank.Group)
                {
                    if (!adjacent && !IsSubjectPosition(first))
                    {
                        complement = complement.IsNamed ? complement : Reference(entity);
                    }
                    else if (!group.IsNamed)
                    {
                        group = Reference(entity);
                    }
                }
                j = first;
                continue;
            }
            // A verb coordinated with an earlier speech verb shares its subject: "KCNA called it « … » and warned of".
            if (description < 0 && !anonymous && !group.IsNamed && j > lo && MatchCue(j, groupStart, out _) == CueKind.Verb
                && VerbGroupStart(j, lo) is var earlier && earlier > lo && EntityAt(earlier - 1) is var subject and >= 0
                && Rank(subject) > SpeakerRank.Anonymous)
            {
                return Reference(subject);
            }
            if (token.Kind == TokenKind.InvertedPronoun && description < 0 && !group.IsNamed)
            {
                return ResolvePronoun(j, InvertedPronounKind(j));
            }
            if (token.Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
            {
                if (IsPunctuation(j, '.', '!', '?', ';'))
                {
                    break;
                }
                // A comma ends the subject run once it holds a subject; before that, it skips an incidental
                // phrase ("le ministre britannique, en visite à Séoul, a qualifié").
                if (inRun && (description >= 0 || anonymous || group.IsNamed))
                {
                    inRun = false;
                    if (description >= 0 && ResolveDescription(description) is { IsNamed: true } described)
                    {
                        return described;
                    }
                    if (anonymous && !group.IsNamed)
                    {
                        return SpeakerReference.Anonymous;
                    }
                }
                continue;
            }
            if (!inRun || description >= 0 || anonymous || group.IsNamed)
            {
                continue;
            }
            PronounKind pronoun = Info(j).SubjectPronoun;
            if (pronoun != PronounKind.None)
            {
                return ResolvePronoun(j, pronoun);
            }
            ClassifyDescription(j, ref description, ref anonymous);
        }
        if (inRun && description >= 0 && ResolveDescription(description) is { IsNamed: true } resolved)
        {
            return resolved;
        }
        if (group.IsNamed)
        {
            return group;
        }
        if (complement.IsNamed && description >= 0)
        {
            return complement; // le porte-parole du Pentagone, when the spokesman is never named
        }
        if (anonymous)
        {
            return SpeakerReference.Anonymous;
        }
        return CapitalisedRun(groupStart - 1, -1, Math.Max(lo, groupStart - 5));
    }

    // After a verb or source marker: a person, a description, an organisation, or capitalised words
    // (a déclaré le chef de l'Alliance, selon la Russie, said Mark Rutte, selon lui).
    private readonly SpeakerReference SubjectAfter(int from, int hi, bool objectPronoun)
    {
        int description = -1;
        bool anonymous = false;
        SpeakerReference group = default;
        for (int j = from; j < hi && j - from < 12; j++)
        {
            Token token = _tokens[j];
            if ((j > from && LineBreakBefore(j)) || token.Kind == TokenKind.QuotationMark || IsPunctuation(j, '.', ';', '!', '?', ':'))
            {
                break;
            }
            int entity = EntityAt(j);
            if (AliasAt(j, entity) is { IsNamed: true } alias)
            {
                return alias;
            }
            if (entity >= 0)
            {
                int first = _document.TokenAt(_entities[entity].Start);
                SpeakerRank rank = Rank(entity);
                if (rank == SpeakerRank.Person && !IsAddressee(first, from))
                {
                    return Reference(entity);
                }
                if (rank == SpeakerRank.Group && !group.IsNamed && !IsAddressee(first, from))
                {
                    group = Reference(entity);
                }
                j = _document.TokenAt(_entities[entity].End - 1);
                continue;
            }
            WordInfo word = Info(j);
            if (j == from && objectPronoun && word.ObjectPronoun is var pronoun and not PronounKind.None)
            {
                return ResolvePronoun(j, pronoun);
            }
            if (description < 0 && !anonymous && !group.IsNamed)
            {
                ClassifyDescription(j, ref description, ref anonymous);
            }
            if (word.Is(WordTraits.ClauseStarter))
            {
                break;
            }
        }
        if (description >= 0 && ResolveDescription(description) is { IsNamed: true } resolved)
        {
            return resolved;
        }
        if (group.IsNamed)
        {
            return group;
        }
        return anonymous ? SpeakerReference.Anonymous : CapitalisedRun(from, 1, Math.Min(hi, from + 4));
    }

    // A role noun after a determiner: "le vice-ministre", "the minister" (a description), "une source", "a US official" (nobody named).
    private readonly void ClassifyDescription(int j, ref int description, ref bool anonymous)
    {
        int role = Info(j).Role;
        if (role < 0)
        {
            return;
        }
        for (int k = j - 1; k >= 0 && j - k <= 3; k--)
        {
            if (_tokens[k].Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
            {
                return;
            }
            WordInfo word = Info(k);
            if (word.Is(WordTraits.IndefiniteDeterminer) || (role == QuoteLexicon.SourceRole && word.Is(WordTraits.DefiniteDeterminer)))
            {
                anonymous = true;
                return;
            }
            if (word.Is(WordTraits.DefiniteDeterminer))
            {
                description = j;
                return;
            }
            if (word.Is(WordTraits.Preposition))
            {
                return;
            }
        }
    }

    // Whether an entity is a subject rather than the object or complement of another word: what precedes it is
    // nothing, punctuation, a determiner not after a preposition, a title, a conjunction, or a capitalised word.
    private readonly bool IsSubjectPosition(int first)
    {
        int k = first - 1;
        if (k < 0 || LineBreakBefore(first) || _tokens[k].Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
        {
            return true;
        }
        WordInfo word = Info(k);
        if (word.Is(WordTraits.DefiniteDeterminer) && !word.Is(WordTraits.Preposition))
        {
            return k == 0 || LineBreakBefore(k) || !Info(k - 1).Is(WordTraits.Preposition);
        }
        if (word.Is(WordTraits.Preposition))
        {
            return false;
        }
        if (word.IsRole || word.Is(WordTraits.ClauseStarter | WordTraits.Conjunction) || EntityAt(k) >= 0 || char.IsUpper(_text[_tokens[k].Start]))
        {
            return true;
        }
        // "le président sud-coréen Yoon Suk-yeol": an adjective after a title.
        return k > 0 && !LineBreakBefore(k) && Info(k - 1).IsRole;
    }

    // "à Vladimir Poutine", "to reporters": whom the words were said to (not the "to" of "according to", before from).
    private readonly bool IsAddressee(int first, int from)
    {
        int k = first - 1;
        if (k >= from && Info(k).Is(WordTraits.DefiniteDeterminer))
        {
            k--;
        }
        return k >= from && Info(k).Is(WordTraits.AddresseePreposition);
    }

    // ---- Pronouns and descriptions ----

    // il, elle, he, she, it: the previous quote's speaker when nobody else was named since; a person or organisation
    // earlier in the sentence; the nearest person in this or the previous paragraph; an organisation in this one.
    private readonly SpeakerReference ResolvePronoun(int pronoun, PronounKind kind)
    {
        if (kind == PronounKind.Plural)
        {
            return SpeakerReference.Anonymous;
        }
        int offset = _tokens[pronoun].Start;
        bool persons = kind != PronounKind.Group;
        bool groups = kind != PronounKind.Person;
        for (int q = _current - 1; q >= 0; q--)
        {
            if (_quotes[q].OuterEnd > offset)
            {
                continue;
            }
            SpeakerReference previous = _results[q].Speaker;
            if (previous.IsNamed && !LineBreakIn(_quotes[q].OuterEnd, offset) && Fits(previous, persons, groups)
                && !OtherPersonNamed(_quotes[q].OuterEnd, offset, previous))
            {
                return previous;
            }
            break;
        }

        int lo = _sentences[SentenceOf(pronoun)].FirstToken;
        SpeakerReference group = default;
        for (int j = pronoun - 1; j >= lo; j--)
        {
            int inner = QuoteAt(_tokens[j].Start);
            if (inner >= 0)
            {
                j = _quotes[inner].OpenToken;
                continue;
            }
            int entity = EntityAt(j);
            if (entity >= 0)
            {
                SpeakerRank rank = Rank(entity);
                if (rank == SpeakerRank.Person && persons)
                {
                    return Reference(entity);
                }
                if (rank == SpeakerRank.Group && groups && !group.IsNamed)
                {
                    group = Reference(entity);
                }
                j = _document.TokenAt(_entities[entity].Start);
                continue;
            }
            int description = -1;
            bool anonymous = false;
            ClassifyDescription(j, ref description, ref anonymous);
            if (persons && description >= 0 && ResolveDescription(description) is { IsNamed: true } described)
            {
                return described;
            }
        }
        if (group.IsNamed)
        {
            return group;
        }

        int paragraph = ParagraphStart(offset, 1);
        int nearest = NearestPersonBefore(offset, offset - LookBack);
        for (int e = nearest; persons && e >= 0 && _entities[e].Start >= paragraph; e--)
        {
            // "Ferreira said he had spoken to Dahl. « … », he said": the subject, not the one spoken to.
            if (_entities[e].Type == EntityType.Person && !InQuote(_entities[e].Start) && !IsComplement(_document.TokenAt(_entities[e].Start)))
            {
                return Reference(e);
            }
        }
        if (persons && nearest >= 0 && _entities[nearest].Start >= paragraph)
        {
            return Reference(nearest);
        }
        if (groups)
        {
            int here = ParagraphStart(offset, 0);
            for (int e = EntityBefore(offset); e >= 0 && _entities[e].Start >= here; e--)
            {
                if (Rank(e) == SpeakerRank.Group && !InQuote(_entities[e].Start) && IsSubjectPosition(_document.TokenAt(_entities[e].Start)))
                {
                    return Reference(e);
                }
            }
        }
        return persons && nearest >= 0 ? Reference(nearest) : default;
    }

    // le vice-ministre, the minister: the nearest person introduced with that role; else the person named just
    // before in the paragraph; else the one named next in it; else the organisation in the description.
    private readonly SpeakerReference ResolveDescription(int roleToken)
    {
        int role = Info(roleToken).Role;
        if (role == QuoteLexicon.SourceRole)
        {
            return SpeakerReference.Anonymous;
        }
        int offset = _tokens[roleToken].Start;
        for (int e = EntityBefore(offset); e >= 0 && _entities[e].Start > offset - LookBack; e--)
        {
            if (_entities[e].Type == EntityType.Person && !InQuote(_entities[e].Start) && (RoleMask(e) & (1UL << role)) != 0)
            {
                return Reference(NearestMention(e, offset));
            }
        }
        int nearest = NearestPersonBefore(offset, ParagraphStart(offset, 0));
        if (nearest >= 0)
        {
            return Reference(nearest);
        }
        int paragraphEnd = ParagraphEnd(offset);
        for (int e = EntityBefore(offset) + 1; e < _entities.Length && _entities[e].Start < paragraphEnd; e++)
        {
            if (_entities[e].Type == EntityType.Person && !InQuote(_entities[e].Start)
                && !IsComplement(_document.TokenAt(_entities[e].Start)))
            {
                return Reference(e);
            }
        }
        // Its own complement or modifier: "le porte-parole du Pentagone", "the Pentagon spokesman".
        for (int j = Math.Max(0, roleToken - 2); j < _tokens.Length && j <= roleToken + 5; j++)
        {
            if (j > roleToken && IsPunctuation(j, '.', ',', ';', ':', '!', '?'))
            {
                break;
            }
            int entity = EntityAt(j);
            if (entity >= 0 && Rank(entity) == SpeakerRank.Group)
            {
                return Reference(entity);
            }
        }
        return default;
    }

    // "de Vladimir Poutine", "of the president": a name that completes another noun.
    private readonly bool IsComplement(int first)
    {
        int k = first - 1;
        if (k >= 0 && Info(k) is var word && word.Is(WordTraits.DefiniteDeterminer) && !word.Is(WordTraits.Preposition))
        {
            k--;
        }
        return k >= 0 && Info(k).Is(WordTraits.Preposition);
    }

    // The roles a person is introduced with: "le vice-ministre des Affaires étrangères, Kim Hong-kyun",
    // "Mark Rutte, le nouveau secrétaire général de l'Otan,", "Defense Secretary Lloyd Austin".
    private readonly ulong RoleMask(int entity)
    {
        ulong mask = 0;
        int first = _document.TokenAt(_entities[entity].Start);
        int last = _document.TokenAt(_entities[entity].End - 1);
        if (IsComplement(first))
        {
            return 0; // "le porte-parole de Vladimir Poutine": the role is the spokesman's, not Putin's
        }
        int j = first - 1;
        if (j >= 0 && IsPunctuation(j, ',') && !LineBreakBefore(first))
        {
            j--;
        }
        for (int n = 0; j >= 0 && n < 6 && !LineBreakBefore(j + 1); j--, n++)
        {
            if (_tokens[j].Kind is TokenKind.Punctuation or TokenKind.QuotationMark || IsHeadPersonAt(j))
            {
                break;
            }
            mask |= RoleBit(j);
        }
        j = last + 1;
        if (j < _tokens.Length && IsPunctuation(j, ',', '(') && !LineBreakBefore(j))
        {
            for (j++; j < _tokens.Length && j - last < 10 && !LineBreakBefore(j); j++)
            {
                if (_tokens[j].Kind is TokenKind.Punctuation or TokenKind.QuotationMark || IsHeadPersonAt(j))
                {
                    break;
                }
                mask |= RoleBit(j);
            }
        }
        return mask;
    }

    private readonly ulong RoleBit(int token)
    {
        int role = Info(token).Role;
        return role is >= 0 and < QuoteLexicon.SourceRole ? 1UL << role : 0;
    }

    // Whether a person is named at a token, other than as the complement of a noun ("de Vladimir Poutine", or
    // "des Affaires étrangères" mistaken for a name).
    private readonly bool IsHeadPersonAt(int token)
    {
        int entity = EntityAt(token);
        return entity >= 0 && _entities[entity].Type == EntityType.Person && !IsComplement(_document.TokenAt(_entities[entity].Start));
    }

    // The mention of the same person nearest before offset (the apposition that gave the role may be far back).
    private readonly int NearestMention(int entity, int offset)
    {
        ReadOnlySpan<char> name = EntityName(entity);
        for (int e = EntityBefore(offset); e > entity; e--)
        {
            if (_entities[e].Type == EntityType.Person && !InQuote(_entities[e].Start) && EntityName(e).SequenceEqual(name))
            {
                return e;
            }
        }
        return entity;
    }

    private readonly int NearestPersonBefore(int offset, int lowerBound)
    {
        for (int e = EntityBefore(offset); e >= 0 && _entities[e].Start >= lowerBound; e--)
        {
            if (_entities[e].Type == EntityType.Person && !InQuote(_entities[e].Start))
            {
                return e;
            }
        }
        return -1;
    }

    private readonly bool Fits(SpeakerReference speaker, bool persons, bool groups) =>
        speaker.Rank == SpeakerRank.Group ? groups : persons;

    // Whether a person other than the speaker is named (outside quotes) in [from, to).
    private readonly bool OtherPersonNamed(int from, int to, SpeakerReference speaker)
    {
        ReadOnlySpan<char> name = Name(speaker);
        for (int e = EntityBefore(to); e >= 0 && _entities[e].Start >= from; e--)
        {
            if (_entities[e].Type == EntityType.Person && !InQuote(_entities[e].Start) && !EntityName(e).SequenceEqual(name))
            {
                return true;
            }
        }
        return false;
    }

    // ---- From the context, for quotes their sentence does not attribute ----

    private readonly SpeakerReference SpeakerFromContext(int q)
    {
        QuoteSpan quote = _quotes[q];
        // Another quote of the same sentence: « imprudentes » et « illégales », a-t-il dit.
        if (q + 1 < _quotes.Length && SentenceOf(_quotes[q + 1].OpenToken) == SentenceOf(quote.CloseToken) && _results[q + 1].Speaker.IsNamed)
        {
            return _results[q + 1].Speaker;
        }
        if (q > 0 && SentenceOf(_quotes[q - 1].CloseToken) == SentenceOf(quote.OpenToken) && _results[q - 1].Speaker.IsNamed)
        {
            return _results[q - 1].Speaker;
        }
        if (RepeatedQuote(q) is { IsNamed: true } repeated)
        {
            return repeated;
        }
        // The previous speaker, when nobody else is named since, in the same paragraph or in one the quote opens.
        for (int p = q - 1; p >= 0 && _quotes[p].OuterEnd > quote.OuterStart - LookBack; p--)
        {
            SpeakerReference previous = _results[p].Speaker;
            if (!previous.IsNamed)
            {
                continue;
            }
            bool continues = !LineBreakIn(_quotes[p].OuterEnd, quote.OuterStart) || OpensLine(quote.OpenToken);
            if (continues && !OtherPersonNamed(_quotes[p].OuterEnd, quote.OuterStart, previous))
            {
                return previous;
            }
            break;
        }
        return NearbySubject(quote);
    }

    // A headline quoting words said in the article: "…contre « une escalade significative »" ← Rutte's
    // "…marquerait une escalade significative". Single words only from headlines: they repeat too easily.
    private readonly SpeakerReference RepeatedQuote(int q)
    {
        QuoteSpan quote = _quotes[q];
        ReadOnlySpan<char> quoted = _text.AsSpan(quote.Start, quote.End - quote.Start);
        if (quoted.Length < 4 || (quoted.Count(' ') < 2 && !IsHeadline(quote)))
        {
            return default;
        }
        SpeakerReference best = default;
        int distance = int.MaxValue;
        int first = q;
        while (first > 0 && _quotes[first - 1].Start > quote.Start - LookBack)
        {
            first--;
        }
        for (int r = first; r < _quotes.Length && _quotes[r].Start < quote.Start + LookBack; r++)
        {
            QuoteSpan other = _quotes[r];
            if (r == q || !_results[r].Speaker.IsNamed || Math.Abs(other.Start - quote.Start) >= distance)
            {
                continue;
            }
            ReadOnlySpan<char> words = _text.AsSpan(other.Start, other.End - other.Start);
            if (words.Contains(quoted, StringComparison.OrdinalIgnoreCase))
            {
                best = _results[r].Speaker;
                distance = Math.Abs(other.Start - quote.Start);
            }
        }
        return best;
    }

    // A line that does not end a sentence: a headline or an intertitle.
    private readonly bool IsHeadline(QuoteSpan quote)
    {
        int end = ParagraphEnd(quote.OuterEnd);
        int start = ParagraphStart(quote.OuterStart, 0);
        ReadOnlySpan<char> line = _text.AsSpan(start, end - start).TrimEnd().TrimEnd("»”\"› \u00A0\u202F");
        return line.Length > 0 && line[^1] is not ('.' or '!' or '?' or '…' or ':' or ';');
    }

    // The subject opening this sentence or one of the two lines before ("La Corée du Sud a convoqué…"), when no
    // other person is named between it and the quote.
    private readonly SpeakerReference NearbySubject(QuoteSpan quote)
    {
        int lowerBound = ParagraphStart(quote.OuterStart, 2);
        for (int s = SentenceOf(quote.OpenToken); s >= 0 && _sentences[s].Start >= lowerBound; s--)
        {
            int j = _sentences[s].FirstToken;
            int end = _sentences[s].EndToken;
            while (j < end && j - _sentences[s].FirstToken < 2 && (IsDash(j) || Info(j).Is(WordTraits.DefiniteDeterminer)))
            {
                j++;
            }
            int entity = j < end ? EntityAt(j) : -1;
            if (entity >= 0 && Rank(entity) > SpeakerRank.Capitalised && !InQuote(_tokens[j].Start))
            {
                SpeakerReference subject = Reference(entity);
                return OtherPersonNamed(subject.End, quote.OuterStart, subject) ? default : subject;
            }
        }
        return default;
    }

    // ---- Names without entities ----

    // The entity starting at a token, or capitalised words: the speaker after a dash ("– Lloyd Austin, secrétaire…").
    private readonly SpeakerReference NameAfter(int token)
    {
        if (token >= _tokens.Length || LineBreakBefore(token))
        {
            return default;
        }
        int entity = EntityAt(token);
        if (entity >= 0 && Rank(entity) > SpeakerRank.Anonymous)
        {
            return Reference(entity);
        }
        return CapitalisedRun(token, 1, Math.Min(_tokens.Length, token + 4));
    }

    // Capitalised words from a token, going forwards (step 1) or backwards (step -1) to a bound, without the titles
    // and article before them: the fallback name of a speaker no entity names ("Defense Secretary [Lloyd Austin] told").
    private readonly SpeakerReference CapitalisedRun(int from, int step, int bound)
    {
        int a = -1, b = -1;
        for (int j = from; step > 0 ? j < bound : j >= Math.Max(bound, 0); j += step)
        {
            Token token = _tokens[j];
            if (token.Kind != TokenKind.Word || !char.IsUpper(_text[token.Start]) || EntityAt(j) >= 0
                || (j != from && LineBreakBefore(step > 0 ? j : j + 1)))
            {
                break;
            }
            if (step > 0)
            {
                a = a < 0 ? j : a;
                b = j;
            }
            else
            {
                b = b < 0 ? j : b;
                a = j;
            }
        }
        for (int j = b; j >= a && a >= 0; j--)
        {
            if (Info(j).IsRole)
            {
                a = j + 1;
                break;
            }
        }
        if (a >= 0 && a <= b && Info(a) is var first && (first.Is(WordTraits.DefiniteDeterminer) || first.Cue is SpeechVerbs.CueWord.Selon or SpeechVerbs.CueWord.According))
        {
            a++;
        }
        return a >= 0 && b - a >= 1 ? new SpeakerReference(-1, _tokens[a].Start, _tokens[b].End, SpeakerRank.Capitalised) : default;
    }

    // ---- Cues ----

    private enum CueKind : byte
    {
        None,
        Verb,
        Source,
    }

    // A speech verb (with its inverted pronoun, "ajoute-t-il"), a verb phrase ("fait part"), or a source marker
    // ("selon", "d'après", "according to"). One table lookup per word.
    private readonly CueKind MatchCue(int j, int limit, out int last)
    {
        last = j;
        Token token = _tokens[j];
        if (token.Kind == TokenKind.Elision)
        {
            bool dApres = j + 1 < limit && SpeechVerbs.IsElidedDe(Word(j)) && Word(j + 1).Equals("après", StringComparison.OrdinalIgnoreCase);
            last = dApres ? j + 1 : j;
            return dApres ? CueKind.Source : CueKind.None;
        }
        if (token.Kind != TokenKind.Word || token.Length < 2)
        {
            return CueKind.None;
        }
        SpeechVerbs.CueWord word = Info(j).Cue;
        switch (word)
        {
            case SpeechVerbs.CueWord.None:
                return CueKind.None;
            case SpeechVerbs.CueWord.Selon:
                return CueKind.Source;
            case SpeechVerbs.CueWord.According:
                last = j + 1;
                return j + 1 < limit && Word(j + 1).Equals("to", StringComparison.OrdinalIgnoreCase) ? CueKind.Source : CueKind.None;
        }
        if (j > 0 && (IsNounDeterminer(j - 1) || (char.IsUpper(_text[token.Start]) && !OpensClause(j))))
        {
            return CueKind.None; // "la demande", "Secretary of State"
        }
        if (word == SpeechVerbs.CueWord.Verb)
        {
            if (j + 1 < limit && _tokens[j + 1].Kind == TokenKind.InvertedPronoun)
            {
                last = j + 1;
            }
            return CueKind.Verb;
        }
        int particles = j + 1 < limit ? SpeechVerbs.PhraseParticleCount(word, Word(j + 1), j + 2 < limit ? Word(j + 2) : default) : 0;
        last = j + particles;
        return particles > 0 ? CueKind.Verb : CueKind.None;
    }

    // "la demande", "une menace", "the call": a determiner makes the verb form a noun ("l'" and "les" are also pronouns).
    private readonly bool IsNounDeterminer(int token) =>
        Info(token).Is(WordTraits.DefiniteDeterminer | WordTraits.IndefiniteDeterminer) && Word(token) is var word
        && word.Length > 1 && !(word.Length == 2 && Tokenizer.IsApostrophe(word[1])) && !word.Equals("les", StringComparison.OrdinalIgnoreCase);

    // Auxiliaries, clitics, short adverbs and an inverted pronoun before a speech verb: "a-t-il ajouté", "l'a aussi dit".
    private readonly int VerbGroupStart(int verb, int lo)
    {
        int start = verb;
        for (int k = verb - 1; k >= lo && verb - k <= 5; k--)
        {
            if (_tokens[k].Kind == TokenKind.InvertedPronoun || Info(k).Is(WordTraits.Auxiliary))
            {
                start = k;
                continue;
            }
            break;
        }
        return start;
    }

    private readonly PronounKind InvertedPronounKind(int token)
    {
        ReadOnlySpan<char> word = Word(token);
        return QuoteLexicon.Lookup(word[(word.LastIndexOf('-') + 1)..]).SubjectPronoun;
    }

    // ---- Positions ----

    private readonly ReadOnlySpan<char> Word(int token) => _document.TokenText(token);

    private readonly WordInfo Info(int token)
    {
        ref WordInfo? word = ref _words[token];
        word ??= QuoteLexicon.Lookup(Word(token));
        return word.GetValueOrDefault();
    }

    private readonly bool IsPunctuation(int token, params ReadOnlySpan<char> marks) =>
        _tokens[token].Kind == TokenKind.Punctuation && _tokens[token].Length == 1 && marks.Contains(_text[_tokens[token].Start]);

    private readonly bool IsDash(int token) =>
        _tokens[token].Kind == TokenKind.Punctuation && (_text[_tokens[token].Start] is '–' or '—' or '―' || (_text[_tokens[token].Start] == '-' && _tokens[token].Length <= 2));

    private readonly bool LineBreakBefore(int token) =>
        token > 0 && LineBreakIn(_tokens[token - 1].End, _tokens[token].Start);

    private readonly bool LineBreakIn(int from, int to) => to > from && _text.AsSpan(from, to - from).ContainsAny('\n', '\u2029');

    private readonly bool OpensLine(int token) => token == 0 || LineBreakBefore(token) || (IsDash(token - 1) && (token == 1 || LineBreakBefore(token - 1)));

    // Not TokenContext.IsSentenceInitial: that one reads the punctuation before a token; this one follows the
    // document's sentences and lines, and counts a quotation mark, a colon, a bracket or a dash as opening a clause.
    private readonly bool OpensClause(int token) =>
        OpensSentence(token) || _tokens[token - 1].Kind == TokenKind.QuotationMark || IsPunctuation(token - 1, ':', '(', '—', '–');

    private readonly bool OpensSentence(int token) => OpensLine(token) || _sentences[SentenceOf(token)].FirstToken == token;

    // The start of the line holding offset, or of the non-empty line `back` lines above it.
    private readonly int ParagraphStart(int offset, int back)
    {
        int start = _text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        for (int n = 0; n < back && start > 0; n++)
        {
            int end = start - 1;
            while (end > 0 && Tokenizer.IsSpace(_text[end - 1]))
            {
                end--;
            }
            start = end == 0 ? 0 : _text.LastIndexOf('\n', end - 1) + 1;
        }
        return start;
    }

    private readonly int ParagraphEnd(int offset)
    {
        int end = _text.IndexOf('\n', Math.Min(offset, _text.Length));
        return end < 0 ? _text.Length : end;
    }

    private readonly int SentenceOf(int token)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private readonly int SentenceEnd(int token) => _sentences[SentenceOf(token)].EndToken;

    // The quote whose marks enclose offset, or -1.
    private readonly int QuoteAt(int offset)
    {
        int lo = 0, hi = _quotes.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_quotes[mid].OuterEnd <= offset)
            {
                lo = mid + 1;
            }
            else if (_quotes[mid].OuterStart > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    private readonly bool InQuote(int offset) => QuoteAt(offset) >= 0;

    // ---- Entities ----

    // The last entity starting before offset, or -1.
    private readonly int EntityBefore(int offset)
    {
        int lo = 0, hi = _entities.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_entities[mid].Start < offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    private readonly int EntityAt(int token)
    {
        int offset = _tokens[token].Start;
        int e = EntityBefore(offset + 1);
        return e >= 0 && _entities[e].End > offset ? e : -1;
    }

    private readonly SpeakerRank Rank(int entity) => _entities[entity] switch
    {
        { Type: EntityType.Person } => SpeakerRank.Person,
        { Type: EntityType.Organization } => SpeakerRank.Group,
        { Type: EntityType.Country, Form: not CountryForm.Demonym } => SpeakerRank.Group,
        { Type: EntityType.Country } when ModifiesInstitution(entity) => SpeakerRank.Group,
        _ => SpeakerRank.None,
    };

    // "le gouvernement allemand", "the German government": a demonym that speaks for its state.
    private readonly bool ModifiesInstitution(int entity)
    {
        int before = _document.TokenAt(_entities[entity].Start) - 1;
        int after = _document.TokenAt(_entities[entity].End - 1) + 1;
        return (before >= 0 && Info(before).Is(WordTraits.Institution)) || (after < _tokens.Length && Info(after).Is(WordTraits.Institution));
    }

    // A capitalised word naming a person met earlier by a part of the name ("Park" for Park Ji-hoon), where the
    // entity stages saw no person; "entity" is the one covering the word (EntityAt), or -1.
    private readonly SpeakerReference AliasAt(int token, int entity)
    {
        Token word = _tokens[token];
        if (word.Kind != TokenKind.Word || !char.IsUpper(_text[word.Start])
            || (entity >= 0 && (Rank(entity) > SpeakerRank.Anonymous || _entities[entity].Span != word.Span)))
        {
            return default;
        }
        ReadOnlySpan<char> text = Word(token);
        for (int e = EntityBefore(word.Start); e >= 0 && _entities[e].Start > word.Start - LookBack; e--)
        {
            if (_entities[e].Type != EntityType.Person || InQuote(_entities[e].Start))
            {
                continue;
            }
            ReadOnlySpan<char> name = _document.TextOf(_entities[e]);
            foreach (Range part in name.Split(' '))
            {
                if (name[part].SequenceEqual(text))
                {
                    return new SpeakerReference(e, word.Start, word.End, SpeakerRank.Person);
                }
            }
        }
        return default;
    }

    private readonly SpeakerReference Reference(int entity) =>
        new(entity, _entities[entity].Start, _entities[entity].End, Rank(entity));

    private readonly ReadOnlySpan<char> EntityName(int entity) => _entities[entity].Canonical ?? _document.TextOf(_entities[entity]);
}
