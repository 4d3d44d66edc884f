using System.Buffers;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quotes;

/// <summary>
/// Finds the quotes of a document in one pass over its tokens: pairs quotation marks of every style and their
/// mixes (<c>« … »</c>, <c>“ … ”</c>, <c>" … "</c>, <c>„ … “</c>, <c>‹ … ›</c>, <c>“ … »</c>), keeps the outer quote of
/// nested ones, carries a quote over a paragraph break when the next paragraph opens with a mark, and finds lines of
/// unmarked speech followed by a line <c>– Name</c>. Markup attributes (<c>class="…"</c>), titles of works and
/// scare quotes are left out.
/// </summary>
internal static class QuoteFinder
{
    private const int MaxDepth = 16;
    private const int MaxNested = 16;

    /// <summary>Finds the quotes of <paramref name="document"/>, in text order, into <paramref name="quotes"/> (a pooled array, grown from the pool when full).</summary>
    /// <returns>The number of quotes.</returns>
    public static int Find(DocumentContext document, ref QuoteSpan[] quotes)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens;
        Span<int> open = stackalloc int[MaxDepth];
        Span<(int Open, int Close)> nested = stackalloc (int, int)[MaxNested];
        int depth = 0, nestedCount = 0, count = 0;
        int lineStart = 0;
        bool lineHasMark = false;
        // The next line break, so that a token costs one comparison to know whether a line starts with it.
        int nextBreak = document.NextLineBreak(0);

        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            bool newLine = token.Start > nextBreak;
            if (newLine)
            {
                nextBreak = document.NextLineBreak(token.Start);
            }
            if (newLine && i > 0)
            {
                if (depth > 0)
                {
                    if (token.Kind == TokenKind.QuotationMark && OpensContinuation(text, token))
                    {
                        // « … ¶ « … »: the quote goes on in the next paragraph, which opens with a mark; each paragraph
                        // is a quote of its own.
                        AddRunOn(document, open[0], i - 1, ref quotes, ref count);
                        open[0] = i;
                        depth = 1;
                        nestedCount = 0;
                        lineStart = i;
                        lineHasMark = true;
                        continue;
                    }
                    if (nestedCount == 0)
                    {
                        // "… ¶ with no closing mark: scraping lost it, the quote ends with its paragraph.
                        AddRunOn(document, open[0], i - 1, ref quotes, ref count);
                    }
                    for (int n = 0; n < nestedCount; n++)
                    {
                        Add(document, nested[n].Open, nested[n].Close, ref quotes, ref count);
                    }
                    depth = nestedCount = 0;
                }
                else if (!lineHasMark && IsSpeakerLine(document, lineStart, i))
                {
                    AddDashLine(document, lineStart, i, ref quotes, ref count);
                }
                lineStart = i;
                lineHasMark = false;
            }

            if (token.Kind != TokenKind.QuotationMark)
            {
                continue;
            }
            lineHasMark = true;
            char mark = text[token.Start];
            if (mark == '"' && token.Start > 0 && text[token.Start - 1] == '=')
            {
                i = AttributeValueEnd(document, i);
                continue;
            }

