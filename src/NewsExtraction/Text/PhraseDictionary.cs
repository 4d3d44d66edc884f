using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace NewsExtraction.Text;

/// <summary>
/// A frozen dictionary of phrases — token sequences compared after <see cref="TextFolding"/> — matched
/// over a document's tokens without allocating: the tokens of a candidate are folded into a stack buffer,
/// joined by single spaces, and looked up by span, one token longer at a time while a longer phrase exists.
/// Thread-safe.
/// </summary>
internal sealed class PhraseDictionary
{
    /// <summary>The longest key, in characters; longer phrases are rejected when the dictionary is built.</summary>
    public const int MaxKeyLength = 128;

    private const int FilterBits = 1 << 16;

    private readonly FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _nodes;
    private readonly ulong[] _firstTokens = new ulong[FilterBits / 64];

    /// <summary>Builds the dictionary from phrases already turned into keys by <see cref="KeyOf"/>.</summary>
    /// <exception cref="ArgumentException">A key is empty, too long or given twice.</exception>
    public PhraseDictionary(IEnumerable<KeyValuePair<string, int>> phrases)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach ((string key, int value) in phrases)
        {
            if (key.Length is 0 or > MaxKeyLength)
            {
                throw new ArgumentException($"Phrase key '{key}' is empty or longer than {MaxKeyLength} characters.", nameof(phrases));
            }
            if (nodes.TryGetValue(key, out Node existing) && existing.Value >= 0)
            {
                throw new ArgumentException($"Phrase key '{key}' is given twice.", nameof(phrases));
            }
            nodes[key] = new Node(value, existing.HasLonger);
            int firstSpace = key.IndexOf(' ');
            uint hash = Hash(firstSpace < 0 ? key : key.AsSpan(0, firstSpace));
            _firstTokens[hash >> 6] |= 1UL << (int)(hash & 63);
            // Every shorter run of whole tokens is a prefix that may lead here.
            for (int space = key.LastIndexOf(' '); space > 0; space = key.LastIndexOf(' ', space - 1))
            {
                string prefix = key[..space];
                nodes[prefix] = nodes.TryGetValue(prefix, out Node p) ? p with { HasLonger = true } : new Node(-1, true);
            }
        }
        _nodes = nodes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The key of <paramref name="phrase"/>: its tokens, folded, joined by single spaces.</summary>
    public static string KeyOf(string phrase)
    {
        Token[] tokens = ArrayPool<Token>.Shared.Rent(Math.Max(1, phrase.Length));
        try
        {
            int count = Tokenizer.Tokenize(phrase, tokens);
            var key = new System.Text.StringBuilder(phrase.Length);
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    key.Append(' ');
                }
                key.Append(TextFolding.Fold(phrase.Substring(tokens[i].Start, tokens[i].Length)));
            }
            return key.ToString();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    /// <summary>
    /// Writes into <paramref name="hits"/> every phrase that starts at token <paramref name="start"/>, shortest
    /// first, and returns how many there are (at most <c>hits.Length</c>).
    /// </summary>
    [SkipLocalsInit]
    public int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, Span<PhraseHit> hits)
    {
        Token first = tokens[start];
        if (first.Length > MaxKeyLength)
        {
            return 0;
        }
        Span<char> key = stackalloc char[MaxKeyLength];
        TextFolding.Fold(text.Slice(first.Start, first.Length), key);
        uint firstHash = Hash(key[..first.Length]);
        if ((_firstTokens[firstHash >> 6] & (1UL << (int)(firstHash & 63))) == 0)
        {
            return 0;
        }
        int length = 0;
        int count = 0;
        for (int i = start; i < tokens.Length && count < hits.Length; i++)
        {
            Token token = tokens[i];
            int needed = length + (i > start ? 1 : 0) + token.Length;
            if (needed > MaxKeyLength)
            {
                break;
            }
            if (i > start)
            {
                key[length++] = ' ';
                TextFolding.Fold(text.Slice(token.Start, token.Length), key[length..]);
            }
            length += token.Length;
            if (!_nodes.TryGetValue(key[..length], out Node node))
            {
                break;
            }
            if (node.Value >= 0)
            {
                hits[count++] = new PhraseHit(i - start + 1, node.Value);
            }
            if (!node.HasLonger)
            {
                break;
            }
        }
        return count;
    }

    /// <summary>Looks up the phrase made of tokens <c>[first, first + count)</c>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count, out int value)
    {
        Span<PhraseHit> hits = stackalloc PhraseHit[16];
        int n = Match(text, tokens, first, hits);
        for (int i = 0; i < n; i++)
        {
            if (hits[i].TokenCount == count)
            {
                value = hits[i].Value;
                return true;
            }
        }
        value = -1;
        return false;
    }

    /// <summary>Looks up a one-token phrase given by its characters (a part of a hyphenated word, say).</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out int value)
    {
        value = -1;
        if (word.Length is 0 or > MaxKeyLength)
        {
            return false;
        }
        Span<char> key = stackalloc char[word.Length];
        TextFolding.Fold(word, key);
        if (_nodes.TryGetValue(key, out Node node) && node.Value >= 0)
        {
            value = node.Value;
            return true;
        }
        return false;
    }

    // FNV-1a over the folded characters, folded to the filter's 16 bits.
    private static uint Hash(ReadOnlySpan<char> folded)
    {
        uint hash = 2166136261;
        foreach (char c in folded)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (hash ^ (hash >> 16)) & (FilterBits - 1);
    }

    private readonly record struct Node(int Value, bool HasLonger);
}
