using System.Buffers;
using NewsExtraction.Text;

namespace NewsExtraction.Entities;

/// <summary>
/// Multi-token names (countries, their demonyms, their capitals) matched longest-first over a sentence's
/// lower-cased token hashes. Only hashes are kept, so a model carries its gazetteer without its text.
/// </summary>
internal sealed class Gazetteer
{
    public const byte Name = 1, Demonym = 2, Capital = 4;

    // Set on the hash of a token sequence that starts a longer entry, so matching can go on.
    private const byte Prefix = 0x80;

    private readonly HashLookup _entries;

    public Gazetteer(IEnumerable<KeyValuePair<ulong, byte>> entries) => _entries = new HashLookup([.. entries.Select(e => new KeyValuePair<ulong, int>(e.Key, e.Value))]);

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

    /// <summary>Sets <see cref="TokenHashes.Gazetteer"/> on every token covered by a longest match.</summary>
    public void Mark(Span<TokenHashes> tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i].Gazetteer = 0;
        }
        if (_entries.Count == 0)
        {
            return;
        }
        for (int start = 0; start < tokens.Length;)
        {
            ulong hash = FeatureHash.Seed;
            int matchEnd = start;
            byte matchKind = 0;
            for (int end = start; end < tokens.Length; end++)
            {
                hash = FeatureHash.Combine(hash, tokens[end].Lower);
                if (!_entries.TryGetValue(hash, out int flags))
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
                tokens[i].Gazetteer = (matchKind * 2) + (i == start ? 0 : 1);
            }
            start = matchEnd;
        }
    }

    private static void Add(Dictionary<ulong, byte> entries, string name, byte kind)
    {
        Token[] buffer = ArrayPool<Token>.Shared.Rent(name.Length + 1);
        int count = Tokenizer.Tokenize(name, buffer);
        ulong hash = FeatureHash.Seed;
        for (int i = 0; i < count; i++)
        {
            hash = FeatureHash.Combine(hash, TokenHashes.Of(buffer[i].In(name)).Lower);
            entries.TryGetValue(hash, out byte flags);
            entries[hash] = (byte)(flags | (i == count - 1 ? kind : Prefix));
        }
        ArrayPool<Token>.Shared.Return(buffer);
    }
}
