using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsExtraction.Text;

/// <summary>
/// The language identification model: for every hashed feature bucket, the cost (negative log-probability,
/// quantized to a byte) of seeing it in French and in English; the frequent words of both languages; and for
/// each language the calibrated limit on unknown words beyond which a text is in neither language. Immutable.
/// </summary>
/// <remarks>
/// File format, little-endian: <c>NXLI</c>, version (int32), cost bucket bits (int32), cost units per nat
/// (float32), known-word bucket bits (int32), the French then the English <see cref="UnknownWordLimit"/> (three
/// float32 each); then one (French, English) byte pair per cost bucket; then the <see cref="KnownWords"/> slots (uint16).
/// </remarks>
internal sealed class LanguageModel
{
    private const uint Magic = 0x494C584E; // "NXLI"
    private const int Version = 1;
    private const int HeaderSize = 44;

    // Low byte: French cost; high byte: English cost. One load per feature gives both.
    private readonly ushort[] _costs;

    public LanguageModel(int bucketBits, float unitsPerNat, ushort[] costs, KnownWords knownWords, UnknownWordLimit frenchLimit, UnknownWordLimit englishLimit)
    {
        if (bucketBits is < 8 or > 24 || costs.Length != 1 << bucketBits)
        {
            throw new ArgumentException($"{costs.Length} costs do not fill 2^{bucketBits} buckets.", nameof(costs));
        }
        BucketBits = bucketBits;
        UnitsPerNat = unitsPerNat;
        _costs = costs;
        KnownWords = knownWords;
        FrenchLimit = frenchLimit;
        EnglishLimit = englishLimit;
    }

    /// <summary>Features are hashed into <c>2^BucketBits</c> buckets.</summary>
    public int BucketBits { get; }

    /// <summary>Cost units per nat: a cost of <c>c</c> is a probability of <c>exp(-c / UnitsPerNat)</c>.</summary>
    public float UnitsPerNat { get; }

    /// <summary>The frequent words of each language.</summary>
    public KnownWords KnownWords { get; }

    /// <summary>How many unknown words a French text may have.</summary>
    public UnknownWordLimit FrenchLimit { get; }

    /// <summary>How many unknown words an English text may have.</summary>
    public UnknownWordLimit EnglishLimit { get; }

    /// <summary>Scores the features of <paramref name="text"/> under both languages. Allocates nothing.</summary>
    public LanguageScores Score(ReadOnlySpan<char> text)
    {
        var sink = new ScoringSink(_costs, KnownWords);
        int letters = CharNGrams.Visit(text, BucketBits, ref sink);
        return new LanguageScores(letters, sink.Words, sink.French, sink.English, sink.FrenchUnknownWords, sink.EnglishUnknownWords);
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
        float unitsPerNat = BinaryPrimitives.ReadSingleLittleEndian(header[12..]);
        int knownBits = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        UnknownWordLimit french = ReadLimit(header[20..]);
        UnknownWordLimit english = ReadLimit(header[32..]);
        if (bucketBits is < 8 or > 24 || knownBits is < 4 or > 20)
        {
            throw new InvalidDataException($"Bad table sizes in the language identification model: 2^{bucketBits}, 2^{knownBits}.");
        }
        ushort[] costs = ReadUInt16s(stream, 1 << bucketBits);
        ushort[] slots = ReadUInt16s(stream, KnownWords.SlotsPerBucket << knownBits);
        return new LanguageModel(bucketBits, unitsPerNat, costs, new KnownWords(knownBits, slots), french, english);
    }

    public void Write(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], BucketBits);
        BinaryPrimitives.WriteSingleLittleEndian(header[12..], UnitsPerNat);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], KnownWords.BucketBits);
        WriteLimit(header[20..], FrenchLimit);
        WriteLimit(header[32..], EnglishLimit);
        stream.Write(header);
        WriteUInt16s(stream, _costs);
        WriteUInt16s(stream, KnownWords.Slots);
    }

    private static ushort[] ReadUInt16s(Stream stream, int count)
    {
        var values = new ushort[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }
        return values;
    }

    private static void WriteUInt16s(Stream stream, ReadOnlySpan<ushort> values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), values[i]);
        }
        stream.Write(bytes);
    }

    private static UnknownWordLimit ReadLimit(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadSingleLittleEndian(bytes),
        BinaryPrimitives.ReadSingleLittleEndian(bytes[4..]),
        BinaryPrimitives.ReadSingleLittleEndian(bytes[8..]));

    private static void WriteLimit(Span<byte> bytes, UnknownWordLimit limit)
    {
        BinaryPrimitives.WriteSingleLittleEndian(bytes, limit.Rate);
        BinaryPrimitives.WriteSingleLittleEndian(bytes[4..], limit.Spread);
        BinaryPrimitives.WriteSingleLittleEndian(bytes[8..], limit.Floor);
    }

    private struct ScoringSink(ushort[] costs, KnownWords knownWords) : INGramSink
    {
        public long French;
        public long English;
        public int Words;
        public int FrenchUnknownWords;
        public int EnglishUnknownWords;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddNGram(int bucket)
        {
            // Buckets come from a shift that keeps them below the table's length.
            ushort both = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(costs), bucket);
            French += (byte)both;
            English += both >> 8;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddWord(int bucket, ulong hash, bool capitalized)
        {
            AddNGram(bucket);
            if (!capitalized)
            {
                (bool french, bool english) = knownWords.Lookup(hash);
                Words++;
                FrenchUnknownWords += french ? 0 : 1;
                EnglishUnknownWords += english ? 0 : 1;
            }
        }
    }
}
