using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtraction.Serialization;

/// <summary>Source-generated System.Text.Json metadata for every type the library reads or writes: no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DocumentRecord))]
[JsonSerializable(typeof(TokensRecord))]
[JsonSerializable(typeof(ErrorRecord))]
[JsonSerializable(typeof(InputRecord))]
[JsonSerializable(typeof(EntityType))]
[JsonSerializable(typeof(CountryForm))]
internal sealed partial class NewsJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context used for output: accents and quotation marks are written as they are, not as \u escapes; a lone
    /// surrogate is written as its escape, so that every string reads back as the exact input slice.
    /// </summary>
    public static NewsJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new ExactStringConverter() },
    });
}
