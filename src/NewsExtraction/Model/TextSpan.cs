namespace NewsExtraction;

/// <summary>A range of UTF-16 code units in the original text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters in the span.</summary>
    public int Length => End - Start;
}
