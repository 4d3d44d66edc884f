using System.Text.Json;

namespace NewsExtraction.Cli.Input;

/// <summary>
/// Says what is wrong with a JSONL record the serializer refused, in words a user can act on, and finds the
/// record's own <c>id</c> when it can still be read, so that the error line names the record it replaces.
/// </summary>
/// <remarks>Only runs on records that failed: the records that parse pay nothing for it.</remarks>
internal static class RecordDiagnosis
{
    /// <summary>The record's own id (or <see langword="null"/>) and what is wrong, for a record whose parsing threw <paramref name="error"/>.</summary>
    public static (string? Id, string Problem) Diagnose(ReadOnlySpan<byte> line, JsonException error)
    {
        // The serializer names the property it could not convert: "$.text".
        string? property = error.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) && path.IndexOfAny(['.', '['], 2) < 0
            ? path[2..]
            : null;
        string? problem = Scan(line, isComplete: true, property, out string? id);
        return (id, problem ?? $"invalid JSON: {WithoutPosition(error.Message)}");
    }

    /// <summary>The <c>id</c> of a record from the first bytes of its line, when it comes before them end.</summary>
    public static string? IdFromStart(ReadOnlySpan<byte> start)
    {
        Scan(start, isComplete: false, property: null, out string? id);
        return id;
    }

    /// <summary>Reads the record's top-level properties, noting its id; returns what is wrong with <paramref name="property"/> or the syntax, if anything.</summary>
    private static string? Scan(ReadOnlySpan<byte> line, bool isComplete, string? property, out string? id)
    {
        id = null;
        var reader = new Utf8JsonReader(line, isComplete, default);
        try
        {
            if (!reader.Read())
            {
                return null;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"a record must be a JSON object such as {{\"id\": \"…\", \"text\": \"…\"}}, not {Kind(reader.TokenType)}";
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                if (!reader.Read())
                {
                    return null;
                }
                string? problem = null;
                if (reader.TokenType == JsonTokenType.String)
                {
                    string? value = Decode(ref reader);
                    if (name == "id")
                    {
                        id = value;
                    }
                    if (value is null && name == property)
                    {
                        problem = $"\"{name}\" is not valid UTF-8 (byte {reader.TokenStartIndex + 1} of the line)";
                    }
                }
                else if (name == property)
                {
                    problem = $"\"{name}\" must be a string, not {Kind(reader.TokenType)}";
                }
                if (problem is not null)
                {
                    // The id may come after the faulty property.
                    reader.Skip();
                    id ??= IdAfter(reader);
                    return problem;
                }
                if (!reader.TrySkip())
                {
                    return null;
                }
            }
            return null;
        }
        catch (JsonException ex)
        {
            return isComplete ? Syntax(ex) : null;
        }
        catch (InvalidOperationException)
        {
            // A property name that is not valid UTF-8.
            return isComplete ? "a property name is not valid UTF-8" : null;
        }
    }

    /// <summary>The id among the properties after the one <paramref name="reader"/> is on, if it is a valid string.</summary>
    private static string? IdAfter(Utf8JsonReader reader)
    {
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }
                if (isId && reader.TokenType == JsonTokenType.String)
                {
                    return Decode(ref reader);
                }
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static string? Decode(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Syntax(JsonException ex)
    {
        string where = ex.BytePositionInLine is long position ? $" at byte {position + 1} of the line" : "";
        string message = ex.Message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase)
            ? "a comma before the closing bracket, with nothing after it (trailing comma)"
            : WithoutPosition(ex.Message);
        return $"invalid JSON{where}: {message}";
    }

    /// <summary>The reader's message without its "LineNumber: 0 | BytePositionInLine: 12." tail (a record is one line).</summary>
    private static string WithoutPosition(string message)
    {
        int tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        int path = message.IndexOf(" Path:", StringComparison.Ordinal);
        int cut = tail < 0 ? path : path < 0 ? tail : Math.Min(tail, path);
        return (cut < 0 ? message : message[..cut]).TrimEnd(' ', '|', '.');
    }

    private static string Kind(JsonTokenType type) => type switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        _ => type.ToString(),
    };
}
