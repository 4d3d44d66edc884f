using System.Buffers;

namespace NewsExtraction.Cli.Input;

/// <summary>
/// Splits a UTF-8 stream into lines, as bytes: finding newlines and copying is all the reading thread does,
/// while decoding and parsing are left to whoever parses the line (JSON is parsed straight from UTF-8).
/// </summary>
/// <remarks>
/// Each byte is scanned for a newline once, however the stream cuts its reads (a pipe hands over 64 KiB at a
/// time), and no line longer than the limit is ever held: its bytes past the first <see cref="PrefixBytes"/>
/// are counted and dropped, so a gigabyte-long line costs no more memory than the limit.
/// </remarks>
internal static class Utf8Lines
{
    /// <summary>How much of a line over the limit is kept: enough to find the record's <c>id</c> when it comes first.</summary>
    public const int PrefixBytes = 4096;

    private const int InitialBufferSize = 1 << 16;

    /// <summary>
    /// The lines of <paramref name="stream"/>, without their <c>\n</c> or <c>\r\n</c> nor a byte order mark at
    /// their start (files concatenated with their marks); a line over <paramref name="maxLineBytes"/> comes as a
    /// <see cref="Utf8Line"/> that is <see cref="Utf8Line.TooLong"/>.
    /// </summary>
    public static IEnumerable<Utf8Line> Read(Stream stream, int maxLineBytes)
    {
        // One byte more than the longest line allowed: a full buffer without a newline is a line over the limit.
        int capacity = (int)Math.Min((long)maxLineBytes + 1, Array.MaxLength);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, capacity));
        int start = 0, scanned = 0, end = 0;
        byte[]? tooLongPrefix = null;
        long tooLongBytes = 0;
        try
        {
            while (true)
            {
                int newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    newline += scanned;
                    if (tooLongPrefix is not null)
                    {
                        yield return new Utf8Line(tooLongPrefix, tooLongBytes + newline - start);
                        tooLongPrefix = null;
                    }
                    else
                    {
                        yield return Line(buffer.AsSpan(start, newline - start));
                    }
                    start = scanned = newline + 1;
                    continue;
                }
                if (tooLongPrefix is not null)
                {
                    // Inside a line over the limit: count its bytes and drop them.
                    tooLongBytes += end - start;
                    start = scanned = end = 0;
                }
                else
                {
                    // No whole line left: keep the partial one at the front (already scanned), grow or give up, read on.
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                    scanned = end;
                    if (end == buffer.Length)
                    {
                        if (buffer.Length >= capacity)
                        {
                            tooLongPrefix = buffer.AsSpan(0, Math.Min(PrefixBytes, end)).ToArray();
                            tooLongBytes = end;
                            start = scanned = end = 0;
                        }
                        else
                        {
                            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, capacity));
                            buffer.AsSpan(0, end).CopyTo(larger);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }
                    }
                }
                int read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    if (tooLongPrefix is not null)
                    {
                        yield return new Utf8Line(tooLongPrefix, tooLongBytes);
                    }
                    else if (end > start)
                    {
                        yield return Line(buffer.AsSpan(start, end - start));
                    }
                    yield break;
                }
                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Utf8Line Line(ReadOnlySpan<byte> line)
    {
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }
        if (line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }
        byte[] bytes = line.ToArray();
        return new Utf8Line(bytes, bytes.Length);
    }
}
