using System.Text;
using NewsExtraction.Text;

namespace NewsExtraction.Countries;

/// <summary>
/// The compiled country gazetteer: every form of every state, grouped by phrase key in a
/// <see cref="PhraseDictionary"/>. Built by <see cref="CountryGazetteerBuilder"/> (<c>newsx gazetteer-build</c>),
/// stored as <c>models/countries.bin</c> and embedded in the library. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// File format, little-endian: the bytes <c>NXCG</c>, a format version byte, the attribution (a length-prefixed
/// UTF-8 string, as <see cref="BinaryWriter"/> writes it), the entry count (int32), then per entry: key, surface,
/// form, language, case rule, flags (one byte each for the last four), the number of ISO codes (byte) and the codes.
/// </remarks>
internal sealed class CountryGazetteer
{
    /// <summary>The manifest name of the embedded gazetteer.</summary>
    public const string ResourceName = "NewsExtraction.Countries.countries.bin";

    private static ReadOnlySpan<byte> Magic => "NXCG"u8;

    private const byte FormatVersion = 1;

    private readonly CountryEntry[] _entries;
    private readonly (int First, int Count)[] _groups;

    /// <summary>Creates a gazetteer from its entries (in any order).</summary>
    public CountryGazetteer(IEnumerable<CountryEntry> entries, string attribution)
    {
        _entries = [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.Language).ThenBy(e => e.Form)];
        Attribution = attribution;
        var groups = new List<(int, int)>();
        var phrases = new List<KeyValuePair<string, int>>();
        for (int i = 0; i < _entries.Length;)
        {
            int j = i + 1;
            while (j < _entries.Length && _entries[j].Key == _entries[i].Key)
            {
                j++;
            }
            phrases.Add(new(_entries[i].Key, groups.Count));
            groups.Add((i, j - i));
            i = j;
        }
        _groups = [.. groups];
        Phrases = new PhraseDictionary(phrases);
    }

    /// <summary>The gazetteer embedded in the library, loaded on first use.</summary>
    public static CountryGazetteer Default { get; } = LoadEmbedded();

    /// <summary>The data sources and their licences, carried with the data.</summary>
    public string Attribution { get; }

    /// <summary>All entries, sorted by key.</summary>
    public IReadOnlyList<CountryEntry> Entries => _entries;

    /// <summary>The phrase keys; a value is a group for <see cref="Group"/>.</summary>
    public PhraseDictionary Phrases { get; }

    /// <summary>The entries that share one key.</summary>
    public ReadOnlySpan<CountryEntry> Group(int value)
    {
        (int first, int count) = _groups[value];
        return _entries.AsSpan(first, count);
    }

    /// <summary>Writes the gazetteer in its binary format.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Attribution);
        writer.Write(_entries.Length);
        foreach (CountryEntry e in _entries)
        {
            writer.Write(e.Key);
            writer.Write(e.Surface);
            writer.Write((byte)e.Form);
            writer.Write((byte)e.Language);
            writer.Write((byte)e.Case);
            writer.Write((byte)e.Flags);
            writer.Write((byte)e.Iso2.Length);
            foreach (string iso in e.Iso2)
            {
                writer.Write(iso);
            }
        }
    }

    /// <summary>Reads a gazetteer written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a gazetteer of this version.</exception>
    public static CountryGazetteer Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadByte() != FormatVersion)
        {
            throw new InvalidDataException("Not a country gazetteer of format version 1 (expected the bytes NXCG 1).");
        }
        string attribution = reader.ReadString();
        var entries = new CountryEntry[reader.ReadInt32()];
        for (int i = 0; i < entries.Length; i++)
        {
            string key = reader.ReadString();
            string surface = reader.ReadString();
            var form = (CountryForm)reader.ReadByte();
            var language = (Language)reader.ReadByte();
            var rule = (CaseRule)reader.ReadByte();
            var flags = (CountryEntryFlags)reader.ReadByte();
            var iso2 = new string[reader.ReadByte()];
            for (int k = 0; k < iso2.Length; k++)
            {
                iso2[k] = string.Intern(reader.ReadString());
            }
            entries[i] = new CountryEntry(key, surface, iso2, form, language, rule, flags);
        }
        return new CountryGazetteer(entries, attribution);
    }

    private static CountryGazetteer LoadEmbedded()
    {
        using Stream stream = typeof(CountryGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        return Read(stream);
    }
}
