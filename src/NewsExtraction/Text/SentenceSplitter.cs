namespace NewsExtraction.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at <c>. ! ? …</c> followed by a token that can open a
/// sentence (a capital, a digit, an opening mark, a dash), after any closing quotation marks and brackets
/// that follow the stop; at a blank line; and at a single line break unless the next line goes on in lower case.
/// Abbreviations, initials and decimal points keep their period inside their token, so never end one.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Writes the sentences of <paramref name="tokens"/> to <paramref name="destination"/> and returns their number.</summary>
    /// <remarks>There are never more sentences than tokens.</remarks>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<Sentence> destination) =>
        Split(text, tokens, destination, CancellationToken.None);

    /// <summary>Splits as <see cref="Split(ReadOnlySpan{char}, ReadOnlySpan{Token}, Span{Sentence})"/>, checking the token every 64K tokens.</summary>
    internal static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<Sentence> destination, CancellationToken cancellationToken)
    {
        int count = 0;
        int first = 0;
        bool stopSeen = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            Token token = tokens[i];
            if (IsStop(text, token))
            {
                stopSeen = true;
            }
            else if (!(stopSeen && IsCloser(text, tokens, i)))
            {
                stopSeen = false;
            }

            bool end = i + 1 == tokens.Length;
            if (!end)
            {
                Token next = tokens[i + 1];
                int newlines = CountNewlines(text[token.End..next.Start]);
                end = newlines >= 2
                    || (newlines == 1 && (stopSeen || !char.IsLower(text[next.Start])))
                    || (stopSeen && !IsCloser(text, tokens, i + 1) && CanOpenSentence(text, next));
            }

            if (end)
            {
                destination[count++] = new Sentence(first, i + 1 - first, tokens[first].Start, token.End);
                first = i + 1;
                stopSeen = false;
            }
        }
        return count;
    }

    private static bool IsStop(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }
        char c = text[token.Start];
        return c is '.' or '!' or '?' or '…';
    }

    // Closing marks glued after a stop stay in its sentence: « … fin. » — and "…end." when the mark touches the stop.
    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        Token token = tokens[i];
        char c = text[token.Start];
        if (c is '»' or '”' or '›' or ')' or ']')
        {
            return true;
        }
        return c is '"' or '\'' or '’' && i > 0 && tokens[i - 1].End == token.Start;
    }

    private static bool CanOpenSentence(ReadOnlySpan<char> text, Token next)
    {
        char c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || next.Kind is TokenKind.QuotationMark or TokenKind.Emoji or TokenKind.Handle or TokenKind.Hashtag
            || c is '-' or '–' or '—' or '•' or '(' or '[' or '¿' or '¡';
    }

    private static int CountNewlines(ReadOnlySpan<char> gap)
    {
        int n = 0;
        foreach (char c in gap)
        {
            if (c is '\n' or '\u2029')
            {
                n++;
            }
        }
        return n;
    }
}
