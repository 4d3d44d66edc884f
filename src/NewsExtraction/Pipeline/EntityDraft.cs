using System.Globalization;

namespace NewsExtraction.Pipeline;

/// <summary>
/// An entity while the stages find and refine it: the fields of <see cref="Entity"/> without its text. A value,
/// so that retyping a mention or giving it a canonical name allocates nothing; the document's result turns
/// each into an <see cref="Entity"/> once, at the end.
/// </summary>
internal readonly record struct EntityDraft(EntityType Type, int Start, int End)
{
    /// <inheritdoc cref="Entity.Canonical"/>
    public string? Canonical { get; init; }

    /// <inheritdoc cref="Entity.Iso2"/>
    public string? Iso2 { get; init; }

    /// <inheritdoc cref="Entity.Form"/>
    public CountryForm? Form { get; init; }

    /// <inheritdoc cref="Entity.Value"/>
    public double? Value { get; init; }

    /// <inheritdoc cref="Entity.Unit"/>
    public string? Unit { get; init; }

    /// <inheritdoc cref="Entity.Approximate"/>
    public bool? Approximate { get; init; }

    /// <summary>DATE: the day it resolves to, when it can be resolved.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The mention's range in the text.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The result's entity, with <paramref name="text"/> as its text.</summary>
    public Entity ToEntity(string text) => new()
    {
        Type = Type,
        Start = Start,
        End = End,
        Text = text,
        Canonical = Canonical,
        Iso2 = Iso2,
        Form = Form,
        Value = Value,
        Unit = Unit,
        Approximate = Approximate,
        Iso = Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
