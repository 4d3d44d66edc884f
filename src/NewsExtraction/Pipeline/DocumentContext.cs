using System.Buffers;
using System.Runtime.InteropServices;
using NewsExtraction.Entities;
using NewsExtraction.Text;

namespace NewsExtraction.Pipeline;

/// <summary>
/// One document on its way through the pipeline: the text, its pooled tokens and sentences, its language,
/// and the entities and quotes the stages add. Owned by one thread; return its buffers with <see cref="Dispose"/>,
/// after which nothing of it may be used.
/// </summary>
internal sealed class DocumentContext : IDisposable
{
    // The lists of the last document disposed on this thread, reused by the next one: a document in a batch
    // allocates no list of its own.
    [ThreadStatic]
    private static (GapBuffer<EntityDraft> Entities, List<Quote> Quotes)? t_lists;

    private Token[] _tokens;
    private Sentence[] _sentences;
    private char[]? _folded;
    private int[]? _tokenAtOffset;
    private readonly GapBuffer<EntityDraft> _entities;

    /// <param name="text">The document's text.</param>
    /// <param name="cancellationToken">Checked by the stages between sentences and every few thousand tokens.</param>
    public DocumentContext(string text, CancellationToken cancellationToken = default)
    {
        Text = text;
        Cancellation = cancellationToken;
        (_entities, Quotes) = t_lists ?? (new GapBuffer<EntityDraft>(), []);
        t_lists = null;
        _tokens = ArrayPool<Token>.Shared.Rent(Math.Max(1, text.Length));
        _sentences = [];
        try
        {
            TokenCount = Tokenizer.Tokenize(text, _tokens, cancellationToken);
            _sentences = ArrayPool<Sentence>.Shared.Rent(Math.Max(1, TokenCount));
            SentenceCount = SentenceSplitter.Split(text, Tokens, _sentences, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Cancelled while reading the text: Dispose is never called on a document that was not made.
            Dispose();
            throw;
        }
    }

    public string Text { get; }

    /// <summary>Stops the extraction of this document; see <see cref="ThrowIfCancellationRequested"/>.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>
    /// Called by the stages between sentences (or every <see cref="CancellationStride"/> tokens), so that cancelling
    /// stops a document of megabytes within milliseconds: one read of a flag each time.
    /// </summary>
    /// <exception cref="OperationCanceledException"><see cref="Cancellation"/> is cancelled.</exception>
    public void ThrowIfCancellationRequested() => Cancellation.ThrowIfCancellationRequested();

    /// <summary>How many tokens a stage that walks tokens goes between two <see cref="ThrowIfCancellationRequested"/> (a power of two).</summary>
    public const int CancellationStride = 4096;

    /// <summary>The language reported for the document (<see cref="Language.Unknown"/> when neither French nor English).</summary>
    public Language Language { get; set; }

    /// <summary>The language whose models and word lists the stages use: <see cref="Language"/>, or the fallback when it is unknown.</summary>
    public Language ModelLanguage { get; set; }

    /// <summary>The entity models of the extractor running: the embedded ones unless its options give others.</summary>
    public EntityModels EntityModels { get; set; } = EntityModels.Embedded;

    /// <summary>The day the document was published or reports on, against which relative dates resolve; null when unknown.</summary>
    public DateOnly? Date { get; set; }

    public int TokenCount { get; }

    public int SentenceCount { get; }

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, TokenCount);

    public ReadOnlySpan<Sentence> Sentences => _sentences.AsSpan(0, SentenceCount);

    /// <summary>
    /// The text folded by <see cref="TextFolding"/> (lower case, no diacritics, same offsets), made on first use:
    /// the phrase tables of several stages look up the same tokens, folded once here rather than in every stage.
    /// </summary>
    public ReadOnlySpan<char> FoldedText
    {
        get
        {
            if (_folded is null)
            {
                _folded = ArrayPool<char>.Shared.Rent(Math.Max(1, Text.Length));
                TextFolding.Fold(Text, _folded);
            }
            return _folded.AsSpan(0, Text.Length);
        }
    }

