using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Output;

/// <summary>Writes one JSON object per line to a file or standard output, UTF-8 without BOM.</summary>
internal sealed class JsonLinesWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonLinesWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = NewsJsonContext.Output.Options.Encoder });
    }

    public void Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        JsonSerializer.Serialize(_writer, value, typeInfo);
        _writer.Flush();
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes one line already serialized as UTF-8 JSON.</summary>
    public void WriteLine(ReadOnlySpan<byte> json)
    {
        _stream.Write(json);
        _stream.WriteByte((byte)'\n');
    }

    /// <summary>Pushes the lines written so far to the file or pipe.</summary>
    public void Flush() => _stream.Flush();

    public void WriteError(string? id, string error) => Write(new ErrorRecord(id, error), NewsJsonContext.Output.ErrorRecord);

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Flush();
        _stream.Dispose();
    }
}
