namespace NewsExtraction.Entities.Training;

/// <summary>The result of comparing predicted entities with reference ones, per type, as conlleval counts them.</summary>
public sealed class EntityEvaluation
{
    internal EntityEvaluation(IReadOnlyList<EntityScore> types) => Types = types;

    /// <summary>The types the library outputs, micro-averaged by <see cref="Micro()"/>.</summary>
    public static IReadOnlyList<string> OutputTypes { get; } = ["PER", "ORG", "LOC"];

    /// <summary>One score per type seen in the reference or the predictions, sorted by name.</summary>
    public IReadOnlyList<EntityScore> Types { get; }

    /// <summary>All types together, as conlleval's overall line.</summary>
    public EntityScore Overall => Sum("all", Types);

    /// <summary>The micro-average over PER, ORG and LOC: the project's headline figure.</summary>
    public EntityScore Micro() => Micro(OutputTypes);

    /// <summary>The micro-average over <paramref name="types"/>.</summary>
    public EntityScore Micro(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        HashSet<string> wanted = [.. types];
        return Sum(string.Join('+', wanted.Order(StringComparer.Ordinal)), Types.Where(t => wanted.Contains(t.Type)));
    }

    private static EntityScore Sum(string name, IEnumerable<EntityScore> scores)
    {
        int gold = 0, predicted = 0, correct = 0;
        foreach (EntityScore s in scores)
        {
            gold += s.Gold;
            predicted += s.Predicted;
            correct += s.Correct;
        }
        return new EntityScore(name, gold, predicted, correct);
    }
}
