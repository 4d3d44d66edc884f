using System.Collections.Frozen;

namespace NewsExtraction.Text;

/// <summary>
/// The language of one sentence, for choosing its entity model: the document's, unless the sentence is clearly in
/// the other language — an English photo caption or "Follow us on Google News" line in a French article.
/// </summary>
/// <remarks>
/// Most sentences are settled by counting small function words, which costs a lookup per short lower-case word;
/// only a sentence with more of the other language's function words than of its document's goes to the
/// <see cref="LanguageIdentifier"/>.
/// </remarks>
internal static class SentenceLanguage
{
    // Frequent in one language and rare in the other as lower-case words; "on", "a", "en", "in", "as" are left out
    // because both languages use them.
    private static readonly FrozenDictionary<string, Language>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = BuildFunctionWords();

    private static readonly int MaxFunctionWordLength = FunctionWords.Dictionary.Keys.Max(word => word.Length);

    /// <summary>
    /// The language of the sentence made of <paramref name="tokens"/> (ranges of <paramref name="text"/>) in a document
    /// of <paramref name="documentLanguage"/>: the other of French and English when the sentence is clearly in it,
    /// else <paramref name="documentLanguage"/>.
    /// </summary>
    public static Language Of(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Language documentLanguage)
    {
        Language other = documentLanguage switch
        {
            Language.French => Language.English,
            Language.English => Language.French,
            _ => Language.Unknown,
        };
        if (other == Language.Unknown || tokens.IsEmpty)
        {
            return documentLanguage;
        }
        int own = 0, foreign = 0;
        Span<char> lowered = stackalloc char[MaxFunctionWordLength];
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (token.Kind == TokenKind.Elision)
            {
                (other == Language.French ? ref foreign : ref own)++;
                continue;
            }
            if (token.Kind != TokenKind.Word || token.Length > MaxFunctionWordLength)
            {
                continue;
            }
            // Function words are written in lower case, but for the sentence's first word ("Le", "The").
            scoped ReadOnlySpan<char> word = token.In(text);
            if (!char.IsLower(word[0]))
            {
                if (i > 0)
                {
                    continue;
                }
                word.ToLowerInvariant(lowered);
                word = lowered[..word.Length];
            }
            if (FunctionWords.TryGetValue(word, out Language language))
            {
                (language == other ? ref foreign : ref own)++;
            }
        }
        if (foreign <= own)
        {
            return documentLanguage;
        }
        ReadOnlySpan<char> sentence = text[tokens[0].Start..tokens[^1].End];
        return LanguageIdentifier.Default.Identify(sentence) == other ? other : documentLanguage;
    }

    private static FrozenDictionary<string, Language>.AlternateLookup<ReadOnlySpan<char>> BuildFunctionWords()
    {
        string[] french =
        [
            "le", "la", "les", "de", "des", "du", "et", "à", "au", "aux", "un", "une", "est", "sont", "pour", "dans", "sur",
            "que", "qui", "il", "elle", "ils", "ne", "pas", "ce", "cette", "se", "son", "sa", "ses", "leur", "nous", "vous",
            "ont", "été", "par", "avec", "mais", "ou", "où", "plus",
        ];
        string[] english =
        [
            "the", "and", "of", "to", "for", "with", "is", "are", "was", "were", "this", "that", "from", "by", "at", "have",
            "has", "had", "will", "be", "it", "its", "his", "her", "their", "they", "which", "us", "we", "our", "who", "but",
            "or", "not", "after", "about",
        ];
        var words = new Dictionary<string, Language>(StringComparer.Ordinal);
        foreach (string word in french)
        {
            words.Add(word, Language.French);
        }
        foreach (string word in english)
        {
            words.Add(word, Language.English);
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
