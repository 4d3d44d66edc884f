using System.Runtime.InteropServices;

namespace NewsExtraction.Text;

/// <summary>A sentence as a run of tokens, with its character range.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct Sentence
{
    /// <summary>Creates a sentence.</summary>
    public Sentence(int firstToken, int tokenCount, int start, int end)
    {
        FirstToken = firstToken;
        TokenCount = tokenCount;
        Start = start;
        End = end;
    }

    /// <summary>Index of the sentence's first token.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount { get; }

    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Index of the first character.</summary>
    public int Start { get; }

    /// <summary>Index one past the last character.</summary>
    public int End { get; }

    /// <summary>The sentence's character range.</summary>
    public TextSpan Span => new(Start, End);
}
