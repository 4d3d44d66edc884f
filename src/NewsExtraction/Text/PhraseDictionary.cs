using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsExtraction.Text;

/// <summary>
/// A read-only dictionary of phrases — token sequences compared after <see cref="TextFolding"/> — matched
/// over a document's tokens without allocating: the tokens of a candidate, read from the text folded once per
/// document (<see cref="Pipeline.DocumentContext.FoldedText"/>), are joined by single spaces in a stack buffer
/// and looked up one token longer at a time while a longer phrase exists. The key's
/// hash grows with it (FNV-1a continues over the added characters), so a longer candidate costs only its new
/// token rather than a hash of the whole span, and building the table is one pass (a frozen dictionary's
/// analysis of its keys was a noticeable part of start-up). Thread-safe.
/// </summary>
internal sealed class PhraseDictionary
{
    /// <summary>The longest key, in characters; longer phrases are rejected when the dictionary is built.</summary>
    public const int MaxKeyLength = 128;

    private const int FilterBits = 1 << 16;

    private const ulong HashSeed = 14695981039346656037, HashPrime = 1099511628211;

    private readonly ulong[] _firstTokens = new ulong[FilterBits / 64];

    // A test of a candidate's first token before it is hashed: most tokens of a text fail it.
    private readonly WordShapeFilter _firstShapes;

    // Open addressing with linear probing: a slot holds 1 + the index of its entry, 0 when empty.
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly ulong[] _hashes;
    private readonly string[] _keys;
    private readonly Node[] _nodes;

    /// <summary>Builds the dictionary from phrases already turned into keys by <see cref="KeyOf"/>.</summary>
    /// <exception cref="ArgumentException">A key is empty, too long or given twice.</exception>
    public PhraseDictionary(IEnumerable<KeyValuePair<string, int>> phrases)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var firstTokens = new List<string>();
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
            ReadOnlySpan<char> firstToken = firstSpace < 0 ? key : key.AsSpan(0, firstSpace);
            if (!firstToken.IsEmpty)
            {
                firstTokens.Add(firstToken.ToString());
            }
            uint filter = Filter(Hash(HashSeed, firstToken));
            _firstTokens[filter >> 6] |= 1UL << (int)(filter & 63);
            // Every shorter run of whole tokens is a prefix that may lead here.
            for (int space = key.LastIndexOf(' '); space > 0; space = key.LastIndexOf(' ', space - 1))
            {
                string prefix = key[..space];
                nodes[prefix] = nodes.TryGetValue(prefix, out Node p) ? p with { HasLonger = true } : new Node(-1, true);
            }
        }
        _firstShapes = new WordShapeFilter(firstTokens);
        _slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)nodes.Count * 2))];
        _mask = _slots.Length - 1;
        _hashes = new ulong[nodes.Count];
        _keys = new string[nodes.Count];
        _nodes = new Node[nodes.Count];
        int index = 0;
        foreach ((string key, Node node) in nodes)
        {
            ulong hash = Hash(HashSeed, key);
            int slot = (int)hash & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = index + 1;
            (_hashes[index], _keys[index], _nodes[index]) = (hash, key, node);
            index++;
        }
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
    /// first, and returns how many there are (at most <c>hits.Length</c>). <paramref name="folded"/> is the text the
    /// tokens index, folded by <see cref="TextFolding"/> (same offsets).
    /// </summary>
    [SkipLocalsInit]
    public int Match(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int start, Span<PhraseHit> hits)
    {
        Token first = tokens[start];
        if (first.Length > MaxKeyLength)
        {
            return 0;
        }
        ReadOnlySpan<char> head = folded.Slice(first.Start, first.Length);
        if (!_firstShapes.MayContain(head))
        {
            return 0;
        }
        ulong hash = Hash(HashSeed, head);
        uint filter = Filter(hash);
        if ((_firstTokens[filter >> 6] & (1UL << (int)(filter & 63))) == 0)
        {
            return 0;
        }
        Span<char> key = stackalloc char[MaxKeyLength];
        head.CopyTo(key);
        int length = first.Length;
        int count = 0;
        for (int i = start; i < tokens.Length && count < hits.Length; i++)
        {
            if (i > start)
            {
                Token token = tokens[i];
                int needed = length + 1 + token.Length;
                if (needed > MaxKeyLength)
                {
                    break;
                }
                key[length] = ' ';
                folded.Slice(token.Start, token.Length).CopyTo(key[(length + 1)..]);
                hash = Hash(hash, key.Slice(length, token.Length + 1));
                length = needed;
            }
            if (!TryGetNode(hash, key[..length], out Node node))
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

    /// <summary>Looks up the phrase made of tokens <c>[first, first + count)</c> of the <paramref name="folded"/> text.</summary>
    public bool TryGetValue(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int first, int count, out int value)
    {
        Span<PhraseHit> hits = stackalloc PhraseHit[16];
        int n = Match(folded, tokens, first, hits);
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
        if (TryGetNode(Hash(HashSeed, key), key, out Node node) && node.Value >= 0)
        {
            value = node.Value;
            return true;
        }
        return false;
    }

    private bool TryGetNode(ulong hash, ReadOnlySpan<char> key, out Node node)
    {
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0)
            {
                node = default;
                return false;
            }
            if (_hashes[entry] == hash && key.SequenceEqual(_keys[entry]))
            {
                node = _nodes[entry];
                return true;
            }
        }
    }

    // FNV-1a (64-bit) over folded characters, continuing from hash: the hash of a key extended by some characters
    // is the key's hash continued over them.
    private static ulong Hash(ulong hash, ReadOnlySpan<char> folded)
    {
        foreach (char c in folded)
        {
            hash = (hash ^ c) * HashPrime;
        }
        return hash;
    }

    // The first-token filter's 16 bits of a hash.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Filter(ulong hash) => (uint)(hash ^ (hash >> 32) ^ (hash >> 16)) & (FilterBits - 1);

    private readonly record struct Node(int Value, bool HasLonger);
}