    /// <summary>
    /// The entities so far, sorted by start, never overlapping. Valid until the next change to them. Costs a move of
    /// the entities after the last edit: a stage that edits as it goes reads them with <see cref="EntityAt"/>.
    /// </summary>
    public ReadOnlySpan<EntityDraft> Entities => _entities.AsSpan();

    /// <summary>The number of entities so far.</summary>
    public int EntityCount => _entities.Count;

    /// <summary>The entity at <paramref name="index"/> in start order, at no cost however the entities were edited.</summary>
    public ref readonly EntityDraft EntityAt(int index) => ref _entities[index];

    /// <summary>The quotes so far; the quote stage sorts them.</summary>
    public List<Quote> Quotes { get; }

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        Token t = _tokens[index];
        return Text.AsSpan(t.Start, t.Length);
    }

    /// <summary>The index of the first token that ends after <paramref name="offset"/> (the token at or after it).</summary>
    public int TokenAt(int offset)
    {
        // The name and quote stages ask for every entity's tokens again and again: a table made on first use gives,
        // for every few characters, the first token that ends after them, and the answer is a step or two from there.
        if (_tokenAtOffset is null)
        {
            int[] table = _tokenAtOffset = ArrayPool<int>.Shared.Rent((Text.Length >> TokenAtShift) + 1);
            int token = 0;
            for (int b = 0; b <= Text.Length >> TokenAtShift; b++)
            {
                while (token < TokenCount && _tokens[token].End <= b << TokenAtShift)
                {
                    token++;
                }
                table[b] = token;
            }
        }
        if ((uint)offset > (uint)Text.Length)
        {
            return offset < 0 ? 0 : TokenCount;
        }
        int t = _tokenAtOffset[offset >> TokenAtShift];
        while (t < TokenCount && _tokens[t].End <= offset)
        {
            t++;
        }
        return t;
    }

    // Characters per entry of the TokenAt table, as a shift.
    private const int TokenAtShift = 3;

    /// <summary>Whether a line or paragraph break (<c>\n</c>, <c>\r</c>, U+2028, U+2029) lies in <c>[start, end)</c> of the text.</summary>
    public bool LineBreakIn(int start, int end) => end > start && Text.AsSpan(start, end - start).ContainsAny(TokenContext.LineBreaks);

    /// <summary>Whether a line break separates token <paramref name="token"/> from the token before it.</summary>
    public bool LineBreakBefore(int token) => token > 0 && LineBreakIn(_tokens[token - 1].End, _tokens[token].Start);

    /// <summary>Whether a line break lies between the end of token <paramref name="left"/> and the start of token <paramref name="right"/>.</summary>
    public bool LineBreakBetween(int left, int right) => LineBreakIn(_tokens[left].End, _tokens[right].Start);

    /// <summary>The offset of the first line break at or after <paramref name="offset"/>, or <see cref="int.MaxValue"/>.</summary>
    public int NextLineBreak(int offset)
    {
        int index = Text.AsSpan(offset).IndexOfAny(TokenContext.LineBreaks);
        return index < 0 ? int.MaxValue : offset + index;
    }

    /// <summary>The start of the line holding <paramref name="offset"/>: just after the line break before it, or 0.</summary>
    public int LineStart(int offset) => offset <= 0 ? 0 : Text.AsSpan(0, Math.Min(offset, Text.Length)).LastIndexOfAny(TokenContext.LineBreaks) + 1;

    /// <summary>The end of the line holding <paramref name="offset"/>: its line break, or the end of the text.</summary>
    public int LineEnd(int offset)
    {
        int from = Math.Min(offset, Text.Length);
        int index = Text.AsSpan(from).IndexOfAny(TokenContext.LineBreaks);
        return index < 0 ? Text.Length : from + index;
    }

    /// <summary>The characters of <paramref name="entity"/>.</summary>
    public ReadOnlySpan<char> TextOf(in EntityDraft entity) => Text.AsSpan(entity.Start, entity.End - entity.Start);

    /// <summary>Adds <paramref name="entity"/> unless it overlaps one already there.</summary>
    /// <returns><see langword="true"/> when added.</returns>
    public bool TryAddEntity(in EntityDraft entity)
    {
        int index = InsertionIndex(entity.Start);
        if (OverlapsAround(index, entity.Start, entity.End))
        {
            return false;
        }
        _entities.Insert(index, entity);
        return true;
    }

    /// <summary>Replaces the entity at <paramref name="index"/> by one with the same span (for stages that refine a type or add fields).</summary>
    public void ReplaceEntity(int index, in EntityDraft entity)
    {
        EntityDraft old = _entities[index];
        if (old.Start != entity.Start || old.End != entity.End)
        {
            throw new ArgumentException("A replacement entity must keep its span; remove and add instead.", nameof(entity));
        }
        _entities.Set(index, entity);
    }

    /// <summary>Removes the entity at <paramref name="index"/>.</summary>
    public void RemoveEntityAt(int index) => _entities.RemoveAt(index);

    /// <summary>Whether any entity overlaps <c>[start, end)</c>.</summary>
    public bool Overlaps(int start, int end) => OverlapsAround(InsertionIndex(start), start, end);

    /// <summary>The entities that overlap <c>[start, end)</c>: the index of the first one and how many there are.</summary>
    public (int First, int Count) FindOverlapping(int start, int end)
    {
        // Sorted and disjoint: of the entities that start before "start", only the last can reach into the range.
        GapBuffer<EntityDraft> entities = _entities;
        int first = InsertionIndex(start);
        if (first > 0 && entities[first - 1].End > start)
        {
            first--;
        }
        int count = 0;
        while (first + count < entities.Count && entities[first + count].Start < end)
        {
            count++;
        }
        return (first, count);
    }

    /// <summary>Freezes the document into its immutable result.</summary>
    public ExtractionResult ToResult(IReadOnlySet<EntityType>? types = null)
    {
        var tokens = new TextSpan[TokenCount];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = _tokens[i].Span;
        }
        var sentences = new TextSpan[SentenceCount];
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i] = _sentences[i].Span;
        }
        Quotes.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new ExtractionResult(Text, Language, tokens, sentences, ToEntities(types), [.. Quotes]);
    }

    private Entity[] ToEntities(IReadOnlySet<EntityType>? types)
    {
        int count = 0;
        foreach (ref readonly EntityDraft draft in Entities)
        {
            count += types is null || types.Contains(draft.Type) ? 1 : 0;
        }
        var entities = new Entity[count];
        int next = 0;
        foreach (ref readonly EntityDraft draft in Entities)
        {
            if (types is null || types.Contains(draft.Type))
            {
                // Most mentions are their own canonical name: one string serves as both.
                string text = draft.Canonical is { } canonical && TextOf(draft).SequenceEqual(canonical) ? canonical : Text[draft.Start..draft.End];
                entities[next++] = draft.ToEntity(text);
            }
        }
        return entities;
    }

    public void Dispose()
    {
        if (_folded is not null)
        {
            ArrayPool<char>.Shared.Return(_folded);
            _folded = null;
        }
        if (_tokenAtOffset is not null)
        {
            ArrayPool<int>.Shared.Return(_tokenAtOffset);
            _tokenAtOffset = null;
        }
        if (_tokens.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(_tokens);
            if (_sentences.Length > 0)
            {
                ArrayPool<Sentence>.Shared.Return(_sentences);
            }
            _tokens = [];
            _sentences = [];
            _entities.Clear();
            Quotes.Clear();
            t_lists = (_entities, Quotes);
        }
    }

    // Whether [start, end) overlaps the entity before or at "index", the insertion point of "start".
    private bool OverlapsAround(int index, int start, int end)
    {
        GapBuffer<EntityDraft> entities = _entities;
        return (index > 0 && entities[index - 1].End > start) || (index < entities.Count && entities[index].Start < end);
    }

    private int InsertionIndex(int start)
    {
        GapBuffer<EntityDraft> entities = _entities;
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
