using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Output;

/// <summary>Writes one JSON object per line to a file or standard output, UTF-8 without BOM, through a buffer.</summary>
/// <remarks>A failed write throws <see cref="OutputFailedException"/>; <see cref="Flush"/> before disposing, which does not report errors.</remarks>
internal sealed class JsonLinesWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly string _target;

    /// <param name="stream">Where the lines go.</param>
    /// <param name="target">What the stream is, for error messages: the path, or "standard output".</param>
    public JsonLinesWriter(Stream stream, string target)
    {
        _stream = new BufferedStream(stream, 1 << 16);
        _target = target;
        _writer = new Utf8JsonWriter(_stream, ExtractionJson.WriterOptions);
    }

    public void Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            JsonSerializer.Serialize(_writer, value, typeInfo);
            _writer.Flush();
            _writer.Reset();
            _stream.WriteByte((byte)'\n');
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(_target, ex);
        }
    }

    /// <summary>Writes one line already serialized as UTF-8 JSON.</summary>
    public void WriteLine(ReadOnlySpan<byte> json)
    {
        try
        {
            _stream.Write(json);
            _stream.WriteByte((byte)'\n');
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(_target, ex);
        }
    }

    /// <summary>Writes lines already serialized as UTF-8 JSON, each with its newline.</summary>
    public void Write(ReadOnlySpan<byte> lines)
    {
        try
        {
            _stream.Write(lines);
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(_target, ex);
        }
    }

    public void WriteError(string? id, string error) => Write(new ErrorRecord(id, error), NewsJsonContext.Output.ErrorRecord);

    /// <summary>Pushes the lines written so far to the file or pipe.</summary>
    public void Flush()
    {
        try
        {
            _stream.Flush();
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(_target, ex);
        }
    }

    public void Dispose()
    {
        try
        {
            _writer.Dispose();
            _stream.Dispose();
        }
        catch (IOException)
        {
            // Only after a failure already reported by Write or Flush: the lines left in the buffer cannot go anywhere.
        }
    }
}
