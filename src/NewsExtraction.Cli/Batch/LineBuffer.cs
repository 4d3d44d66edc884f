using System.Buffers;

namespace NewsExtraction.Cli.Batch;

/// <summary>
/// The JSON lines of one batch, serialized into an array rented from the shared pool: the writing thread writes
/// them in one call and <see cref="Dispose"/> gives the array back, so a run's output allocates nothing per batch.
/// </summary>
internal sealed class LineBuffer : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 1 << 16;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;

    /// <summary>The lines written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Documents whose line is here.</summary>
    public int Documents { get; private set; }

    /// <summary>Of those, the error lines.</summary>
    public int Errors { get; private set; }

    /// <summary>UTF-8 bytes of the texts processed (failed documents not counted).</summary>
    public long TextBytes { get; private set; }

    /// <summary>Ends the line just serialized, and counts its document.</summary>
    public void EndLine(long textBytes, bool failed)
    {
        GetSpan(1)[0] = (byte)'\n';
        _length++;
        Documents++;
        Errors += failed ? 1 : 0;
        TextBytes += textBytes;
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_length);
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Reserve(int sizeHint)
    {
        int needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }
        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(2L * _buffer.Length, needed), Array.MaxLength));
        Written.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
