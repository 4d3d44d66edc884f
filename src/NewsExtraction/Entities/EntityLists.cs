namespace NewsExtraction.Entities;

/// <summary>
/// Lists of organisations, given names, surnames and places (<c>../shared/data/gazetteer</c>), read at training and
/// kept in the model as hashes of their lower-cased token sequences. Each token gets, per list, its position in the
/// leftmost longest match of that list (begin, inside, end, single) and whether it is itself an entry: lists of
/// names never seen in annotated text, so that a company or a town the training data lack still looks like one.
/// </summary>
internal sealed class EntityLists
{
    /// <summary>The lists, in the order of their bits.</summary>
    public const int Organization = 0, GivenName = 1, Surname = 2, Place = 3, Kinds = 4;

    /// <summary>Positions in a match, three bits per list in <see cref="TokenHashes.Lists"/>.</summary>
    public const int Begin = 1, Inside = 2, End = 3, Single = 4;

    /// <summary>Set in <see cref="TokenHashes.Lists"/> (above the positions) when the token alone is an entry of list k.</summary>
    public const int EntryShift = 3 * Kinds;

    /// <summary>The positions of all lists, without the entry bits.</summary>
    public const int PositionMask = (1 << EntryShift) - 1;

    // Hash of a lower-cased token sequence → bit k: an entry of list k; bit Kinds + k: starts a longer entry of list k.
    private readonly HashLookup _entries;

    /// <param name="entries">Hash of a token sequence (see <see cref="Gazetteer.SequenceHashes"/>) → bits as above.</param>
    public EntityLists(IReadOnlyCollection<KeyValuePair<ulong, int>> entries) => _entries = new HashLookup(entries);

    public static EntityLists Empty { get; } = new([]);

    /// <summary>Entries sorted by hash, for a deterministic model file.</summary>
    public KeyValuePair<ulong, int>[] Entries => _entries.Entries();

    /// <summary>
    /// Reads gazetteer files, each recognised by its header: <c>organizations.tsv</c> (columns <c>name</c> and <c>short</c>),
    /// <c>person_names.tsv</c> (<c>name</c>, <c>part</c>: given or surname) and <c>places.tsv</c> (<c>name</c>, <c>population</c>).
    /// </summary>
    /// <exception cref="FormatException">A file is none of these.</exception>
    public static EntityLists Read(IEnumerable<string> paths)
    {
        var entries = new Dictionary<ulong, int>();
        foreach (string path in paths)
        {
            using var reader = new StreamReader(path);
            (int name, int shortName, int part, bool places) = Columns(reader.ReadLine() ?? "");
            if (name < 0)
            {
                throw new FormatException($"{path}: not an organisation, person name or place list (its header has no name with short, part or population)");
            }
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                string[] cells = line.Split('\t');
                if (name >= cells.Length || part >= cells.Length)
                {
                    continue;
                }
                int kind = shortName >= 0 ? Organization : places ? Place : cells[part] == "given" ? GivenName : Surname;
                Add(entries, cells[name], kind);
                if (shortName >= 0 && shortName < cells.Length)
                {
                    Add(entries, cells[shortName], kind);
                }
            }
        }
        return new EntityLists([.. entries]);
    }

    /// <summary>Whether <paramref name="headerLine"/> is the header of a list <see cref="Read"/> takes.</summary>
    public static bool IsListHeader(string headerLine) => Columns(headerLine).Name >= 0;

    /// <summary>The columns of a list's header; <c>Name</c> is -1 when it is none of the lists.</summary>
    private static (int Name, int Short, int Part, bool Places) Columns(string headerLine)
    {
        string[] header = headerLine.Split('\t');
        int name = Array.IndexOf(header, "name"), shortName = Array.IndexOf(header, "short"), part = Array.IndexOf(header, "part");
        bool places = Array.IndexOf(header, "population") >= 0;
        return (shortName < 0 && part < 0 && !places ? -1 : name, shortName, part, places);
    }

    /// <summary>Sets <see cref="TokenHashes.Lists"/> on every token from its <see cref="TokenHashes.Lower"/> hash; the tokens are unmarked (0, as described).</summary>
    public void Mark(Span<TokenHashes> tokens)
    {
        if (_entries.Count == 0)
        {
            return;
        }
        // Per list, the end of the match a token is in: a list's matches do not overlap, the leftmost longest wins.
        Span<int> covered = stackalloc int[Kinds];
        Span<int> ends = stackalloc int[Kinds];
        covered.Clear();
        for (int start = 0; start < tokens.Length; start++)
        {
            // Most words are no entry: their own entry, known from their description, settles them without hashing.
            int bits = tokens[start].ListsEntry != TokenHashes.NotLookedUp ? tokens[start].ListsEntry : EntryOf(tokens[start]);
            if (bits == TokenHashes.NoEntry)
            {
                continue;
            }
            ulong hash = FeatureHash.Seed;
            ends.Fill(start);
            for (int end = start; end < tokens.Length; end++)
            {
                hash = FeatureHash.Combine(hash, tokens[end].Lower);
                if (end > start && !_entries.TryGetValue(hash, out bits))
                {
                    break;
                }
                if (end == start)
                {
                    tokens[start].Lists |= (bits & ((1 << Kinds) - 1)) << EntryShift;
                }
                for (int k = 0; k < Kinds; k++)
                {
                    if ((bits & (1 << k)) != 0)
                    {
                        ends[k] = end + 1;
                    }
                }
                if (bits >> Kinds == 0)
                {
                    break;
                }
            }
            for (int k = 0; k < Kinds; k++)
            {
                if (start < covered[k] || ends[k] == start)
                {
                    continue;
                }
                covered[k] = ends[k];
                for (int i = start; i < ends[k]; i++)
                {
                    int position = ends[k] - start == 1 ? Single : i == start ? Begin : i == ends[k] - 1 ? End : Inside;
                    tokens[i].Lists |= position << (3 * k);
                }
            }
        }
    }

    /// <summary>The bits of <paramref name="token"/> alone, or <see cref="TokenHashes.NoEntry"/>.</summary>
    public int EntryOf(in TokenHashes token) =>
        _entries.TryGetValue(FeatureHash.Combine(FeatureHash.Seed, token.Lower), out int bits) ? bits : TokenHashes.NoEntry;

    private static void Add(Dictionary<ulong, int> entries, string name, int kind)
    {
        if (name.Length == 0)
        {
            return;
        }
        ulong[] hashes = Gazetteer.SequenceHashes(name);
        for (int i = 0; i < hashes.Length; i++)
        {
            entries.TryGetValue(hashes[i], out int bits);
            entries[hashes[i]] = bits | (1 << (i == hashes.Length - 1 ? kind : Kinds + kind));
        }
    }
}
