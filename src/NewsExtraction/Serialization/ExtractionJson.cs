using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsExtraction.Serialization;

/// <summary>Writes results in the output schema of ANNOTATION.md: <c>{"id", "lang", "entities", "quotes"}</c>.</summary>
/// <remarks>
/// Written by hand, property by property, because it runs once per document of a batch: the serializer's
/// metadata path (the one a custom string converter imposes) cost more than the writing itself. The output is
/// the serializer's, byte for byte: the records' property order, null properties left out except a quote's
/// <c>cue</c> and <c>speaker</c>, enum names as their attributes spell them, strings through <see cref="ExactStringConverter"/>.
/// </remarks>
public static class ExtractionJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id"), Lang = JsonEncodedText.Encode("lang"),
        Entities = JsonEncodedText.Encode("entities"), Quotes = JsonEncodedText.Encode("quotes"), Type = JsonEncodedText.Encode("type"),
        Start = JsonEncodedText.Encode("start"), End = JsonEncodedText.Encode("end"), Text = JsonEncodedText.Encode("text"),
        Canonical = JsonEncodedText.Encode("canonical"), Iso2 = JsonEncodedText.Encode("iso2"), Form = JsonEncodedText.Encode("form"),
        Value = JsonEncodedText.Encode("value"), Unit = JsonEncodedText.Encode("unit"), Approximate = JsonEncodedText.Encode("approximate"),
        Iso = JsonEncodedText.Encode("iso"), Cue = JsonEncodedText.Encode("cue"), Speaker = JsonEncodedText.Encode("speaker"),
        Name = JsonEncodedText.Encode("name");

    // The enums' JSON values as the serializer writes them (their JsonStringEnumMemberName), indexed by value.
    private static readonly byte[][] EntityTypes = EnumValues(NewsJsonContext.Output.EntityType);
    private static readonly byte[][] CountryForms = EnumValues(NewsJsonContext.Output.CountryForm);

    // A lone surrogate is escaped outside the writer, with the output options' encoder, as the serializer did.
    private static JavaScriptEncoder? Encoder => NewsJsonContext.Output.Options.Encoder;

    /// <summary>The result as one JSON object (one line) in the output schema.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="id">The document's identifier.</param>
    public static string Serialize(ExtractionResult result, string id)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(id);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            Write(writer, result, id);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the result as one JSON object in the output schema, then flushes <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ExtractionResult result, string id)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(id);
        writer.WriteStartObject();
        WriteString(writer, Id, id);
        writer.WritePropertyName(Lang);
        writer.WriteStringValue(result.Language.ToCode());
        writer.WriteStartArray(Entities);
        foreach (Entity entity in result.Entities)
        {
            WriteEntity(writer, entity);
        }
        writer.WriteEndArray();
        writer.WriteStartArray(Quotes);
        foreach (Quote quote in result.Quotes)
        {
            WriteQuote(writer, quote);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        // As the serializer did: a caller that writes the line's end to the writer's stream finds the record there.
        writer.Flush();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Type);
        writer.WriteRawValue(EntityTypes[(int)entity.Type], skipInputValidation: true);
        writer.WriteNumber(Start, entity.Start);
        writer.WriteNumber(End, entity.End);
        WriteString(writer, Text, entity.Text);
        WriteString(writer, Canonical, entity.Canonical);
        WriteString(writer, Iso2, entity.Iso2);
        if (entity.Form is { } form)
        {
            writer.WritePropertyName(Form);
            writer.WriteRawValue(CountryForms[(int)form], skipInputValidation: true);
        }
        if (entity.Value is { } value)
        {
            writer.WriteNumber(Value, value);
        }
        WriteString(writer, Unit, entity.Unit);
        if (entity.Approximate is { } approximate)
        {
            writer.WriteBoolean(Approximate, approximate);
        }
        WriteString(writer, Iso, entity.Iso);
        writer.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Start, quote.Start);
        writer.WriteNumber(End, quote.End);
        WriteString(writer, Text, quote.Text);
        // Cue and speaker are written even when null: the schema has them on every quote.
        writer.WritePropertyName(Cue);
        if (quote.Cue is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            ExactStringConverter.WriteValue(writer, quote.Cue, Encoder);
        }
        writer.WritePropertyName(Speaker);
        if (quote.Speaker is not { } speaker)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteNumber(Start, speaker.Start);
            writer.WriteNumber(End, speaker.End);
            WriteString(writer, Text, speaker.Text);
            WriteString(writer, Name, speaker.Name);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    // A string property, left out when null.
    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            ExactStringConverter.WriteValue(writer, value, Encoder);
        }
    }

    private static byte[][] EnumValues<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        var json = new byte[values.Length][];
        foreach (T value in values)
        {
            json[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = JsonSerializer.SerializeToUtf8Bytes(value, type);
        }
        return json;
    }
}
