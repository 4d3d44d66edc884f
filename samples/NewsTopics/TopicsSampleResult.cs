namespace NewsTopics;

/// <summary>The outcome of <see cref="TopicsSample.Run"/>.</summary>
/// <param name="Articles">The number of articles trained on.</param>
/// <param name="Accuracy">The classifier's accuracy on those articles.</param>
/// <param name="Predictions">The prediction for each article.</param>
public sealed record TopicsSampleResult(int Articles, double Accuracy, IReadOnlyList<TopicPrediction> Predictions);
