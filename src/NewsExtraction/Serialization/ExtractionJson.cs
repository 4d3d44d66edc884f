using System.Text.Json;

namespace NewsExtraction.Serialization;

/// <summary>Writes results in the output schema of ANNOTATION.md: <c>{"id", "lang", "entities", "quotes"}</c>.</summary>
public static class ExtractionJson
{
    /// <summary>The result as one JSON object (one line) in the output schema.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="id">The document's identifier.</param>
    public static string Serialize(ExtractionResult result, string id)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ToRecord(result, id), NewsJsonContext.Output.DocumentRecord);
    }

    /// <summary>Writes the result as one JSON object in the output schema.</summary>
    public static void Write(Utf8JsonWriter writer, ExtractionResult result, string id)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        JsonSerializer.Serialize(writer, ToRecord(result, id), NewsJsonContext.Output.DocumentRecord);
    }

    private static DocumentRecord ToRecord(ExtractionResult result, string id) =>
        new(id ?? throw new ArgumentNullException(nameof(id)), result.Language.ToCode(), result.Entities, result.Quotes);
}
