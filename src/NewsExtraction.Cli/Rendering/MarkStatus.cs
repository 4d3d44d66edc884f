namespace NewsExtraction.Cli.Rendering;

/// <summary>How a highlighted span compares with the gold, when a gold file is given.</summary>
internal enum MarkStatus : byte
{
    /// <summary>No gold to compare with.</summary>
    Unjudged,

    /// <summary>The gold has the same span with the same type (for a quote: the same span).</summary>
    Correct,

    /// <summary>Extracted, but the gold has nothing overlapping it.</summary>
    Spurious,

    /// <summary>The gold has the same span with another type.</summary>
    WrongType,

    /// <summary>The gold has an overlapping span of the same type, with other bounds.</summary>
    WrongSpan,

    /// <summary>In the gold, not extracted, and overlapping nothing extracted (shown on the text).</summary>
    Missed,
}
