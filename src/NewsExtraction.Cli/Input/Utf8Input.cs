using System.Text;

namespace NewsExtraction.Cli.Input;

/// <summary>
/// JSONL input as UTF-8 whatever it was saved as: a UTF-16 file (which Windows editors write, with its byte order
/// mark) is decoded to UTF-8 as it is read, so that its records are read rather than each reported as broken.
/// </summary>
internal static class Utf8Input
{
    /// <summary><paramref name="stream"/> itself, or, when it starts with a UTF-16 byte order mark, its text transcoded to UTF-8.</summary>
    public static Stream Open(Stream stream)
    {
        byte[] start = new byte[2];
        int read = 0;
        for (int n; read < start.Length && (n = stream.Read(start, read, start.Length - read)) > 0;)
        {
            read += n;
        }
        Encoding? utf16 = (read, start[0], start[1]) switch
        {
            (2, 0xFF, 0xFE) => Encoding.Unicode,
            (2, 0xFE, 0xFF) => Encoding.BigEndianUnicode,
            _ => null,
        };
        // The mark is decoded with the rest; as UTF-8 it is a mark at the start of a line, which is skipped.
        Stream whole = new PrefixedStream(start.AsMemory(0, read), stream);
        return utf16 is null ? whole : Encoding.CreateTranscodingStream(whole, utf16, Encoding.UTF8);
    }

    /// <summary>The bytes already read from a stream that cannot seek back, then the rest of it.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return rest.Read(buffer);
            }
            int n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
