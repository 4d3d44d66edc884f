namespace NewsExtraction.Entities;

/// <summary>Which neighbour of a token a feature looks at (<see cref="FeatureExtractor.NeighbourRows"/>).</summary>
internal enum Neighbour
{
    /// <summary>The token before.</summary>
    Previous,

    /// <summary>The token two before.</summary>
    SecondPrevious,

    /// <summary>The token after.</summary>
    Next,

    /// <summary>The token two after.</summary>
    SecondNext,
}
