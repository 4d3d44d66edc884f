namespace NewsTopics;

/// <summary>The quantities column ExtractNews added, as the input of <see cref="QuantityFeatures.Map"/>.</summary>
public sealed class QuantityRow
{
    /// <summary>The value of every quantity in the article.</summary>
    public float[] Quantities { get; set; } = [];
}

/// <summary>A feature made from the quantities: how many the article cites.</summary>
public sealed class QuantityFeatures
{
    /// <summary>The number of quantities.</summary>
    public float QuantityCount { get; set; }

    /// <summary>Computes the feature of one article.</summary>
    public static void Map(QuantityRow row, QuantityFeatures features) => features.QuantityCount = row.Quantities.Length;
}
