using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// The document as the speaker search sees it: its tokens, sentences, entities and quotes, the attributions made so
/// far, the lexicon entry of each word (looked up once), and the questions every part of the search asks of them.
/// </summary>
internal ref struct AttributionContext
{
    /// <summary>
    /// How far (in characters) a speaker is looked for back by name, role, repeated words or the previous speaker:
    /// beyond any news article (the longest development article has 34,000), and a bound that keeps a 10 MB
    /// document linear.
    /// </summary>
    public const int LookBack = 50_000;

    /// <summary>The document, with its entities.</summary>
    public readonly DocumentContext Document;

    public readonly string Text;

    public readonly ReadOnlySpan<Token> Tokens;

    public readonly ReadOnlySpan<Sentence> Sentences;

    public readonly ReadOnlySpan<EntityDraft> Entities;

    /// <summary>The quotes, in text order.</summary>
    public readonly ReadOnlySpan<QuoteSpan> Quotes;

    /// <summary>One attribution per quote: those before <see cref="Current"/> are made.</summary>
    public readonly Span<Attribution> Results;

    // One slot per token: what the lexicon says of the word, looked up on first use.
    private readonly Span<WordInfo?> _words;

    /// <summary>The quote being attributed.</summary>
    public int Current;

    /// <summary>Reads <paramref name="document"/>; clears <paramref name="words"/>, one slot per token.</summary>
    public AttributionContext(DocumentContext document, ReadOnlySpan<QuoteSpan> quotes, Span<Attribution> results, Span<WordInfo?> words)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Sentences = document.Sentences;
        Entities = document.Entities;
        Quotes = quotes;
        Results = results;
        _words = words;
        words.Clear();
    }

    // The name of a speaker: the entity's canonical name, else its text.
    private readonly ReadOnlySpan<char> Name(SpeakerReference speaker) =>
        speaker.Entity >= 0 ? EntityName(speaker.Entity) : Text.AsSpan(speaker.Start, speaker.End - speaker.Start);

    // "de Vladimir Poutine", "of the president": a name that completes another noun.
    public readonly bool IsComplement(int first)
    {
        int k = first - 1;
        if (k >= 0 && Info(k) is var word && word.Is(WordTraits.DefiniteDeterminer) && !word.Is(WordTraits.Preposition))
        {
            k--;
        }
        return k >= 0 && Info(k).Is(WordTraits.Preposition);
    }

    public readonly int NearestPersonBefore(int offset, int lowerBound)
    {
        for (int e = EntityBefore(offset); e >= 0 && Entities[e].Start >= lowerBound; e--)
        {
            if (Entities[e].Type == EntityType.Person && !InQuote(Entities[e].Start))
            {
                return e;
            }
        }
        return -1;
    }

    // Whether a person other than the speaker is named (outside quotes) in [from, to), after the speaker's own
    // mention and other than as the complement of a noun ("Michael Briggs, a spokesman for Sanders, said").
    public readonly bool OtherPersonNamed(int from, int to, SpeakerReference speaker)
    {
        ReadOnlySpan<char> name = Name(speaker);
        from = speaker.End > from && speaker.End <= to ? speaker.End : from;
        for (int e = EntityBefore(to); e >= 0 && Entities[e].Start >= from; e--)
        {
            if (Entities[e].Type == EntityType.Person && !InQuote(Entities[e].Start) && !EntityName(e).SequenceEqual(name)
                && !IsComplement(Document.TokenAt(Entities[e].Start)))
            {
                return true;
            }
        }
        return false;
    }

    public readonly ReadOnlySpan<char> Word(int token) => Document.TokenText(token);

    public readonly WordInfo Info(int token)
    {
        ref WordInfo? word = ref _words[token];
        word ??= QuoteLexicon.Lookup(Word(token));
        return word.GetValueOrDefault();
    }

    public readonly bool IsPunctuation(int token, params ReadOnlySpan<char> marks) =>
        Tokens[token].Kind == TokenKind.Punctuation && Tokens[token].Length == 1 && marks.Contains(Text[Tokens[token].Start]);

    public readonly bool IsDash(int token) =>
        Tokens[token].Kind == TokenKind.Punctuation && (Text[Tokens[token].Start] is '–' or '—' or '―' || (Text[Tokens[token].Start] == '-' && Tokens[token].Length <= 2));

    public readonly bool OpensLine(int token) => token == 0 || Document.LineBreakBefore(token) || (IsDash(token - 1) && (token == 1 || Document.LineBreakBefore(token - 1)));

    // Not TokenContext.IsSentenceInitial: that one reads the punctuation before a token; this one follows the
    // document's sentences and lines, and counts a quotation mark, a colon, a bracket or a dash as opening a clause.
    public readonly bool OpensClause(int token) =>
        OpensSentence(token) || Tokens[token - 1].Kind == TokenKind.QuotationMark || IsPunctuation(token - 1, ':', '(', '—', '–');

    public readonly bool OpensSentence(int token) => OpensLine(token) || Sentences[SentenceOf(token)].FirstToken == token;

    // The start of the line holding offset, or of the non-empty line `back` lines above it.
    public readonly int ParagraphStart(int offset, int back)
    {
        int start = Document.LineStart(offset);
        for (int n = 0; n < back && start > 0; n++)
        {
            int end = start - 1;
            while (end > 0 && Tokenizer.IsSpace(Text[end - 1]))
            {
                end--;
            }
            start = end == 0 ? 0 : Document.LineStart(end);
        }
        return start;
    }


    public readonly int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (Sentences[mid].FirstToken <= token)
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

    public readonly int SentenceEnd(int token) => Sentences[SentenceOf(token)].EndToken;

    // The quote whose marks enclose offset, or -1.
    public readonly int QuoteAt(int offset)
    {
        int lo = 0, hi = Quotes.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Quotes[mid].OuterEnd <= offset)
            {
                lo = mid + 1;
            }
            else if (Quotes[mid].OuterStart > offset)
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

    public readonly bool InQuote(int offset) => QuoteAt(offset) >= 0;

    // The last entity starting before offset, or -1.
    public readonly int EntityBefore(int offset)
    {
        int lo = 0, hi = Entities.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Entities[mid].Start < offset)
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

    public readonly int EntityAt(int token)
    {
        int offset = Tokens[token].Start;
        int e = EntityBefore(offset + 1);
        return e >= 0 && Entities[e].End > offset ? e : -1;
    }

    public readonly SpeakerRank Rank(int entity) => Entities[entity] switch
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
        int before = Document.TokenAt(Entities[entity].Start) - 1;
        int after = Document.TokenAt(Entities[entity].End - 1) + 1;
        return (before >= 0 && Info(before).Is(WordTraits.Institution)) || (after < Tokens.Length && Info(after).Is(WordTraits.Institution));
    }

    public readonly SpeakerReference Reference(int entity) =>
        new(entity, Entities[entity].Start, Entities[entity].End, Rank(entity));

    public readonly ReadOnlySpan<char> EntityName(int entity) => Entities[entity].Canonical ?? Document.TextOf(Entities[entity]);
}