            if (depth == 1 && ReopensAfterSentence(text, tokens, open[0], i))
            {
                // "A. "B.": a new paragraph of the same speech run into this one by scraping, its opening mark repeated
                // and the closing one left out (the English convention); each paragraph is a quote of its own.
                AddRunOn(document, open[0], i - 1, ref quotes, ref count);
                open[0] = i;
                nestedCount = 0;
                continue;
            }
            if (Opens(mark, text, tokens, token, open[..depth]))
            {
                if (depth < MaxDepth)
                {
                    open[depth++] = i;
                }
                continue;
            }
            if (depth == 0)
            {
                continue; // a closing mark with nothing open: scraping lost the opening one
            }
            int opener = MatchingOpener(mark, text, tokens, open[..depth]);
            if (opener == 0)
            {
                Add(document, open[0], i, ref quotes, ref count);
                nestedCount = 0;
            }
            else
            {
                // Kept aside: reported only if the outer quote never closes. The quotes it encloses closed
                // before it and are the last ones kept: drop them, so that reported quotes never overlap.
                while (nestedCount > 0 && nested[nestedCount - 1].Open > open[opener])
                {
                    nestedCount--;
                }
                if (nestedCount < MaxNested)
                {
                    nested[nestedCount++] = (open[opener], i);
                }
            }
            depth = opener;
        }
        for (int n = 0; depth > 0 && n < nestedCount; n++)
        {
            Add(document, nested[n].Open, nested[n].Close, ref quotes, ref count);
        }
        quotes.AsSpan(0, count).Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return count;
    }

    // Whether a mark opens a quote: « ‹ „ always, » › only miscoded; “ ” and " by what touches them and what is open.
    private static bool Opens(char mark, string text, ReadOnlySpan<Token> tokens, Token token, ReadOnlySpan<int> open)
    {
        switch (mark)
        {
            case '«' or '‹' or '„' or '‟':
                return true;
            case '»' or '›':
                // d’»éviter…»: with nothing open, one glued to the next word like an opening mark is a miscoded «.
                return open.Length == 0 && OpensHere(text, token) && !ClosesHere(text, token);
        }
        bool opensHere = OpensHere(text, token);
        bool closesHere = ClosesHere(text, token);
        char top = open.Length > 0 ? text[tokens[open[^1]].Start] : '\0';
        return mark switch
        {
            // “ closes a German „, and a “ left open by a miscoded “…“.
            '“' => !(Contains(text, tokens, open, '„') || (top is '“' or '"' && closesHere && !opensHere)),
            // ” opens only where nothing is open and it sits like an opening mark (”…”).
            '”' => open.Length == 0 && opensHere && !closesHere,
            // " with nothing open opens unless it sits like a closing mark: then scraping lost the opening one.
            _ => !(Contains(text, tokens, open, '"') || (closesHere && !opensHere)),
        };
    }

    // The open mark a closing mark pairs with: the innermost of its family, else (a mismatch such as “ … ») the innermost.
    private static int MatchingOpener(char mark, string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> open)
    {
        int family = Family(mark);
        for (int k = open.Length - 1; k >= 0; k--)
        {
            if (Family(text[tokens[open[k]].Start]) == family)
            {
                return k;
            }
        }
        return open.Length - 1;
    }

    private static int Family(char mark) => mark switch
    {
        '«' or '»' => 0,
        '‹' or '›' => 1,
        '"' => 3,
        _ => 2,
    };

    private static bool Contains(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> open, char mark)
    {
        foreach (int index in open)
        {
            if (text[tokens[index].Start] == mark)
            {
                return true;
            }
        }
        return false;
    }

    // Space, an opening bracket or an elision before, a character after: "… "word", l’"Europe".
    private static bool OpensHere(string text, Token token)
    {
        bool before = token.Start == 0 || Tokenizer.IsSpace(text[token.Start - 1]) || text[token.Start - 1] is '(' or '[' or '—' or '–'
            || Tokenizer.IsApostrophe(text[token.Start - 1]);
        return before && token.End < text.Length && !Tokenizer.IsSpace(text[token.End]);
    }

    // A character before, space or punctuation after: "word" ….
    private static bool ClosesHere(string text, Token token)
    {
        bool before = token.Start > 0 && !Tokenizer.IsSpace(text[token.Start - 1]);
        return before && (token.End == text.Length || Tokenizer.IsSpace(text[token.End]) || text[token.End] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '…');
    }

    // A mark of the family of the open one, set as an opening mark right after the end of a sentence of the quote.
    private static bool ReopensAfterSentence(string text, ReadOnlySpan<Token> tokens, int opener, int i)
    {
        Token token = tokens[i];
        char mark = text[token.Start];
        return mark is '"' or '“' && text[tokens[opener].Start] == mark && i - opener > 2
            && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] is '.' or '!' or '?' or '…'
            && OpensHere(text, token) && !ClosesHere(text, token);
    }

    private static bool OpensContinuation(string text, Token token) =>
        text[token.Start] is '«' or '“' or '„' or '‹' || (text[token.Start] == '"' && OpensHere(text, token));

    // class="jsx-1": the value's closing mark on the same line, so that markup never pairs with speech.
    private static int AttributeValueEnd(DocumentContext document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int j = i + 1; j < tokens.Length && !document.LineBreakBefore(j); j++)
        {
            if (tokens[j].Kind == TokenKind.QuotationMark && document.Text[tokens[j].Start] == '"')
            {
                return j;
            }
        }
        return i;
    }

    private static void Add(DocumentContext document, int openToken, int closeToken, ref QuoteSpan[] quotes, ref int count) =>
        Add(document, openToken, closeToken, document.Tokens[closeToken].Start, document.Tokens[closeToken].End, ref quotes, ref count);

    // A quote whose closing mark is left out where the speech runs on into a new paragraph: it ends with its last token.
    private static void AddRunOn(DocumentContext document, int openToken, int lastToken, ref QuoteSpan[] quotes, ref int count) =>
        Add(document, openToken, lastToken, document.Tokens[lastToken].End, document.Tokens[lastToken].End, ref quotes, ref count);

    private static void Add(DocumentContext document, int openToken, int closeToken, int end, int outerEnd, ref QuoteSpan[] quotes, ref int count)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens;
        int start = tokens[openToken].End;
        while (start < end && Tokenizer.IsSpace(text[start]))
        {
            start++;
        }
        while (end > start && Tokenizer.IsSpace(text[end - 1]))
        {
            end--;
        }
        ReadOnlySpan<char> quoted = text.AsSpan(start, end - start);
        if (quoted.IndexOfAny(MarkupCharacters) >= 0 || !ContainsLetter(quoted) || IsNameOrIrony(document, openToken, quoted))
        {
            return;
        }
        Append(ref quotes, ref count, new QuoteSpan
        {
            Start = start,
            End = end,
            OuterStart = tokens[openToken].Start,
            OuterEnd = outerEnd,
            OpenToken = openToken,
            CloseToken = closeToken,
            Form = QuoteForm.Marked,
        });
    }

    private static readonly SearchValues<char> MarkupCharacters = SearchValues.Create("<>{}=");

    private static bool ContainsLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    // le film « Dune », the so-called "experts": a title just before a capitalised quote, or a distancing word.
    private static bool IsNameOrIrony(DocumentContext document, int openToken, ReadOnlySpan<char> quoted)
    {
        bool capitalised = char.IsUpper(quoted[0]) || char.IsDigit(quoted[0]);
        for (int j = openToken - 1, seen = 0; j >= 0 && seen < 3; j--, seen++)
        {
            Token token = document.Tokens[j];
            if (token.Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
            {
                return false;
            }
            ReadOnlySpan<char> word = document.TokenText(j);
            WordInfo info = QuoteLexicon.Lookup(word);
            if ((seen < 2 && info.Is(WordTraits.ScareMarker)) || (capitalised && info.Is(WordTraits.TitleWord)))
            {
                return true;
            }
        }
        return false;
    }

    // A line "– Name" after a line of at least three words that is neither a list item nor an introduction (":").
    private static bool IsSpeakerLine(DocumentContext document, int previousLineStart, int dash)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        string text = document.Text;
        if (!IsDash(text, tokens[dash]) || dash + 1 >= tokens.Length || IsDash(text, tokens[previousLineStart])
            || text[tokens[dash - 1].Start] == ':' || document.LineBreakBefore(dash + 1))
        {
            return false;
        }
        int words = 0;
        for (int j = previousLineStart; j < dash && words < 3; j++)
        {
            if (tokens[j].Kind == TokenKind.Word)
            {
                words++;
            }
        }
        if (words < 3)
        {
            return false;
        }
        // The speaker: a known entity, or two capitalised words ("– Lloyd Austin, secrétaire…").
        Token first = tokens[dash + 1];
        if (first.Kind != TokenKind.Word || !char.IsUpper(text[first.Start]))
        {
            return false;
        }
        int entity = document.Overlaps(first.Start, first.End) ? 1 : 0;
        bool secondCapitalised = dash + 2 < tokens.Length && tokens[dash + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[dash + 2].Start])
            && !document.LineBreakBefore(dash + 2);
        return entity > 0 || secondCapitalised;
    }

    private static bool IsDash(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && (text[token.Start] is '–' or '—' or '―' || (text[token.Start] == '-' && token.Length <= 2));

    private static void AddDashLine(DocumentContext document, int lineStart, int dash, ref QuoteSpan[] quotes, ref int count)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        Append(ref quotes, ref count, new QuoteSpan
        {
            Start = tokens[lineStart].Start,
            End = tokens[dash - 1].End,
            OuterStart = tokens[lineStart].Start,
            OuterEnd = tokens[dash - 1].End,
            OpenToken = lineStart,
            CloseToken = dash,
            Form = QuoteForm.DashLine,
        });
    }

    private static void Append(ref QuoteSpan[] quotes, ref int count, QuoteSpan quote)
    {
        if (count == quotes.Length)
        {
            QuoteSpan[] larger = ArrayPool<QuoteSpan>.Shared.Rent(quotes.Length * 2);
            quotes.AsSpan(0, count).CopyTo(larger);
            ArrayPool<QuoteSpan>.Shared.Return(quotes);
            quotes = larger;
        }
        quotes[count++] = quote;
    }
}
