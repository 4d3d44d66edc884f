using NewsExtraction.Countries;

namespace NewsExtraction.Tests.Countries;

public sealed class CountryGazetteerTests
{
    private static readonly CountryGazetteer Gazetteer = CountryGazetteer.Default;

    private static HashSet<string> States() => [.. Gazetteer.Entries.SelectMany(e => e.Iso2)];

    [Fact]
    public void The_embedded_gazetteer_has_the_sovereign_states_and_the_three_decided_territories()
    {
        HashSet<string> states = States();
        Assert.Equal(197, states.Count);
        Assert.Contains("VA", states);
        Assert.Superset(new HashSet<string> { "XK", "TW", "PS" }, states);
        Assert.DoesNotContain("GL", states); // Greenland
        Assert.DoesNotContain("HK", states);
    }

    [Fact]
    public void The_embedded_gazetteer_carries_its_odbl_attribution() =>
        Assert.Contains("mledoze/countries", Gazetteer.Attribution, StringComparison.Ordinal);

    [Theory]
    [InlineData("US", CountryForm.Name, "US")]
    [InlineData("congolais", CountryForm.Demonym, "CD CG")]
    [InlineData("Dominican", CountryForm.Demonym, "DM DO")]
    [InlineData("Kiev", CountryForm.Capital, "UA")]
    [InlineData("Moscou", CountryForm.Capital, "RU")]
    [InlineData("Nord-Coréennes", CountryForm.Demonym, "KP")]
    public void Forms_name_their_states(string surface, CountryForm form, string iso2)
    {
        Assert.True(Gazetteer.Phrases.TryGetValue(surface, out int group));
        CountryEntry[] entries = [.. Gazetteer.Group(group).ToArray().Where(e => e.Form == form)];
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(iso2.Split(' '), e.Iso2));
    }

    [SharedDataFact]
    public void The_committed_gazetteer_is_what_the_builder_makes_from_the_shared_source()
    {
        string shared = TestPaths.RequiredShared;
        using StreamReader source = File.OpenText(Path.Combine(shared, "data", "gazetteer", "countries.tsv"));
        using var built = new MemoryStream();
        CountryGazetteerBuilder.Build(source).Write(built);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Repository, "models", "countries.bin")), built.ToArray());
    }

    [Theory]
    [InlineData("iso2\tname\nFR\tFrance\n")]
    [InlineData("")]
    public void The_builder_rejects_a_source_without_the_expected_columns(string tsv) =>
        Assert.Throws<InvalidDataException>(() => CountryGazetteerBuilder.Build(new StringReader(tsv)));

    [Fact]
    public void A_written_gazetteer_reads_back_the_same()
    {
        using var stream = new MemoryStream();
        Gazetteer.Write(stream);
        stream.Position = 0;
        CountryGazetteer read = CountryGazetteer.Read(stream);
        Assert.Equal(Gazetteer.Entries.Count, read.Entries.Count);
        Assert.Equal(Gazetteer.Entries[100].Surface, read.Entries[100].Surface);
    }
}
