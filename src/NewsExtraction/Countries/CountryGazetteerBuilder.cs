using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Countries;

/// <summary>
/// Compiles the country gazetteer from <c>countries.tsv</c> (see <c>../shared/data/README.md</c>): keeps the
/// sovereign states and three decided territories, expands every name, demonym and capital in both languages
/// into a <see cref="CountryEntry"/>, and applies the hand-made decisions below. Cold path, run by
/// <c>newsx gazetteer-build</c>; the result is committed as <c>models/countries.bin</c>.
/// </summary>
internal static class CountryGazetteerBuilder
{
    /// <summary>The attribution the ODbL and the other licences ask for; stored in the compiled file.</summary>
    public const string Attribution =
        "Contains data from mledoze/countries (https://github.com/mledoze/countries), © Mohammed Le Doze, ODbL 1.0; "
        + "Unicode CLDR, Copyright © 2015-2024 Unicode, Inc., Unicode License v3; "
        + "michaelwittig/node-i18n-iso-countries, © 2016 widdix GmbH, MIT. "
        + "This compiled database is offered under the ODbL 1.0.";

    // Not flagged independent by the source, but named and acting as states in the news: Kosovo (recognised by
    // about half the UN), Taiwan (its own government, army and diplomacy), Palestine (UN observer state). Readers
    // asking "which countries" expect them; their ISO codes (XK, TW, PS) keep them distinguishable.
    private static readonly FrozenSet<string> DecidedTerritories = FrozenSet.Create(StringComparer.Ordinal, "XK", "TW", "PS");

    // Forms that are mostly something else: "Pole" (North Pole), "Male" (the word).
    private static readonly FrozenSet<string> Excluded = FrozenSet.Create(StringComparer.Ordinal, "Pole", "Male");

