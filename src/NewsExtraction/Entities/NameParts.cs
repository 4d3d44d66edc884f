using NewsExtraction.Entities.Training;

namespace NewsExtraction.Entities;

/// <summary>
/// How words are used inside the names of annotated text: per word (as written), bits <c>2t</c> and <c>2t + 1</c>
/// when at least a quarter of its uses inside names are the first word, or a later word, of a name of type t, and
/// <see cref="MostlyInNames"/> when at least half of all its uses are inside names. <c>Tosu</c>, <c>Towers</c>, <c>FC</c>
/// or <c>Modrić</c> carry their type even in a sentence where the name as a whole was never seen.
/// </summary>
internal sealed class NameParts
{
    public const int MostlyInNames = 1 << 30;

    private readonly HashLookup _parts;

    /// <param name="parts">Word hash (<see cref="TokenHashes.Word"/>) → bits.</param>
    public NameParts(IReadOnlyCollection<KeyValuePair<ulong, int>> parts) => _parts = new HashLookup(parts);

    public static NameParts Empty { get; } = new([]);

    /// <summary>Entries sorted by hash, for a deterministic model file.</summary>
    public KeyValuePair<ulong, int>[] Entries => _parts.Entries();

    /// <summary>The bits of a word, or 0.</summary>
    public int Of(ulong wordHash) => _parts.TryGetValue(wordHash, out int bits) ? bits : 0;

    /// <summary>Counts the uses of every word of <paramref name="sentences"/> inside and outside names of <paramref name="types"/>.</summary>
    public static NameParts Learn(IEnumerable<LabeledSentence> sentences, IReadOnlyList<string> types)
    {
        // Per word: uses as the first word and as a later word of each type, then all uses.
        var counts = new Dictionary<ulong, int[]>();
        foreach (LabeledSentence sentence in sentences)
        {
            for (int i = 0; i < sentence.Tokens.Count; i++)
            {
                ulong word = TokenHashes.WordOf(sentence.Tokens[i]);
                if (!counts.TryGetValue(word, out int[]? uses))
                {
                    counts[word] = uses = new int[(2 * types.Count) + 1];
                }
                uses[^1]++;
                string label = sentence.Labels[i];
                int type = LabeledSentence.TypeIndex(types, label);
                if (type >= 0)
                {
                    uses[(2 * type) + (label[0] == 'B' ? 0 : 1)]++;
                }
            }
        }
        var parts = new List<KeyValuePair<ulong, int>>();
        foreach ((ulong word, int[] uses) in counts)
        {
            int inNames = 0;
            for (int k = 0; k < uses.Length - 1; k++)
            {
                inNames += uses[k];
            }
            if (inNames == 0 || word == 0)
            {
                continue;
            }
            int bits = inNames * 2 >= uses[^1] ? MostlyInNames : 0;
            for (int k = 0; k < uses.Length - 1; k++)
            {
                if (uses[k] * 4 >= inNames)
                {
                    bits |= 1 << k;
                }
            }
            parts.Add(new(word, bits));
        }
        return new NameParts(parts);
    }
}
