using System.Buffers;
using Microsoft.ML.Tokenizers;
using NewsExtraction.Text;
using MLTokenizer = Microsoft.ML.Tokenizers.Tokenizer;

namespace NewsExtraction.ML;

/// <summary>
/// NewsExtraction's French and English word tokenizer as a <see cref="MLTokenizer"/>: words, numbers and punctuation
/// with their offsets in the text, French elisions split after their apostrophe (<c>l’</c> <c>ambassadeur</c>),
/// English clitics before it (<c>Putin</c> <c>'s</c>), quotation marks tokens of their own. Thread-safe.
/// </summary>
/// <remarks>
/// The tokenizer has no vocabulary: a token's <see cref="EncodedToken.Id"/> is a stable 31-bit hash of its text
/// (FNV-1a), the same in every process, for hashing featurizers. Ids cannot be decoded back to text.
/// </remarks>
public sealed class NewsTokenizer : MLTokenizer
{
    private NewsTokenizer()
    {
    }

    /// <summary>Creates the tokenizer. It needs no language: the same rules serve French and English.</summary>
    public static NewsTokenizer Create() => new();

    /// <summary>The id of a token's text: a stable 31-bit FNV-1a hash.</summary>
    /// <param name="token">The token's text.</param>
    public static int IdOf(ReadOnlySpan<char> token)
    {
        uint hash = 2166136261;
        foreach (char c in token)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (int)(hash & 0x7FFF_FFFF);
    }

    /// <inheritdoc/>
    protected override EncodeResults<EncodedToken> EncodeToTokens(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings)
    {
        ReadOnlySpan<char> input = text is null ? textSpan : text.AsSpan();
        if (input.IsEmpty)
        {
            return new EncodeResults<EncodedToken> { Tokens = [], CharsConsumed = 0 };
        }
        Token[] buffer = ArrayPool<Token>.Shared.Rent(input.Length);
        try
        {
            int total = NewsExtraction.Text.Tokenizer.Tokenize(input, buffer);
            int count = Math.Min(total, settings.MaxTokenCount);
            var tokens = new List<EncodedToken>(count);
            for (int i = 0; i < count; i++)
            {
                Token token = buffer[i];
                ReadOnlySpan<char> value = token.In(input);
                tokens.Add(new EncodedToken(IdOf(value), value.ToString(), new Range(token.Start, token.End)));
            }
            // All of the text is consumed unless MaxTokenCount cut it short.
            int consumed = count == total ? input.Length : buffer[count - 1].End;
            return new EncodeResults<EncodedToken> { Tokens = tokens, CharsConsumed = consumed };
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>Not supported: hashed ids cannot be turned back into text.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override string Decode(IEnumerable<int> ids) =>
        throw new NotSupportedException("NewsTokenizer ids are hashes of the token text; they cannot be decoded. Use the tokens' values and offsets.");

    /// <summary>Not supported: hashed ids cannot be turned back into text.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override OperationStatus Decode(IEnumerable<int> ids, Span<char> destination, out int idsConsumed, out int charsWritten) =>
        throw new NotSupportedException("NewsTokenizer ids are hashes of the token text; they cannot be decoded. Use the tokens' values and offsets.");
}
