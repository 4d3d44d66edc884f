using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class NerModelTests
{
    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void The_embedded_models_tag_people_organisations_places_and_misc(Language language)
    {
        NerModel model = EntityRecognizer.ModelFor(language);

        Assert.Equal(language, model.Language);
        Assert.Equal(["PER", "ORG", "LOC", "MISC"], model.EntityTypes);
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_saved_model_loads_back_to_the_same_bytes_and_labels(Language language)
    {
        NerModel model = EntityRecognizer.ModelFor(language);
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;

        NerModel loaded = NerModel.Load(saved);

        Assert.Equal(NerModelFile.Version, BitConverter.ToUInt16(saved.ToArray(), 4));
        Assert.Equal(saved.ToArray(), Bytes(loaded));
        Assert.Equal(model.Tag(Sentence(language)), loaded.Tag(Sentence(language)));
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_model_saved_in_format_3_still_loads_to_the_same_model(Language language)
    {
        NerModel model = NerModel.LoadEmbedded(language);

        NerModel loaded = NerModel.Load(new MemoryStream(Format3(model)));

        Assert.Equal(Bytes(model), Bytes(loaded));
        Assert.Equal(model.Tag(Sentence(language)), loaded.Tag(Sentence(language)));
    }

    [Theory]
    [InlineData(Language.French, "Kent", true)]
    [InlineData(Language.English, "Chechnya", true)]
    [InlineData(Language.French, "Poutine", false)]
    [InlineData(Language.English, "Blinken", false)]
    [InlineData(Language.French, "Xqzvbl", false)]
    [InlineData(Language.English, "Xqzvbl", false)]
    public void The_name_lists_tell_words_that_only_open_other_names_than_people(Language language, string word, bool expected) =>
        Assert.Equal(expected, EntityRecognizer.ModelFor(language).OpensOnlyOtherNames(word));

    [Fact]
    public void A_stream_that_is_not_a_model_is_rejected() =>
        Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream("not a model at all"u8.ToArray())));

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected_with_its_name()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("newsx-model-").FullName, "notes.txt");
        File.WriteAllText(path, "not a model at all");

        NerModelException error = Assert.Throws<NerModelException>(() => NerModel.Load(path));

        Assert.Contains("notes.txt", error.Message);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(99)]
    public void A_model_of_an_older_or_newer_format_is_rejected_with_its_version(byte version)
    {
        byte[] bytes = Bytes(NerModel.LoadEmbedded(Language.French));
        bytes[4] = version;

        Assert.Contains($"version {version}", Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream(bytes))).Message);
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_model_cut_short_anywhere_is_rejected(Language language)
    {
        byte[] bytes = Bytes(NerModel.LoadEmbedded(language));
        (int firstTable, int rowCount) = Offsets(bytes);

        foreach (int length in (int[])[3, 8, firstTable + 2, firstTable + 1000, bytes.Length / 4, rowCount + 2, rowCount + 1000, bytes.Length - 1])
        {
            Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream(bytes[..length])));
        }
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_model_with_a_damaged_count_or_row_bitmap_is_rejected_before_reading_on(Language language)
    {
        byte[] bytes = Bytes(NerModel.LoadEmbedded(language));
        (int firstTable, int rowCount) = Offsets(bytes);

        foreach ((int offset, byte[] damage) in (ValueTuple<int, byte[]>[])[
            (firstTable, [0xFF, 0xFF, 0xFF, 0x7F]), // a table of 2^31 - 1 entries
            (firstTable + 3, [0x80]), // a negative entry count
            (rowCount, [0x01, 0x00, 0x10, 0x00]), // more weight rows than the table has
            (rowCount + 4, [(byte)(bytes[rowCount + 4] ^ 1)]), // a row bit flipped in the bitmap
        ])
        {
            byte[] damaged = [.. bytes];
            damage.CopyTo(damaged, offset);
            Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream(damaged)));
        }
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_model_whose_table_keys_all_share_one_slot_is_rejected_instead_of_loading_for_ever(Language language)
    {
        byte[] bytes = Bytes(NerModel.LoadEmbedded(language));
        (int firstTable, _) = Offsets(bytes);
        int count = BitConverter.ToInt32(bytes, firstTable);
        const int crowded = 20_000; // quadratic insertion: 2 * 10^8 probes; a crafted file of millions would take days
        using var crafted = new MemoryStream();
        crafted.Write(bytes, 0, firstTable);
        crafted.Write(BitConverter.GetBytes(crowded));
        for (int i = 0; i < crowded; i++)
        {
            crafted.Write(BitConverter.GetBytes(((ulong)i << 32) | 1)); // every key's home slot is 1
        }
        crafted.Write(new byte[crowded]);
        crafted.Write(bytes.AsSpan(firstTable + sizeof(int) + (count * (sizeof(ulong) + 1))));
        crafted.Position = 0;

        Assert.Throws<NerModelException>(() => NerModel.Load(crafted));
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void A_model_claiming_more_hash_bits_than_its_file_holds_is_rejected_before_allocating_the_table(Language language)
    {
        byte[] bytes = Bytes(NerModel.LoadEmbedded(language));
        bytes[6 + 1 + bytes[6] + sizeof(ushort)] = 26; // after the magic, version, language and template: 2^26 rows × 9 labels, 1.2 GB

        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<NerModelException>(() => NerModel.Load(new MemoryStream(bytes)));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 2 * bytes.Length);
    }

    private static string[] Sentence(Language language) => language == Language.French
        ? ["Mark", "Rutte", "est", "à", "Bruxelles", "avec", "Ursula", "von", "der", "Leyen", "."]
        : ["Mark", "Rutte", "met", "Ursula", "von", "der", "Leyen", "in", "Brussels", "."];

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Where a format-4 file's first table count and its weight row count are, read from its fields.</summary>
    private static (int FirstTable, int RowCount) Offsets(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        reader.BaseStream.Position = 6;
        reader.ReadString();
        reader.ReadUInt16();
        reader.ReadByte();
        int types = reader.ReadByte();
        for (int i = 0; i < types; i++)
        {
            reader.ReadString();
        }
        int firstTable = (int)reader.BaseStream.Position;
        foreach (int valueSize in (int[])[1, 4, 1, 4, 4])
        {
            long count = reader.ReadInt32();
            reader.BaseStream.Position += count * (sizeof(ulong) + valueSize);
        }
        int labels = 1 + (2 * types);
        reader.BaseStream.Position += sizeof(float) * (1 + ((labels + 1) * labels));
        return (firstTable, (int)reader.BaseStream.Position);
    }

    /// <summary>
    /// The model in format 3, as the library wrote it until format 4: the version, then deflated, the fields of format 4
    /// up to the weights with each table as (key, value) records, and the whole weight table.
    /// </summary>
    private static byte[] Format3(NerModel model)
    {
        using var output = new MemoryStream();
        using (var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("NXNR"u8);
            writer.Write((ushort)3);
        }
        using (var writer = new BinaryWriter(new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true)))
        {
            writer.Write(model.Language.ToCode());
            writer.Write((ushort)FeatureExtractor.TemplateId);
            writer.Write((byte)model.Features.HashBits);
            writer.Write((byte)model.EntityTypes.Count);
            foreach (string type in model.EntityTypes)
            {
                writer.Write(type);
            }
            WriteRecords(writer, model.Features.Gazetteer.Entries, (w, v) => w.Write(v));
            WriteRecords(writer, model.Features.Clusters.Entries, (w, v) => w.Write(v));
            WriteRecords(writer, model.Features.Names.Entries, (w, v) => w.Write(v));
            WriteRecords(writer, model.Features.NameParts.Entries, (w, v) => w.Write(v));
            WriteRecords(writer, model.Features.Lists.Entries, (w, v) => w.Write(v));
            writer.Write(model.Scale);
            writer.Write(MemoryMarshal.AsBytes(model.RawTransitions));
            writer.Write(MemoryMarshal.AsBytes(model.RawWeights));
        }
        return output.ToArray();
    }

    private static void WriteRecords<T>(BinaryWriter writer, KeyValuePair<ulong, T>[] entries, Action<BinaryWriter, T> write)
    {
        writer.Write(entries.Length);
        foreach ((ulong key, T value) in entries)
        {
            writer.Write(key);
            write(writer, value);
        }
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public void The_embedded_model_of_a_language_is_loaded_once_and_is_the_extractors(Language language)
    {
        NerModel model = NerModel.LoadEmbedded(language);

        Assert.Equal(language, model.Language);
        Assert.Same(model, NerModel.LoadEmbedded(language));
        Assert.Same(model, EntityRecognizer.ModelFor(language));
    }

    [Fact]
    public void There_is_no_embedded_model_for_an_unknown_language() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NerModel.LoadEmbedded(Language.Unknown));
}
