using NewsExtraction.Entities;
using NewsExtraction.Entities.Training;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Entities;

/// <summary>The organisation, person name and place lists a model compiles in at training.</summary>
public sealed class EntityListsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsx-lists-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private EntityLists Lists() => EntityLists.Read(
    [
        Write("organizations.tsv", "name\tshort\tcountry\tkind", "Crédit Lyonnais S.A.\tCrédit Lyonnais\tFR\tcompany",
            "Morgan Stanley Group Inc.\tMorgan Stanley\tUS\tcompany"),
        Write("person_names.tsv", "name\tpart\tlang\tsource", "Florence\tgiven\tfr\tx", "Morgan\tgiven\ten\tx", "Stanley\tsurname\ten\tx"),
        Write("places.tsv", "name\tcountry\tpopulation", "Florence\tIT\t380000", "Villeneuve-d'Ascq\tFR\t62000"),
    ]);

    /// <summary>Per token, the position in a match of <paramref name="kind"/> (0: none).</summary>
    private static int[] Positions(EntityLists lists, int kind, params string[] words)
    {
        TokenHashes[] tokens = [.. words.Select(w => TokenHashes.Of(w))];
        lists.Mark(tokens);
        return [.. tokens.Select(t => (t.Lists >> (3 * kind)) & 7)];
    }

    [Theory]
    [InlineData("le Crédit Lyonnais prête", new[] { 0, EntityLists.Begin, EntityLists.End, 0 })]
    [InlineData("at Morgan Stanley Group Inc. today", new[] { 0, EntityLists.Begin, EntityLists.Inside, EntityLists.Inside, EntityLists.End, 0 })]
    [InlineData("MORGAN STANLEY said", new[] { EntityLists.Begin, EntityLists.End, 0 })]
    public void An_organisation_is_matched_longest_first_by_its_name_or_short_form_in_any_case(string text, int[] positions) =>
        Assert.Equal(positions, Positions(Lists(), EntityLists.Organization, text.Split(' ')));

    [Theory]
    [InlineData(EntityLists.GivenName, new[] { 0, EntityLists.Single, EntityLists.Single, 0 })]
    [InlineData(EntityLists.Surname, new[] { 0, 0, 0, EntityLists.Single })]
    [InlineData(EntityLists.Place, new[] { 0, 0, EntityLists.Single, 0 })]
    public void Each_list_marks_its_own_matches_where_lists_overlap(int kind, int[] positions) =>
        Assert.Equal(positions, Positions(Lists(), kind, "with", "Morgan", "Florence", "Stanley"));

    [Fact]
    public void A_token_that_is_itself_an_entry_is_marked_even_inside_a_longer_match()
    {
        TokenHashes[] tokens = [.. "Morgan Stanley".Split(' ').Select(w => TokenHashes.Of(w))];
        Lists().Mark(tokens);

        Assert.Equal(1 << EntityLists.GivenName, tokens[0].Lists >> EntityLists.EntryShift);
        Assert.Equal(1 << EntityLists.Surname, tokens[1].Lists >> EntityLists.EntryShift);
        Assert.Equal(EntityLists.Begin, tokens[0].Lists & 7);
    }

    [Theory]
    [InlineData("à Villeneuve-d'Ascq")]
    [InlineData("in Villeneuve-d’Ascq")]
    public void A_place_is_matched_over_the_tokens_the_tokenizer_makes_of_it(string text)
    {
        var buffer = new Token[16];
        int n = Tokenizer.Tokenize(text, buffer);
        string[] words = [.. buffer[..n].Select(t => t.In(text).ToString())];

        int[] place = Positions(Lists(), EntityLists.Place, words);

        int[] expected = [0, .. Enumerable.Range(1, n - 1).Select(i =>
            n == 2 ? EntityLists.Single : i == 1 ? EntityLists.Begin : i == n - 1 ? EntityLists.End : EntityLists.Inside)];
        Assert.Equal(expected, place);
    }

    [Fact]
    public void A_file_that_is_no_list_is_rejected_with_its_name()
    {
        string path = Write("notes.tsv", "word\tcount", "Florence\t3");

        Assert.Contains("notes.tsv", Assert.Throws<FormatException>(() => EntityLists.Read([path])).Message);
        Assert.False(EntityLists.IsListHeader("word\tcount"));
        Assert.True(EntityLists.IsListHeader("name\tpart\tlang\tsource"));
    }

    [Fact]
    public void A_trained_model_carries_its_lists_through_save_and_load()
    {
        LabeledSentence[] sentences = [new(["Florence", "sourit", "."], ["B-PER", "O", "O"]), new(["Florence", "smiles", "."], ["B-PER", "O", "O"])];
        NerModel model = NerModel.Train([new NerCorpus("train", sentences)], [],
            new NerTrainingOptions { HashBits = 12, Epochs = 1, ListPaths = [Write("places.tsv", "name\tcountry\tpopulation", "Florence\tIT\t380000")] });
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;

        NerModel loaded = NerModel.Load(saved);

        Assert.Equal([EntityLists.Single, 0], Positions(loaded.Features.Lists, EntityLists.Place, "Florence", "sourit"));
        Assert.Equal(model.Features.Lists.Entries, loaded.Features.Lists.Entries);
    }
}
