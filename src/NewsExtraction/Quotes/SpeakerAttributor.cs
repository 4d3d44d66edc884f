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
/// after it (<see cref="SubjectFinder"/>); a pronoun (<c>il</c>, <c>-t-il</c>, <c>he</c>) or a description (<c>le vice-ministre</c>,
/// <c>the minister</c>) is resolved to the person it stands for (<see cref="ReferenceResolver"/>). A named person beats the
/// organisation or country they speak for.</para>
/// <para>A quote left without a speaker takes it from a quote of the same sentence, from a later quote repeating its
/// words (a headline), from the previous quote when nobody else has been named since, or from the subject of a
/// nearby sentence.</para>
/// </remarks>
internal ref struct SpeakerAttributor
{
    private const int AfterWindow = 15;
    private const int TightGap = 6;

    private AttributionContext _context;

    /// <summary>Prepares the attribution of <paramref name="quotes"/> into <paramref name="results"/>.</summary>
    /// <param name="document">The document, with its entities.</param>
    /// <param name="quotes">Its quotes, in text order.</param>
    /// <param name="results">One attribution per quote.</param>
    /// <param name="words">One slot per token (cleared here): what the lexicon says of each word, looked up once.</param>
    public SpeakerAttributor(DocumentContext document, ReadOnlySpan<QuoteSpan> quotes, Span<Attribution> results, Span<WordInfo?> words)
    {
        _context = new AttributionContext(document, quotes, results, words);
    }

    /// <summary>Fills the results, one per quote.</summary>
    public void Attribute()
    {
        ReadOnlySpan<QuoteSpan> quotes = _context.Quotes;
        Span<Attribution> results = _context.Results;
        for (int q = 0; q < quotes.Length; q++)
        {
            if ((q & 255) == 0)
            {
                _context.Document.ThrowIfCancellationRequested();
            }
            _context.Current = q;
            results[q] = AttributeInSentence(quotes[q]);
        }
        for (int q = 0; q < quotes.Length; q++)
        {
            if ((q & 255) == 0)
            {
                _context.Document.ThrowIfCancellationRequested();
            }
            _context.Current = q;
            if (!results[q].IsSettled)
            {
                results[q].Speaker = SpeakerFromContext(q);
            }
        }
    }

    private readonly Attribution AttributeInSentence(QuoteSpan quote)
    {
        if (quote.Form == QuoteForm.DashLine)
        {
            return new Attribution { Speaker = SubjectFinder.NameAfter(_context, quote.CloseToken + 1), CueFirst = quote.CloseToken, CueLast = quote.CloseToken };
        }
        if (SpeakerLabel(quote) is { IsNamed: true } label)
        {
            return new Attribution { Speaker = label, CueFirst = quote.OpenToken - 1, CueLast = quote.OpenToken - 1 };
        }
        int dash = TrailingDash(quote);
        if (dash >= 0 && SubjectFinder.NameAfter(_context, dash + 1) is { IsNamed: true } signed)
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
        int hi = Math.Min(_context.SentenceEnd(quote.CloseToken), from + AfterWindow);
        bool wordSeen = false;
        for (int j = from; j < hi; j++)
        {
            if (_context.Document.LineBreakBefore(j) || _context.Tokens[j].Kind == TokenKind.QuotationMark)
            {
                break;
            }
            if (_context.Tokens[j].Kind != TokenKind.Punctuation && !wordSeen)
            {
                wordSeen = true;
                if (_context.Info(j).Is(WordTraits.Conjunction))
                {
                    break; // », and Paris has asked…: another clause, another subject
                }
            }
            CueKind kind = SpeechCueMatcher.MatchCue(_context, j, hi, out int last);
            if (kind == CueKind.None)
            {
                if (_context.Info(j).Is(WordTraits.ClauseStarter))
                {
                    break;
                }
                continue;
            }
            int start = kind == CueKind.Verb ? SpeechCueMatcher.VerbGroupStart(_context, j, from) : j;
            if (kind == CueKind.Verb && SpeechCueMatcher.IsPassive(_context, start, j))
            {
                continue;
            }
            tight = start - from <= TightGap;
            // », ajoute le communiqué de X / ," said X: a verb right after the quote or a comma has its subject after it.
            bool inverted = start == from || _context.IsPunctuation(start - 1, ',', ';');
            SpeakerReference speaker = kind == CueKind.Source
                ? SubjectFinder.SubjectAfter(_context, last + 1, hi, objectPronoun: true)
                : SubjectFinder.SubjectOfVerb(_context, start, last, from, hi, inverted);
            return new Attribution { Speaker = speaker, CueFirst = start, CueLast = last };
        }
        return Attribution.Empty;
    }

    // The quote goes on its sentence: Le NIS « a détecté… », l'ambassadeur « a souligné que… », « Il a souligné que… ».
    private readonly Attribution Initial(QuoteSpan quote)
    {
        int first = quote.OpenToken + 1;
        if (first >= quote.CloseToken || (quote.OpenToken > 0
            && _context.Info(quote.OpenToken - 1).Is(WordTraits.DefiniteDeterminer | WordTraits.IndefiniteDeterminer | WordTraits.Preposition)))
        {
            return Attribution.Empty; // des « menaces »: a noun
        }
        WordInfo opening = _context.Info(first);
        PronounKind pronoun = opening.SubjectPronoun;
        int verb = first + (pronoun == PronounKind.None ? 0 : 1);
        while (verb < quote.CloseToken && verb - first < 4 && _context.Info(verb).Is(WordTraits.Auxiliary))
        {
            verb++;
        }
        bool cue = verb < quote.CloseToken && SpeechCueMatcher.MatchCue(_context, verb, quote.CloseToken, out _) == CueKind.Verb;
        if (pronoun != PronounKind.None)
        {
            return cue ? new Attribution { Speaker = ReferenceResolver.ResolvePronoun(_context, first, pronoun), CueFirst = first + 1, CueLast = verb } : Attribution.Empty;
        }
        if (!char.IsLower(_context.Text[_context.Tokens[first].Start]) || !(cue || opening.Is(WordTraits.FiniteAuxiliary)))
        {
            return Attribution.Empty;
        }
        int lo = _context.Sentences[_context.SentenceOf(quote.OpenToken)].FirstToken;
        return new Attribution
        {
            Speaker = SubjectFinder.SubjectBefore(_context, quote.OpenToken, lo),
            CueFirst = cue ? first : -1,
            CueLast = cue ? verb : -1,
        };
    }

    // X a déclaré que « … », X said: "…", selon X, « … » — the nearest cue before the quote in its sentence.
    private readonly Attribution Before(QuoteSpan quote)
    {
        int open = quote.OpenToken;
        int lo = _context.Sentences[_context.SentenceOf(open)].FirstToken;
        if (GappedSubject(open, lo) is { IsNamed: true } gapped)
        {
            return new Attribution { Speaker = gapped };
        }
        for (int j = open - 1; j >= lo; j--)
        {
            int inner = _context.QuoteAt(_context.Tokens[j].Start);
            if (inner >= 0)
            {
                j = _context.Quotes[inner].OpenToken;
                continue;
            }
            CueKind kind = SpeechCueMatcher.MatchCue(_context, j, open, out int last);
            if (kind == CueKind.Source)
            {
                return new Attribution { Speaker = SubjectFinder.SubjectAfter(_context, last + 1, open, objectPronoun: true), CueFirst = j, CueLast = last };
            }
            if (kind == CueKind.Verb && SpeechCueMatcher.VerbGroupStart(_context, j, lo) is var start && !SpeechCueMatcher.IsPassive(_context, start, j))
            {
                return new Attribution { Speaker = SubjectFinder.SubjectOfVerb(_context, start, last, lo, open, inverted: false), CueFirst = start, CueLast = last };
            }
        }
        // sur X : « … » with no verb: the colon introduces it.
        if (open > lo && _context.IsPunctuation(open - 1, ':'))
        {
            return new Attribution { Speaker = SubjectFinder.SubjectBefore(_context, open - 1, lo), CueFirst = open - 1, CueLast = open - 1 };
        }
        return Attribution.Empty;
    }

    // La République tchèque demande de « … » et le Portugal d'« … »: after a quote and a conjunction, a second
    // subject whose verb is left out, right before the quote, speaks it.
    private readonly SpeakerReference GappedSubject(int open, int lo)
    {
        int j = open - 1;
        if (j > lo && (_context.Tokens[j].Kind == TokenKind.Elision || _context.Info(j).Is(WordTraits.Preposition) || _context.IsPunctuation(j, ':')))
        {
            j--;
        }
        int entity = j >= lo ? _context.EntityAt(j) : -1;
        if (entity < 0 || _context.Rank(entity) <= SpeakerRank.Capitalised)
        {
            return default;
        }
        int k = _context.Document.TokenAt(_context.Entities[entity].Start) - 1;
        if (k > lo && _context.Info(k).Is(WordTraits.DefiniteDeterminer))
        {
            k--;
        }
        bool gapped = k > lo && _context.Info(k).Is(WordTraits.Conjunction) && _context.Tokens[k - 1].Kind == TokenKind.QuotationMark;
        return gapped ? _context.Reference(entity) : default;
    }

    // Name : « … » — a speaker label opening its line or sentence.
    private readonly SpeakerReference SpeakerLabel(QuoteSpan quote)
    {
        int colon = quote.OpenToken - 1;
        if (colon < 1 || !_context.IsPunctuation(colon, ':'))
        {
            return default;
        }
        int entity = _context.EntityAt(colon - 1);
        if (entity >= 0 && _context.Rank(entity) > SpeakerRank.Anonymous)
        {
            return _context.OpensSentence(_context.Document.TokenAt(_context.Entities[entity].Start)) ? _context.Reference(entity) : default;
        }
        SpeakerReference name = SubjectFinder.CapitalisedRun(_context, colon - 1, -1, colon - 5);
        return name.IsNamed && _context.OpensSentence(_context.Document.TokenAt(name.Start)) ? name : default;
    }

    // « … » – Name: a dash right after the closing mark, on its line or opening the next one.
    private readonly int TrailingDash(QuoteSpan quote)
    {
        int j = quote.CloseToken + 1;
        if (j < _context.Tokens.Length && !_context.Document.LineBreakBefore(j) && _context.IsPunctuation(j, '.', ','))
        {
            j++;
        }
        return j < _context.Tokens.Length && _context.IsDash(j) ? j : -1;
    }

    private readonly SpeakerReference SpeakerFromContext(int q)
    {
        QuoteSpan quote = _context.Quotes[q];
        // Another quote of the same sentence: « imprudentes » et « illégales », a-t-il dit.
        if (q + 1 < _context.Quotes.Length && _context.SentenceOf(_context.Quotes[q + 1].OpenToken) == _context.SentenceOf(quote.CloseToken) && _context.Results[q + 1].Speaker.IsNamed)
        {
            return _context.Results[q + 1].Speaker;
        }
        if (q > 0 && _context.SentenceOf(_context.Quotes[q - 1].CloseToken) == _context.SentenceOf(quote.OpenToken) && _context.Results[q - 1].Speaker.IsNamed)
        {
            return _context.Results[q - 1].Speaker;
        }
        if (RepeatedQuote(q) is { IsNamed: true } repeated)
        {
            return repeated;
        }
        // La Belgique déconseille d'aller là où « … »: a named subject opening the quote's own sentence, after the
        // previous quote, is its source rather than the previous speaker.
        int own = SentenceSubject(_context.SentenceOf(quote.OpenToken));
        if (own >= 0 && _context.Entities[own].Start < quote.OuterStart && (q == 0 || _context.Quotes[q - 1].OuterEnd <= _context.Entities[own].Start))
        {
            return _context.Reference(own);
        }
        // The previous speaker, when nobody else is named since, in the same paragraph or in one the quote opens.
        for (int p = q - 1; p >= 0 && _context.Quotes[p].OuterEnd > quote.OuterStart - AttributionContext.LookBack; p--)
        {
            SpeakerReference previous = _context.Results[p].Speaker;
            if (!previous.IsNamed)
            {
                continue;
            }
            bool sameLine = !_context.Document.LineBreakIn(_context.Quotes[p].OuterEnd, quote.OuterStart);
            // "…," said X, who worked for Y. "…": the next sentence goes on with the speech, whoever the attribution names.
            bool next = sameLine && p == q - 1 && _context.SentenceOf(quote.OpenToken) - _context.SentenceOf(_context.Quotes[p].CloseToken) <= 1;
            if (next || ((sameLine || _context.OpensLine(quote.OpenToken)) && !_context.OtherPersonNamed(_context.Quotes[p].OuterEnd, quote.OuterStart, previous)))
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
        QuoteSpan quote = _context.Quotes[q];
        ReadOnlySpan<char> quoted = _context.Text.AsSpan(quote.Start, quote.End - quote.Start);
        if (quoted.Length < 4 || (quoted.Count(' ') < 2 && !IsHeadline(quote)))
        {
            return default;
        }
        SpeakerReference best = default;
        int distance = int.MaxValue;
        int first = q;
        while (first > 0 && _context.Quotes[first - 1].Start > quote.Start - AttributionContext.LookBack)
        {
            first--;
        }
        for (int r = first; r < _context.Quotes.Length && _context.Quotes[r].Start < quote.Start + AttributionContext.LookBack; r++)
        {
            QuoteSpan other = _context.Quotes[r];
            if (r == q || !_context.Results[r].Speaker.IsNamed || Math.Abs(other.Start - quote.Start) >= distance)
            {
                continue;
            }
            ReadOnlySpan<char> words = _context.Text.AsSpan(other.Start, other.End - other.Start);
            if (words.Contains(quoted, StringComparison.OrdinalIgnoreCase))
            {
                best = _context.Results[r].Speaker;
                distance = Math.Abs(other.Start - quote.Start);
            }
        }
        return best;
    }

    // A line that does not end a sentence: a headline or an intertitle.
    private readonly bool IsHeadline(QuoteSpan quote)
    {
        int end = _context.Document.LineEnd(quote.OuterEnd);
        int start = _context.ParagraphStart(quote.OuterStart, 0);
        ReadOnlySpan<char> line = _context.Text.AsSpan(start, end - start).TrimEnd().TrimEnd("»”\"› \u00A0\u202F");
        return line.Length > 0 && line[^1] is not ('.' or '!' or '?' or '…' or ':' or ';');
    }

    // The subject opening this sentence or one of the two lines before ("La Corée du Sud a convoqué…"), when no
    // other person is named between it and the quote.
    private readonly SpeakerReference NearbySubject(QuoteSpan quote)
    {
        int lowerBound = _context.ParagraphStart(quote.OuterStart, 2);
        int own = _context.SentenceOf(quote.OpenToken);
        for (int s = own; s >= 0 && _context.Sentences[s].Start >= lowerBound; s--)
        {
            int entity = SentenceSubject(s);
            if (entity >= 0)
            {
                // People named in the subject's own sentence are what it says or is asked about ("Curt Hopkins said
                // Mr Sigarchi's sentence…"); only a person named in a later sentence may have taken over.
                SpeakerReference subject = _context.Reference(entity);
                int from = s == own ? subject.End : _context.Tokens[_context.Sentences[s].EndToken - 1].End;
                return _context.OtherPersonNamed(from, quote.OuterStart, subject) ? default : subject;
            }
        }
        return default;
    }

    // The named entity opening sentence s (past a dash, an article or a title) outside any quote, or -1.
    private readonly int SentenceSubject(int s)
    {
        int j = _context.Sentences[s].FirstToken;
        int end = _context.Sentences[s].EndToken;
        while (j < end && j - _context.Sentences[s].FirstToken < 2 && (_context.IsDash(j) || _context.Info(j).Is(WordTraits.DefiniteDeterminer | WordTraits.Honorific)))
        {
            j++;
        }
        int entity = j < end ? _context.EntityAt(j) : -1;
        return entity >= 0 && _context.Rank(entity) > SpeakerRank.Capitalised && !_context.InQuote(_context.Tokens[j].Start) ? entity : -1;
    }
}
