namespace NewsExtraction.Entities.Training;

/// <summary>Counts gold, predicted and correct entities over BIO label sequences, with conlleval's chunk rules.</summary>
internal sealed class EntityEvaluator
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted label sequences differ in length.", nameof(predicted));
        }
        List<(int Start, int End, string Type)> goldChunks = Chunks(gold);
        List<(int Start, int End, string Type)> predictedChunks = Chunks(predicted);
        var goldSet = new HashSet<(int, int, string)>(goldChunks);
        foreach ((int _, int _, string type) in goldChunks)
        {
            Update(type, gold: 1);
        }
        foreach ((int start, int end, string type) chunk in predictedChunks)
        {
            Update(chunk.type, predicted: 1, correct: goldSet.Contains(chunk) ? 1 : 0);
        }
    }

    public EntityEvaluation Result() =>
        new([.. _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new EntityScore(c.Key, c.Value.Gold, c.Value.Predicted, c.Value.Correct))]);

    /// <summary>
    /// The entities of a label sequence as conlleval sees them: a chunk starts at B-X, or at I-X after anything
    /// but X; it ends before O, B-, or a label of another type.
    /// </summary>
    private static List<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> labels)
    {
        var chunks = new List<(int, int, string)>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= labels.Count; i++)
        {
            string label = i < labels.Count ? labels[i] : "O";
            bool inside = label.StartsWith("I-", StringComparison.Ordinal);
            string labelType = label.Length > 2 ? label[2..] : "";
            bool continues = start >= 0 && inside && labelType == type;
            if (!continues && start >= 0)
            {
                chunks.Add((start, i, type));
                start = -1;
            }
            if (!continues && label != "O")
            {
                start = i;
                type = labelType;
            }
        }
        return chunks;
    }

    private void Update(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        (int g, int p, int c) = _counts.GetValueOrDefault(type);
        _counts[type] = (g + gold, p + predicted, c + correct);
    }
}
