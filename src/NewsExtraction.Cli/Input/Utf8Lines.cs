using System.Buffers;

namespace NewsExtraction.Cli.Input;

/// <summary>
/// Splits a UTF-8 stream into lines, as bytes: finding newlines and copying is all the reading thread does,
/// while decoding and parsing are left to whoever parses the line (JSON is parsed straight from UTF-8).
/// </summary>
internal static class Utf8Lines
{
    private const int InitialBufferSize = 1 << 16;

    /// <summary>The lines of <paramref name="stream"/>, without their <c>\n</c> or <c>\r\n</c>; a leading byte order mark is skipped.</summary>
    public static IEnumerable<byte[]> Read(Stream stream)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        int start = 0, end = 0;
        bool mayStartWithBom = true;
        try
        {
            while (true)
            {
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    mayStartWithBom = false;
                    yield return Line(buffer.AsSpan(start, newline));
                    start += newline + 1;
                    continue;
                }
                // No whole line left: keep the partial one at the front, grow for lines longer than the buffer, read on.
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
                if (end == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(2 * buffer.Length);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                int read = stream.Read(buffer, end, buffer.Length - end);
                end += read;
                if (mayStartWithBom && (end >= 3 || read == 0))
                {
                    mayStartWithBom = false;
                    start = buffer.AsSpan(0, end).StartsWith("\uFEFF"u8) ? 3 : 0;
                }
                if (read == 0)
                {
                    if (end > start)
                    {
                        yield return Line(buffer.AsSpan(start, end - start));
                    }
                    yield break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Line(ReadOnlySpan<byte> line) => (line.EndsWith("\r"u8) ? line[..^1] : line).ToArray();
}
