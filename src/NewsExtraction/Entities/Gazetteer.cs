using System.Buffers;
using NewsExtraction.Entities.Training;
using NewsExtraction.Text;

namespace NewsExtraction.Entities;

/// <summary>
/// Multi-token names matched longest-first over a sentence's token hashes: countries, their demonyms and capitals
/// (lower-cased), or the names annotated in training text (as written). Only hashes are kept, so a model carries
/// its lists without their text.
/// </summary>
internal sealed class Gazetteer
{
    public const byte Name = 1, Demonym = 2, Capital = 4;

    // Set on the hash of a token sequence that starts a longer entry, so matching can go on.
    public const byte Prefix = 0x80;

    private readonly HashLookup _entries;

    /// <param name="entries">Hash of a token sequence → kinds, with <c>0x80</c> on sequences that start longer entries.</param>
    /// <param name="caseSensitive">
    /// Whether to match words as written (<see cref="TokenHashes.Word"/>) into <see cref="TokenHashes.Lexicon"/>
    /// (names of annotated text) rather than lower-cased into <see cref="TokenHashes.Gazetteer"/> (countries).
    /// </param>
    public Gazetteer(IEnumerable<KeyValuePair<ulong, byte>> entries, bool caseSensitive = false)
    {
        _entries = new HashLookup(entries as IReadOnlyCollection<KeyValuePair<ulong, byte>> ?? [.. entries]);
        CaseSensitive = caseSensitive;
    }

    public bool CaseSensitive { get; }

    /// <summary>
    /// The names annotated in <paramref name="sentences"/>, matched as written: a name's kinds are the bits
    /// <c>1 &lt;&lt; t</c> of the types t (at most seven) it has in at least a quarter of its occurrences.
    /// </summary>
    public static Gazetteer Names(IEnumerable<LabeledSentence> sentences, IReadOnlyList<string> types)
    {
        var byName = new Dictionary<ulong, int[]>();
        var prefixes = new HashSet<ulong>();
        foreach (LabeledSentence sentence in sentences)
        {
            IReadOnlyList<string> labels = sentence.Labels;
            for (int i = 0; i < labels.Count; i++)
            {
                int type = labels[i].StartsWith("B-", StringComparison.Ordinal) ? LabeledSentence.TypeIndex(types, labels[i]) : -1;
                if (type is < 0 or >= 7)
                {
                    continue;
                }
                ulong hash = FeatureHash.Combine(FeatureHash.Seed, TokenHashes.WordOf(sentence.Tokens[i]));
                for (int end = i + 1; end < labels.Count && labels[end][0] == 'I' && LabeledSentence.TypeIndex(types, labels[end]) == type; end++)
                {
                    prefixes.Add(hash);
                    hash = FeatureHash.Combine(hash, TokenHashes.WordOf(sentence.Tokens[end]));
                }
                if (!byName.TryGetValue(hash, out int[]? counts))
                {
                    byName[hash] = counts = new int[types.Count];
                }
                counts[type]++;
            }
        }
        var entries = new Dictionary<ulong, byte>();
        foreach (ulong prefix in prefixes)
        {
            entries[prefix] = Prefix;
        }
        foreach ((ulong hash, int[] counts) in byName)
        {
            int total = counts.Sum();
            entries.TryGetValue(hash, out byte kinds);
            for (int t = 0; t < counts.Length; t++)
            {
                if (counts[t] * 4 >= total)
                {
                    kinds |= (byte)(1 << t);
                }
            }
            entries[hash] = kinds;
        }
        return new Gazetteer(entries, caseSensitive: true);
    }

    public static Gazetteer Empty { get; } = new([]);

    /// <summary>Entries sorted by hash, for a deterministic model file.</summary>
    public KeyValuePair<ulong, byte>[] Entries => [.. _entries.Entries().Select(e => new KeyValuePair<ulong, byte>(e.Key, (byte)e.Value))];

