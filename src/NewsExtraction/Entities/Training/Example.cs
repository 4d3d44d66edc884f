namespace NewsExtraction.Entities.Training;

/// <summary>A training sentence ready for the perceptron.</summary>
/// <param name="Rows">The feature rows, <see cref="FeatureExtractor.Count"/> per token.</param>
/// <param name="Gold">The gold label of each token.</param>
/// <param name="Allowed">Null, or per token the labels a partially annotated corpus allows.</param>
/// <param name="Weight">The size of this sentence's updates.</param>
internal sealed record Example(int[] Rows, byte[] Gold, ulong[]? Allowed, float Weight);
