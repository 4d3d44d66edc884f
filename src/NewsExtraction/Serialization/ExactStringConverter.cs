using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtraction.Serialization;

/// <summary>
/// Writes strings so that they read back exactly: a lone surrogate (scraped text cut inside an emoji) is written
/// as its <c>\uXXXX</c> escape, where System.Text.Json would write U+FFFD and the text would no longer be the
/// input slice its offsets point to. Strings without surrogates, nearly all of them, take the writer's own path.
/// </summary>
internal sealed class ExactStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => WriteValue(writer, value, options.Encoder);

    /// <summary>Writes <paramref name="value"/> as a JSON string, a lone surrogate as its escape, the rest escaped by <paramref name="encoder"/>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, string value, System.Text.Encodings.Web.JavaScriptEncoder? encoder)
    {
        ReadOnlySpan<char> text = value;
        int surrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate < 0 || !HasLoneSurrogate(text[surrogate..]))
        {
            writer.WriteStringValue(value);
            return;
        }
        writer.WriteRawValue(Escape(text, encoder), skipInputValidation: true);
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    // Rare: the valid runs escaped by the options' encoder, each lone surrogate as \uXXXX.
    private static string Escape(ReadOnlySpan<char> text, System.Text.Encodings.Web.JavaScriptEncoder? encoder)
    {
        var json = new StringBuilder(text.Length + 16).Append('"');
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                json.Append(JsonEncodedText.Encode(text[run..i], encoder).Value).Append(@"\u").Append(((int)text[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                run = i + 1;
            }
        }
        return json.Append(JsonEncodedText.Encode(text[run..], encoder).Value).Append('"').ToString();
    }
}
