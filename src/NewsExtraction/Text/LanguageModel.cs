using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsExtraction.Text;

/// <summary>
/// The language identification model: for every hashed feature bucket, the cost (negative log-probability,
/// quantized to a byte) of seeing it in French and in English, and for each language the calibrated limit on
/// word costs beyond which a text is in neither language. Immutable.
/// </summary>
/// <remarks>
/// File format, little-endian: <c>NXLI</c>, version (int32), bucket bits (int32), cost units per nat (float32),
/// the French then the English <see cref="WordCostLimit"/> (three float32 each), then one (French, English)
/// byte pair per bucket.
/// </remarks>
internal sealed class LanguageModel
{
    private const uint Magic = 0x494C584E; // "NXLI"
    private const int Version = 1;
    private const int HeaderSize = 40;

    // Low byte: French cost; high byte: English cost. One load per feature gives both.
    private readonly ushort[] _costs;

    public LanguageModel(int bucketBits, float unitsPerNat, WordCostLimit frenchLimit, WordCostLimit englishLimit, ushort[] costs)
    {
        if (bucketBits is < 8 or > 24 || costs.Length != 1 << bucketBits)
        {
            throw new ArgumentException($"{costs.Length} costs do not fill 2^{bucketBits} buckets.", nameof(costs));
        }
        BucketBits = bucketBits;
        UnitsPerNat = unitsPerNat;
        FrenchLimit = frenchLimit;
        EnglishLimit = englishLimit;
        _costs = costs;
    }

    /// <summary>Features are hashed into <c>2^BucketBits</c> buckets.</summary>
    public int BucketBits { get; }

    /// <summary>Cost units per nat: a cost of <c>c</c> is a probability of <c>exp(-c / UnitsPerNat)</c>.</summary>
    public float UnitsPerNat { get; }

    /// <summary>The most French may cost on a French text's words.</summary>
    public WordCostLimit FrenchLimit { get; }

    /// <summary>The most English may cost on an English text's words.</summary>
    public WordCostLimit EnglishLimit { get; }

    /// <summary>Both languages' costs of one bucket: French in the low byte, English in the high byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort CostsOf(int bucket) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_costs), bucket);

    /// <summary>Sums the costs of the features of <paramref name="text"/> under both languages. Allocates nothing.</summary>
    public LanguageScores Score(ReadOnlySpan<char> text)
    {
        var sink = new CostSink(this);
        int letters = CharNGrams.Visit(text, BucketBits, ref sink);
        return new LanguageScores(letters, sink.Words, sink.French, sink.English, sink.FrenchWords, sink.EnglishWords);
    }

    public static LanguageModel Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        stream.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Version)
        {
            throw new InvalidDataException("Not a version 1 language identification model.");
        }
        int bucketBits = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (bucketBits is < 8 or > 24)
        {
            throw new InvalidDataException($"Bad bucket bits in the language identification model: {bucketBits}.");
        }
        float unitsPerNat = BinaryPrimitives.ReadSingleLittleEndian(header[12..]);
        WordCostLimit french = ReadLimit(header[16..]);
        WordCostLimit english = ReadLimit(header[28..]);
        var costs = new ushort[1 << bucketBits];
        stream.ReadExactly(MemoryMarshal.AsBytes(costs.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(costs, costs);
        }
        return new LanguageModel(bucketBits, unitsPerNat, french, english, costs);
    }

    public void Write(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], BucketBits);
        BinaryPrimitives.WriteSingleLittleEndian(header[12..], UnitsPerNat);
        WriteLimit(header[16..], FrenchLimit);
        WriteLimit(header[28..], EnglishLimit);
        stream.Write(header);
        var bytes = new byte[_costs.Length * 2];
        for (int i = 0; i < _costs.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), _costs[i]);
        }
        stream.Write(bytes);
    }

    private static WordCostLimit ReadLimit(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadSingleLittleEndian(bytes),
        BinaryPrimitives.ReadSingleLittleEndian(bytes[4..]),
        BinaryPrimitives.ReadSingleLittleEndian(bytes[8..]));

    private static void WriteLimit(Span<byte> bytes, WordCostLimit limit)
    {
        BinaryPrimitives.WriteSingleLittleEndian(bytes, limit.Mean);
        BinaryPrimitives.WriteSingleLittleEndian(bytes[4..], limit.Spread);
        BinaryPrimitives.WriteSingleLittleEndian(bytes[8..], limit.Floor);
    }

    private struct CostSink(LanguageModel model) : INGramSink
    {
        public long French;
        public long English;
        public long FrenchWords;
        public long EnglishWords;
        public int Words;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddNGram(int bucket)
        {
            ushort costs = model.CostsOf(bucket);
            French += (byte)costs;
            English += costs >> 8;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddWord(int bucket, bool capitalized)
        {
            ushort costs = model.CostsOf(bucket);
            French += (byte)costs;
            English += costs >> 8;
            if (!capitalized)
            {
                FrenchWords += (byte)costs;
                EnglishWords += costs >> 8;
                Words++;
            }
        }
    }
}
