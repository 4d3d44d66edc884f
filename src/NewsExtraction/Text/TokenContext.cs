using System.Buffers;

namespace NewsExtraction.Text;

/// <summary>Questions about a token's neighbourhood that dictionary stages ask: sentence starts, capitals, lines.</summary>
internal static class TokenContext
{
    /// <summary>What ends a line or a paragraph: the one definition every stage uses (through here or <c>DocumentContext</c>).</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>
    /// Whether token <paramref name="i"/> opens a sentence, a line or a quotation, where a capital says nothing
    /// about a proper noun.
    /// </summary>
    public static bool IsSentenceInitial(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || StartsLine(text, tokens, i))
        {
            return true;
        }
        Token previous = tokens[i - 1];
        return previous.Kind is TokenKind.QuotationMark or TokenKind.Symbol
            || (previous.Kind == TokenKind.Punctuation && text[previous.Start] is '.' or '!' or '?' or ':' or ';' or '…' or '(' or '[' or '—' or '–' or '-' or '|');
    }

    /// <summary>Whether only spaces separate token <paramref name="i"/> from the start of its line.</summary>
    public static bool StartsLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        int from = i == 0 ? 0 : tokens[i - 1].End;
        return i == 0 || text[from..tokens[i].Start].ContainsAny(LineBreaks);
    }

    /// <summary>Whether token <paramref name="i"/> is a word that starts with a capital.</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        (uint)i < (uint)tokens.Length && tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens[i].Start]);

    /// <summary>Whether token <paramref name="i"/> is a capitalised word inside a sentence: a likely part of a proper name.</summary>
    public static bool IsCapitalizedMidSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        IsCapitalized(text, tokens, i) && !IsSentenceInitial(text, tokens, i);

    /// <summary>Whether token <paramref name="i"/> is a word of two or more letters, all capitals (<c>DOCUMENT</c>, <c>ARMY</c>).</summary>
    public static bool IsAllCapsWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        (uint)i < (uint)tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Length > 1 && CaseRules.IsAllUpper(tokens[i].In(text));

    /// <summary>Whether token <paramref name="i"/> exists and is <paramref name="word"/>, ignoring case and accents.</summary>
    public static bool Is(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, string word)
    {
        if ((uint)i >= (uint)tokens.Length || tokens[i].Length != word.Length)
        {
            return false;
        }
        ReadOnlySpan<char> token = tokens[i].In(text);
        for (int c = 0; c < token.Length; c++)
        {
            if (TextFolding.Fold(token[c]) != word[c])
            {
                return false;
            }
        }
        return true;
    }
}
