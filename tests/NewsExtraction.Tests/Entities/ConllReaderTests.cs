using NewsExtraction.Entities.Training;

namespace NewsExtraction.Tests.Entities;

public sealed class ConllReaderTests
{
    private static IReadOnlyList<LabeledSentence> Read(string conll) => ConllReader.Read(new StringReader(conll));

    [Fact]
    public void Sentences_are_separated_by_blank_lines()
    {
        IReadOnlyList<LabeledSentence> sentences = Read("Mark\tB-PER\nRutte\tI-PER\nparle\tO\n\nLondon\tB-LOC\n");

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Mark", "Rutte", "parle"], sentences[0].Tokens);
        Assert.Equal(["B-PER", "I-PER", "O"], sentences[0].Labels);
        Assert.Equal(["London"], sentences[1].Tokens);
    }

    [Fact]
    public void The_label_is_the_last_column_and_docstart_lines_are_skipped()
    {
        IReadOnlyList<LabeledSentence> sentences = Read("-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n");

        LabeledSentence sentence = Assert.Single(sentences);
        Assert.Equal(["EU", "rejects"], sentence.Tokens);
        Assert.Equal(["B-ORG", "O"], sentence.Labels);
    }

    [Theory]
    [InlineData("Paris\tI-LOC\nLondres\tI-LOC\n", new[] { "B-LOC", "I-LOC" })]
    [InlineData("Paris\tI-LOC\nOtan\tI-ORG\n", new[] { "B-LOC", "B-ORG" })]
    public void Iob1_entities_are_read_as_bio(string conll, string[] expected) =>
        Assert.Equal(expected, Assert.Single(Read(conll)).Labels);

    [Theory]
    [InlineData("l\tO\n'\tO\nOtan\tB-ORG\n", new[] { "l'", "Otan" })]
    [InlineData("d\tO\n’\tO\nun\tO\n", new[] { "d’", "un" })]
    [InlineData("Rock\tO\n'\tO\nn\tO\n", new[] { "Rock", "'", "n" })]
    public void French_elisions_written_as_two_tokens_are_joined_as_the_tokenizer_splits_them(string conll, string[] expected) =>
        Assert.Equal(expected, Assert.Single(Read(conll)).Tokens);

    [Fact]
    public void A_line_without_label_is_an_error() =>
        Assert.Throws<FormatException>(() => Read("Paris\n"));
}
