using Microsoft.ML.Data;

namespace NewsTopics;

/// <summary>What the classifier says of one article.</summary>
public sealed class TopicPrediction
{
    /// <summary>The file the article comes from.</summary>
    public string Name { get; set; } = "";

    /// <summary>The people the extractor found (a column ExtractNews added).</summary>
    public string[] Persons { get; set; } = [];

    /// <summary>The countries the extractor found, as ISO codes (a column ExtractNews added).</summary>
    public string[] Countries { get; set; } = [];

    /// <summary>The predicted label: the article is about the economy.</summary>
    [ColumnName("PredictedLabel")]
    public bool Economy { get; set; }

    /// <summary>The probability of the economy label.</summary>
    public float Probability { get; set; }
}
