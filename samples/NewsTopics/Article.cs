namespace NewsTopics;

/// <summary>One article of the sample: its text and whether it is about the economy.</summary>
public sealed class Article
{
    /// <summary>The file the article comes from.</summary>
    public string Name { get; set; } = "";

    /// <summary>The article's text.</summary>
    public string Text { get; set; } = "";

    /// <summary>The label: the article is about the economy.</summary>
    public bool Label { get; set; }
}
