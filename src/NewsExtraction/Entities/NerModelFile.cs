using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsExtraction.Entities;

/// <summary>The entity model file: what <see cref="NerModel.Load(Stream)"/> reads and <see cref="NerModel.Save(Stream)"/> writes.</summary>
/// <remarks>
/// <para>
/// Format 4, little-endian, stored as is so that loading is a few bulk copies: the four bytes <c>NXNR</c>, the 16-bit
/// version, the language code (length-prefixed UTF-8), the feature template id (16-bit), the hash bits and the number
/// of entity types (a byte each), the types (length-prefixed UTF-8); five tables (the gazetteer's, the word classes,
/// the names and the name words of the training data, the entity lists), each a 32-bit entry count, all keys (64-bit
/// hashes) then all values (bytes for the gazetteer and the names, 32-bit for the others), in the order
/// <see cref="HashLookup.Arrange"/> gives; the weight scale and the label transitions (32-bit floats); then the weight
/// table (2^bits rows × labels, 16-bit): the number of rows with a weight other than 0, a bitmap of those rows (bit
/// r % 64 of 64-bit word r / 64), and those rows in order. Most rows of a trained table are all 0 (half of the French
/// model's, three quarters of the English one's); the hashes do not compress, so deflating the file would save little
/// beyond those rows and cost most of the start-up.
/// </para>
/// <para>
/// Format 3, still read: the same fields up to the weight table in a deflated stream after the version, each table
/// as (key, value) records, and the whole weight table. Older formats are refused with their version number.
/// </para>
/// </remarks>
internal static class NerModelFile
{
    public const ushort Version = 4;

    private const uint Magic = 0x524E584E; // "NXNR"
    private const ushort DeflatedVersion = 3;

    // Far above any table a model holds (hundreds of thousands), so that a damaged count fails before a huge allocation.
    private const int MaxEntries = 1 << 24;