    private static readonly FrozenDictionary<string, CountryEntryFlags> SurfaceFlags = new Dictionary<string, CountryEntryFlags>
    {
        // Personal names first, places second.
        ["Jordan"] = CountryEntryFlags.PersonName,
        ["Chad"] = CountryEntryFlags.PersonName,
        ["Washington"] = CountryEntryFlags.PersonName,
        ["Salvador"] = CountryEntryFlags.PersonName,
        ["Dominique"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Maurice"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Hollande"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Sofia"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Santiago"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Colombo"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Victoria"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Wellington"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        ["Moroni"] = CountryEntryFlags.PersonName | CountryEntryFlags.NeedsEvidence,
        // A US state, or a town of the same name elsewhere, as often as the state's own.
        ["Georgia"] = CountryEntryFlags.NeedsEvidence,
        ["Georgian"] = CountryEntryFlags.NeedsEvidence,
        ["Georgians"] = CountryEntryFlags.NeedsEvidence,
        ["Kingston"] = CountryEntryFlags.NeedsEvidence,
        ["Georgetown"] = CountryEntryFlags.NeedsEvidence,
        ["Nassau"] = CountryEntryFlags.NeedsEvidence,
        ["Tripoli"] = CountryEntryFlags.NeedsEvidence,
        ["Malé"] = CountryEntryFlags.NeedsEvidence,
        ["Sucre"] = CountryEntryFlags.NeedsEvidence,
        ["Roseau"] = CountryEntryFlags.NeedsEvidence,
        ["Castries"] = CountryEntryFlags.NeedsEvidence,
        ["St. George's"] = CountryEntryFlags.NeedsEvidence,
        ["Saint John's"] = CountryEntryFlags.NeedsEvidence,
        ["Kingstown"] = CountryEntryFlags.NeedsEvidence,
        // Acronyms that are words in lower case.
        ["US"] = CountryEntryFlags.WordAcronym,
        ["EAU"] = CountryEntryFlags.WordAcronym,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Forms the sources lack: Korea without North or South (resolved by context), and press spellings.
    private static readonly (string Surface, string Iso2, CountryForm Form, Language Language)[] Additions =
    [
        ("Corée", "KR KP", CountryForm.Name, Language.French),
        ("coréen", "KR KP", CountryForm.Demonym, Language.French),
        ("coréenne", "KR KP", CountryForm.Demonym, Language.French),
        ("coréens", "KR KP", CountryForm.Demonym, Language.French),
        ("coréennes", "KR KP", CountryForm.Demonym, Language.French),
        ("Korea", "KR KP", CountryForm.Name, Language.English),
        ("Korean", "KR KP", CountryForm.Demonym, Language.English),
        ("Koreans", "KR KP", CountryForm.Demonym, Language.English),
        ("Washington", "US", CountryForm.Capital, Language.English),
        ("Kiev", "UA", CountryForm.Capital, Language.English),
        // The press's literary adjectives: "le tourisme hexagonal" (France), "le matériel helvétique" (Switzerland).
        ("hexagonal", "FR", CountryForm.Demonym, Language.French),
        ("hexagonale", "FR", CountryForm.Demonym, Language.French),
        ("hexagonaux", "FR", CountryForm.Demonym, Language.French),
        ("hexagonales", "FR", CountryForm.Demonym, Language.French),
        ("helvétique", "CH", CountryForm.Demonym, Language.French),
        ("helvétiques", "CH", CountryForm.Demonym, Language.French),
    ];

    // First parts of compound adjectives (russo-ukrainien, Sino-American); valid only before a hyphen.
    private static readonly (string Surface, string Iso2)[] CombiningForms =
    [
        ("russo", "RU"), ("sino", "CN"), ("franco", "FR"), ("germano", "DE"), ("anglo", "GB"), ("italo", "IT"),
        ("hispano", "ES"), ("luso", "PT"), ("nippo", "JP"), ("americano", "US"), ("israélo", "IL"), ("syro", "SY"),
        ("irano", "IR"), ("irako", "IQ"), ("turco", "TR"), ("gréco", "GR"), ("belgo", "BE"), ("helvético", "CH"),
        ("austro", "AT"), ("hungaro", "HU"), ("polono", "PL"), ("serbo", "RS"), ("croato", "HR"), ("arméno", "AM"),
        ("ukraino", "UA"), ("indo", "IN"), ("pakistano", "PK"), ("afghano", "AF"), ("libano", "LB"), ("égypto", "EG"),
        ("saoudo", "SA"), ("canado", "CA"), ("mexicano", "MX"), ("cubano", "CU"), ("vénézuélo", "VE"), ("colombo", "CO"),
        ("argentino", "AR"), ("tchéco", "CZ"), ("slovaco", "SK"), ("roumano", "RO"), ("bulgaro", "BG"), ("albano", "AL"),
        ("chypro", "CY"), ("rwando", "RW"), ("birmano", "MM"),
    ];

    private static readonly (string Column, CountryForm Form, Language Language)[] Columns =
    [
        ("en_names", CountryForm.Name, Language.English),
        ("fr_names", CountryForm.Name, Language.French),
        ("en_demonym_adj", CountryForm.Demonym, Language.English),
        ("en_demonym_nouns", CountryForm.Demonym, Language.English),
        ("fr_adj_m_sg", CountryForm.Demonym, Language.French),
        ("fr_adj_f_sg", CountryForm.Demonym, Language.French),
        ("fr_adj_m_pl", CountryForm.Demonym, Language.French),
        ("fr_adj_f_pl", CountryForm.Demonym, Language.French),
        ("fr_noun_forms", CountryForm.Demonym, Language.French),
        ("en_capital", CountryForm.Capital, Language.English),
        ("fr_capital", CountryForm.Capital, Language.French),
    ];

    /// <summary>Compiles the gazetteer from the tab-separated source.</summary>
    /// <exception cref="InvalidDataException">A column is missing or a row is malformed.</exception>
    public static CountryGazetteer Build(TextReader tsv)
    {
        string header = tsv.ReadLine() ?? throw new InvalidDataException("The gazetteer is empty.");
        string[] names = header.Split('\t');
        int Column(string name) => Array.IndexOf(names, name) is >= 0 and int i ? i
            : throw new InvalidDataException($"The gazetteer has no column '{name}'.");
        int iso2Column = Column("iso2"), independentColumn = Column("independent");
        int[] formColumns = [.. Columns.Select(c => Column(c.Column))];

        var merged = new Dictionary<(string Key, CountryForm Form, Language Language), Accumulator>();
        void Add(string surface, IEnumerable<string> iso2, CountryForm form, Language language, CountryEntryFlags flags)
        {
            string key = PhraseDictionary.KeyOf(surface);
            if (!merged.TryGetValue((key, form, language), out Accumulator? acc))
            {
                merged[(key, form, language)] = acc = new Accumulator(SurfaceOf(surface));
            }
            acc.Iso2.UnionWith(iso2);
            CaseRule rule = (flags & CountryEntryFlags.CombiningForm) != 0 ? CaseRule.Any : CaseRules.Infer(acc.Surface, CaseRule.Capitalized);
            acc.Case = (CaseRule)Math.Min((int)acc.Case, (int)rule); // the more permissive wins: russe and Russe
            acc.Flags |= flags | SurfaceFlags.GetValueOrDefault(surface);
        }

        int lineNumber = 1;
        for (string? line = tsv.ReadLine(); line is not null; line = tsv.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            string[] cells = line.Split('\t');
            if (cells.Length != names.Length)
            {
                throw new InvalidDataException($"Gazetteer line {lineNumber} has {cells.Length} cells, not {names.Length}.");
            }
            string iso2 = cells[iso2Column];
            if (cells[independentColumn] != "true" && !DecidedTerritories.Contains(iso2))
            {
                continue;
            }
            for (int c = 0; c < Columns.Length; c++)
            {
                (_, CountryForm form, Language language) = Columns[c];
                foreach (string value in cells[formColumns[c]].Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    string? surface = Clean(value, form);
                    if (surface is not null)
                    {
                        Add(surface, [iso2], form, language, CountryEntryFlags.None);
                    }
                }
            }
        }
        foreach ((string surface, string iso2, CountryForm form, Language language) in Additions)
        {
            Add(surface, iso2.Split(' '), form, language, CountryEntryFlags.None);
        }
        foreach ((string surface, string iso2) in CombiningForms)
        {
            Add(surface, [iso2], CountryForm.Demonym, Language.French, CountryEntryFlags.CombiningForm);
        }
        return new CountryGazetteer(
            merged.Select(m => new CountryEntry(m.Key.Key, m.Value.Surface, [.. m.Value.Iso2], m.Key.Form, m.Key.Language, m.Value.Case, m.Value.Flags)),
            Attribution);
    }

    // Variants in list form ("Korea, Republic of", "Congo (RDC)") never occur in prose; an article before a
    // name stays outside the mention ("the Netherlands").
    private static string? Clean(string value, CountryForm form)
    {
        if (value.Contains('(') || value.Contains(',') || Excluded.Contains(value))
        {
            return null;
        }
        if (form == CountryForm.Name && (value.StartsWith("The ", StringComparison.Ordinal) || value.StartsWith("the ", StringComparison.Ordinal)))
        {
            return value[4..];
        }
        return value;
    }

    // The surface's tokens joined by single spaces, so that they line up with the key's.
    private static string SurfaceOf(string surface)
    {
        TextSpan[] tokens = Tokenizer.Tokenize(surface);
        return string.Join(' ', tokens.Select(t => surface[t.Start..t.End]));
    }

    private sealed class Accumulator(string surface)
    {
        public string Surface { get; } = surface;

        public SortedSet<string> Iso2 { get; } = new(StringComparer.Ordinal);

        public CaseRule Case { get; set; } = CaseRule.Exact;

        public CountryEntryFlags Flags { get; set; }
    }
}
