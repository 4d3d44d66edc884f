using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace NewsExtraction;

/// <summary>
/// Everything extracted from one document. Immutable: the lists are read-only views that no cast can change, and
/// entities, quotes and speakers are immutable records. Offsets index <see cref="Text"/>.
/// </summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(string text, Language language, TextSpan[] tokens, TextSpan[] sentences, Entity[] entities, Quote[] quotes)
    {
        Text = text;
        Language = language;
        Tokens = ReadOnly(tokens);
        Sentences = ReadOnly(sentences);
        Entities = ReadOnly(entities);
        Quotes = ReadOnly(quotes);
    }

    // One small wrapper per list and document, none for an empty list.
    private static ReadOnlyCollection<T> ReadOnly<T>(T[] items) => items.Length == 0 ? ReadOnlyCollection<T>.Empty : new(items);

    /// <summary>The input text, unaltered.</summary>
    [JsonIgnore]
    public string Text { get; }

    /// <summary>The document's language, given or identified.</summary>
    [JsonIgnore]
    public Language Language { get; }

    /// <summary>The tokens, in text order.</summary>
    [JsonIgnore]
    public IReadOnlyList<TextSpan> Tokens { get; }

    /// <summary>The sentences, in text order.</summary>
    [JsonIgnore]
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>The entities, sorted by <see cref="Entity.Start"/>; they do not overlap.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The quotes, sorted by <see cref="Quote.Start"/>.</summary>
    public IReadOnlyList<Quote> Quotes { get; }
}
