namespace NewsExtraction.Entities.Training;

/// <summary>Entity-level counts and scores for one type (or several, micro-averaged): exact span and type match.</summary>
/// <param name="Type">The type (<c>PER</c>), or the types averaged joined by <c>+</c>.</param>
/// <param name="Gold">Entities in the reference.</param>
/// <param name="Predicted">Entities predicted.</param>
/// <param name="Correct">Predicted entities with the same span and type as a reference one.</param>
public sealed record EntityScore(string Type, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold (0 when there is no gold entity).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
