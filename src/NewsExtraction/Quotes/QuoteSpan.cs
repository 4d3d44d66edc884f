using System.Runtime.InteropServices;

namespace NewsExtraction.Quotes;

/// <summary>A quote found in a document, before attribution: where its text and its marks are.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct QuoteSpan
{
    /// <summary>Start of the quoted text, without the marks and the spaces inside them.</summary>
    public int Start;

    /// <summary>End of the quoted text.</summary>
    public int End;

    /// <summary>Start of the quote with its opening mark.</summary>
    public int OuterStart;

    /// <summary>End of the quote with its closing mark.</summary>
    public int OuterEnd;

    /// <summary>Token index of the opening mark; for a dash line, of its first word.</summary>
    public int OpenToken;

    /// <summary>Token index of the closing mark; for a dash line, of the dash that introduces the speaker.</summary>
    public int CloseToken;

    /// <summary>How the quote is set off.</summary>
    public QuoteForm Form;
}
