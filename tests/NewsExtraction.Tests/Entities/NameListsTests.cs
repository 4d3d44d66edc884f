using NewsExtraction.Entities;
using NewsExtraction.Entities.Training;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Entities;

/// <summary>The lists of names and name words that a model learns from annotated text.</summary>
public sealed class NameListsTests
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    private static readonly LabeledSentence[] Annotated =
    [
        new(["Luka", "Modrić", "joue", "au", "Dinamo", "Zagreb", "."], ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"]),
        new(["Zagreb", "est", "la", "capitale", "."], ["B-LOC", "O", "O", "O", "O"]),
        new(["Luka", "Modrić", "plays", "for", "Real", "Madrid", "."], ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"]),
    ];

    /// <summary>The <see cref="TokenHashes.Lexicon"/> marks of the names lexicon over <paramref name="words"/>.</summary>
    private static int[] Marks(Gazetteer names, params string[] words)
    {
        TokenHashes[] tokens = [.. words.Select(w => TokenHashes.Of(w))];
        names.Mark(tokens);
        return [.. tokens.Select(t => t.Lexicon)];
    }

    [Theory]
    [InlineData("Luka Modrić a marqué", new[] { 2, 3, 0, 0 })]
    [InlineData("Dinamo Zagreb won", new[] { 4, 5, 0 })]
    [InlineData("à Zagreb", new[] { 0, 8 })]
    public void Annotated_names_are_matched_longest_first_with_the_bits_of_their_types(string text, int[] marks)
    {
        Gazetteer names = Gazetteer.Names(Annotated, Types);

        Assert.Equal(marks, Marks(names, text.Split(' ')));
    }

    [Fact]
    public void Annotated_names_are_matched_as_written()
    {
        Gazetteer names = Gazetteer.Names(Annotated, Types);

        Assert.Equal([0, 0], Marks(names, "luka", "modrić"));
    }

    [Theory]
    [InlineData("B-PER", 0)]
    [InlineData("I-LOC", 2)]
    [InlineData("B-MISC", 3)]
    [InlineData("O", -1)]
    [InlineData("B-DATE", -1)]
    public void A_label_gives_the_index_of_its_type_or_minus_one(string label, int index) =>
        Assert.Equal(index, LabeledSentence.TypeIndex(Types, label));

    [Theory]
    [InlineData("Luka", 1 << 0)]
    [InlineData("Modrić", 1 << 1)]
    [InlineData("Zagreb", (1 << 3) | (1 << 4))]
    public void Name_words_carry_the_types_and_places_they_take_in_names(string word, int bits)
    {
        NameParts parts = NameParts.Learn(Annotated, Types);

        Assert.Equal(bits | NameParts.MostlyInNames, parts.Of(TokenHashes.Of(word).Word));
    }

    [Theory]
    [InlineData("joue")]
    [InlineData("Paris")]
    public void Words_never_seen_inside_a_name_have_no_bits(string word) =>
        Assert.Equal(0, NameParts.Learn(Annotated, Types).Of(TokenHashes.Of(word).Word));

    [Fact]
    public void A_name_source_is_listed_in_the_model_without_being_trained_on()
    {
        string source = Path.Combine(Path.GetTempPath(), $"names-{Guid.NewGuid():N}.conll");
        File.WriteAllText(source, "Zorblax\tB-PER\nQuuxington\tI-PER\nsang\tO\n\n");
        try
        {
            NerModel model = NerModel.Train([new NerCorpus("train", Annotated)], [],
                new NerTrainingOptions { HashBits = 12, Epochs = 1, NameSources = [source] });

            Assert.Equal([2, 3], Marks(model.Features.Names, "Zorblax", "Quuxington"));
            Assert.Equal(0, model.Features.NameParts.Of(TokenHashes.Of("sang").Word));
        }
        finally
        {
            File.Delete(source);
        }
    }
}