    /// <summary>Reads the names, demonyms and capitals of <c>countries.tsv</c> (../shared/data/gazetteer).</summary>
    public static Gazetteer ReadCountries(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split('\t');
        (string Column, byte Kind)[] columns =
        [
            ("en_names", Name), ("fr_names", Name),
            ("en_demonym_adj", Demonym), ("en_demonym_nouns", Demonym), ("fr_adj_m_sg", Demonym), ("fr_adj_f_sg", Demonym),
            ("fr_adj_m_pl", Demonym), ("fr_adj_f_pl", Demonym), ("fr_noun_forms", Demonym),
            ("en_capital", Capital), ("fr_capital", Capital),
        ];
        var entries = new Dictionary<ulong, byte>();
        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split('\t');
            foreach ((string column, byte kind) in columns)
            {
                int index = Array.IndexOf(header, column);
                if (index < 0 || index >= cells.Length)
                {
                    continue;
                }
                foreach (string name in cells[index].Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Add(entries, name, kind);
                }
            }
        }
        return new Gazetteer(entries);
    }

    /// <summary>
    /// Sets <see cref="TokenHashes.Gazetteer"/> (or <see cref="TokenHashes.Lexicon"/>) on every token covered by a longest
    /// match: the match's kinds times two, plus one after its first token. The tokens are unmarked (0, as described).
    /// </summary>
    public void Mark(Span<TokenHashes> tokens)
    {
        if (_entries.Count == 0)
        {
            return;
        }
        for (int start = 0; start < tokens.Length;)
        {
            // Most words are no entry: their own entry, known from their description, settles them without hashing.
            int flags = Entry(ref tokens[start]);
            if (flags is TokenHashes.NoEntry or 0)
            {
                start++;
                continue;
            }
            ulong hash = FeatureHash.Seed;
            int matchEnd = start;
            byte matchKind = 0;
            for (int end = start; end < tokens.Length; end++)
            {
                hash = FeatureHash.Combine(hash, Key(tokens[end]));
                if (end > start && !_entries.TryGetValue(hash, out flags))
                {
                    break;
                }
                if ((flags & ~Prefix) != 0)
                {
                    matchEnd = end + 1;
                    matchKind = (byte)(flags & ~Prefix);
                }
                if ((flags & Prefix) == 0)
                {
                    break;
                }
            }
            if (matchEnd == start)
            {
                start++;
                continue;
            }
            for (int i = start; i < matchEnd; i++)
            {
                Target(ref tokens[i]) = (matchKind * 2) + (i == start ? 0 : 1);
            }
            start = matchEnd;
        }
    }

    private ref int Target(ref TokenHashes token) => ref CaseSensitive ? ref token.Lexicon : ref token.Gazetteer;

    private ulong Key(in TokenHashes token) => CaseSensitive ? token.Word : token.Lower;

    /// <summary>The flags of <paramref name="token"/> alone (with <see cref="Prefix"/>), or <see cref="TokenHashes.NoEntry"/>.</summary>
    public int EntryOf(in TokenHashes token) =>
        _entries.TryGetValue(FeatureHash.Combine(FeatureHash.Seed, Key(token)), out int flags) ? flags : TokenHashes.NoEntry;

    // The token's own entry, looked up now unless it was when the token was described.
    private int Entry(ref TokenHashes token)
    {
        ref int entry = ref CaseSensitive ? ref token.LexiconEntry : ref token.GazetteerEntry;
        return entry != TokenHashes.NotLookedUp ? entry : EntryOf(token);
    }

    private static void Add(Dictionary<ulong, byte> entries, string name, byte kind)
    {
        ulong[] hashes = SequenceHashes(name);
        for (int i = 0; i < hashes.Length; i++)
        {
            entries.TryGetValue(hashes[i], out byte flags);
            entries[hashes[i]] = (byte)(flags | (i == hashes.Length - 1 ? kind : Prefix));
        }
    }

    /// <summary>
    /// The hashes of the lower-cased token sequences that start <paramref name="name"/>, as tokenized text is matched:
    /// the first token's, the first two's, … the whole name's (last).
    /// </summary>
    public static ulong[] SequenceHashes(string name)
    {
        Token[] buffer = ArrayPool<Token>.Shared.Rent(name.Length + 1);
        int count = Tokenizer.Tokenize(name, buffer);
        var hashes = new ulong[count];
        ulong hash = FeatureHash.Seed;
        for (int i = 0; i < count; i++)
        {
            hash = FeatureHash.Combine(hash, TokenHashes.Of(buffer[i].In(name)).Lower);
            hashes[i] = hash;
        }
        ArrayPool<Token>.Shared.Return(buffer);
        return hashes;
    }
}