    /// <exception cref="NerModelException">Not a model file, or of another version.</exception>
    /// <exception cref="InvalidDataException">A count or size that no model has.</exception>
    /// <exception cref="EndOfStreamException">Cut short.</exception>
    public static NerModel Read(Stream stream)
    {
        RequireLittleEndian();
        Span<byte> header = stackalloc byte[sizeof(uint) + sizeof(ushort)];
        stream.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            throw new NerModelException("it does not start as a model file does (NXNR)");
        }
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header[sizeof(uint)..]);
        switch (version)
        {
            case Version:
                return ReadBody(stream, version);
            case DeflatedVersion:
                using (var inflated = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true))
                {
                    return ReadBody(inflated, version);
                }
            default:
                throw new NerModelException($"format version {version}; this library reads versions {DeflatedVersion} and {Version}");
        }
    }

    private static NerModel ReadBody(Stream stream, ushort version)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!LanguageCodes.TryParse(reader.ReadString(), out Language language) || language == Language.Unknown)
        {
            throw new NerModelException("its language is neither French nor English");
        }
        ushort template = reader.ReadUInt16();
        if (template != FeatureExtractor.TemplateId)
        {
            throw new NerModelException($"feature template {template}; this library computes template {FeatureExtractor.TemplateId}");
        }
        int hashBits = reader.ReadByte();
        var types = new string[reader.ReadByte()];
        int labels = 1 + (2 * types.Length);
        if (hashBits > 30 || (1L << hashBits) * labels > Array.MaxLength || labels > byte.MaxValue)
        {
            throw new InvalidDataException($"a table of 2^{hashBits} rows × {labels} labels");
        }
        for (int i = 0; i < types.Length; i++)
        {
            types[i] = reader.ReadString();
        }
        HashEntries<byte> countries = ReadEntries<byte>(stream, reader, version);
        HashEntries<int> classes = ReadEntries<int>(stream, reader, version);
        HashEntries<byte> names = ReadEntries<byte>(stream, reader, version);
        HashEntries<int> nameParts = ReadEntries<int>(stream, reader, version);
        HashEntries<int> lists = ReadEntries<int>(stream, reader, version);
        float scale = reader.ReadSingle();
        var transitions = new float[(labels + 1) * labels];
        stream.ReadExactly(MemoryMarshal.AsBytes(transitions.AsSpan()));
        short[] weights;
        if (version == Version)
        {
            weights = ReadRows(stream, reader, 1 << hashBits, labels);
        }
        else
        {
            weights = NewTable((1 << hashBits) * labels);
            stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        }
        var features = new FeatureExtractor(hashBits, new Gazetteer(countries), new WordClusters(classes),
            new Gazetteer(names, caseSensitive: true), new NameParts(nameParts), new EntityLists(lists));
        return new NerModel(language, types, features, weights, scale, transitions);
    }

    private static HashEntries<T> ReadEntries<T>(Stream stream, BinaryReader reader, ushort version)
        where T : unmanaged
    {
        int count = reader.ReadInt32();
        int size = sizeof(ulong) + Unsafe.SizeOf<T>();
        if (count is < 0 or > MaxEntries || !Holds(stream, (long)count * size))
        {
            throw new InvalidDataException($"a table of {count} entries");
        }
        var keys = new ulong[count];
        var values = new T[count];
        if (version == Version)
        {
            stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        }
        else
        {
            ReadRecords(stream, keys, values);
        }
        if (keys.AsSpan().Contains(0UL))
        {
            throw new InvalidDataException("a table holds the reserved key 0");
        }
        return new HashEntries<T>(keys, values);
    }

    // Format 3's (key, value) records a block at a time: a call per field is a decompressor call each.
    private static void ReadRecords<T>(Stream stream, Span<ulong> keys, Span<T> values)
        where T : unmanaged
    {
        int size = sizeof(ulong) + Unsafe.SizeOf<T>();
        Span<byte> block = stackalloc byte[256 * size];
        for (int first = 0; first < keys.Length; first += 256)
        {
            int count = Math.Min(256, keys.Length - first);
            Span<byte> bytes = block[..(count * size)];
            stream.ReadExactly(bytes);
            for (int i = 0; i < count; i++)
            {
                ReadOnlySpan<byte> record = bytes.Slice(i * size, size);
                keys[first + i] = BinaryPrimitives.ReadUInt64LittleEndian(record);
                values[first + i] = MemoryMarshal.Read<T>(record[sizeof(ulong)..]);
            }
        }
    }

    // Whether a seekable stream still holds that many bytes, so that a damaged count fails before its allocation (an
    // unseekable stream, or format 3's inflated one, fails when it ends).
    private static bool Holds(Stream stream, long bytes) => !stream.CanSeek || bytes <= stream.Length - stream.Position;

    private static short[] NewTable(int length)
    {
        short[] weights = GC.AllocateUninitializedArray<short>(length, pinned: true);
        LargePages.Advise(weights);
        return weights;
    }

    /// <summary>
    /// Reads the bitmap, then allocates the table (once the file is known to hold the bitmap and the rows it counts),
    /// reads the rows other than 0 into its front and moves each row to its place.
    /// </summary>
    private static short[] ReadRows(Stream stream, BinaryReader reader, int rows, int labels)
    {
        int count = reader.ReadInt32();
        int words = (rows + 63) / 64;
        if (count < 0 || count > rows || !Holds(stream, ((long)words * sizeof(ulong)) + ((long)count * labels * sizeof(short))))
        {
            throw new InvalidDataException($"{count} weight rows of {rows}");
        }
        // A temporary, not a pooled array: the pool would keep it for the life of the process.
        ulong[] bitmap = GC.AllocateUninitializedArray<ulong>(words);
        stream.ReadExactly(MemoryMarshal.AsBytes(bitmap.AsSpan()));
        int set = 0;
        foreach (ulong word in bitmap)
        {
            set += BitOperations.PopCount(word);
        }
        // rows is a power of 2: only a table of fewer than 64 rows leaves bits past its end in the bitmap.
        if (set != count || (rows < 64 && bitmap[0] >> rows != 0))
        {
            throw new InvalidDataException($"a weight row bitmap of {set} rows for {count}");
        }
        short[] weights = NewTable(rows * labels);
        stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan(0, count * labels)));
        Scatter(weights, bitmap, count, labels);
        return weights;
    }

    // From the last row down, a row's place is never below its position among the rows read, so each move only
    // overwrites rows already moved or gaps, and the gaps between placed rows are cleared on the way.
    private static void Scatter(Span<short> weights, ReadOnlySpan<ulong> bitmap, int count, int labels)
    {
        int placed = weights.Length;
        for (int word = bitmap.Length - 1; word >= 0; word--)
        {
            for (ulong bits = bitmap[word]; bits != 0;)
            {
                int bit = 63 - BitOperations.LeadingZeroCount(bits);
                bits &= ~(1UL << bit);
                int to = ((word * 64) + bit) * labels;
                count--;
                weights[(to + labels)..placed].Clear();
                weights.Slice(count * labels, labels).CopyTo(weights.Slice(to, labels));
                placed = to;
            }
        }
        weights[..placed].Clear();
    }

    public static void Write(NerModel model, Stream stream)
    {
        RequireLittleEndian();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Language.ToCode());
        writer.Write((ushort)FeatureExtractor.TemplateId);
        FeatureExtractor features = model.Features;
        writer.Write((byte)features.HashBits);
        writer.Write((byte)model.EntityTypes.Count);
        foreach (string type in model.EntityTypes)
        {
            writer.Write(type);
        }
        WriteEntries(writer, features.Gazetteer.Entries);
        WriteEntries(writer, features.Clusters.Entries);
        WriteEntries(writer, features.Names.Entries);
        WriteEntries(writer, features.NameParts.Entries);
        WriteEntries(writer, features.Lists.Entries);
        writer.Write(model.Scale);
        writer.Write(MemoryMarshal.AsBytes(model.RawTransitions));
        WriteRows(writer, model.RawWeights, model.LabelCount);
    }

    private static void WriteEntries<T>(BinaryWriter writer, KeyValuePair<ulong, T>[] entries)
        where T : unmanaged
    {
        var keys = new ulong[entries.Length];
        var values = new T[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            (keys[i], values[i]) = entries[i];
        }
        HashLookup.Arrange<T>(keys, values);
        writer.Write(entries.Length);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static void WriteRows(BinaryWriter writer, ReadOnlySpan<short> weights, int labels)
    {
        int rows = weights.Length / labels;
        var bitmap = new ulong[(rows + 63) / 64];
        int count = 0;
        for (int row = 0; row < rows; row++)
        {
            if (weights.Slice(row * labels, labels).ContainsAnyExcept((short)0))
            {
                bitmap[row / 64] |= 1UL << (row % 64);
                count++;
            }
        }
        writer.Write(count);
        writer.Write(MemoryMarshal.AsBytes(bitmap.AsSpan()));
        for (int row = 0; row < rows; row++)
        {
            if ((bitmap[row / 64] & (1UL << (row % 64))) != 0)
            {
                writer.Write(MemoryMarshal.AsBytes(weights.Slice(row * labels, labels)));
            }
        }
    }

    // The tables are copied to and from the file as they lie in memory, which is the file's order on little-endian
    // machines only: elsewhere a model would load wrong rather than fail.
    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Entity model files are little-endian, and their tables are copied as they lie in memory: this machine is big-endian.");
        }
    }
}
