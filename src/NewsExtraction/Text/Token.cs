using System.Runtime.InteropServices;

namespace NewsExtraction.Text;

/// <summary>A token: a range of the original text and its kind. Twelve bytes, no reference to the text.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct Token
{
    /// <summary>Creates a token.</summary>
    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    /// <summary>Index of the first character.</summary>
    public int Start { get; }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>Index one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The token's range.</summary>
    public TextSpan Span => new(Start, Start + Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}[{Start}..{End})";
}
