namespace NewsExtraction.Quotes;

/// <summary>How a quote is set off in the text.</summary>
internal enum QuoteForm : byte
{
    /// <summary>Between quotation marks.</summary>
    Marked,

    /// <summary>A line of speech without marks, followed by a line <c>– Name</c>.</summary>
    DashLine,
}
