using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Tests.Pipeline;

public sealed class DocumentContextTests
{
    // Accents, typographic apostrophes and dashes, capitals, and characters outside the BMP (an emoji, a Deseret
    // capital, whose lower case is a surrogate pair too): every token folds in place, at its own offsets.
    [Theory]
    [InlineData("L’ÉLYSÉE a reçu le président de Côte-d’Ivoire 😀 à Paris.")]
    [InlineData("The WHITE HOUSE said 𐐀𐐁 things on Monday — “NATO’s” too.")]
    public void The_folded_text_is_each_token_folded_at_its_own_offsets(string text)
    {
        // A longer document before it on the thread, whose folded text goes back to the pool (the same size class).
        using (var longer = new DocumentContext(new string('X', 63)))
        {
            Assert.Equal(63, longer.FoldedText.Length);
        }
        using var document = new DocumentContext(text);

        ReadOnlySpan<char> folded = document.FoldedText;

        Assert.Equal(text.Length, folded.Length);
        foreach (Token token in document.Tokens)
        {
            Assert.Equal(TextFolding.Fold(text.AsSpan(token.Start, token.Length)), folded.Slice(token.Start, token.Length).ToString());
        }
        Assert.Equal(TextFolding.Fold(text), folded.ToString());
    }

    [Fact]
    public void An_entity_overlapping_one_already_there_is_not_added()
    {
        using var document = new DocumentContext("Emmanuel Macron et Joe Biden");
        Assert.True(document.TryAddEntity(new EntityDraft(EntityType.Person, 0, 15)));
        Assert.False(document.TryAddEntity(new EntityDraft(EntityType.Person, 9, 18)));
        Assert.True(document.TryAddEntity(new EntityDraft(EntityType.Person, 19, 28)));
        Assert.Equal(["Emmanuel Macron", "Joe Biden"], document.ToResult().Entities.Select(e => e.Text));
    }

    [Fact]
    public void A_replacement_must_keep_the_span()
    {
        using var document = new DocumentContext("la Russie");
        document.TryAddEntity(new EntityDraft(EntityType.Location, 3, 9));
        Assert.Throws<ArgumentException>(() => document.ReplaceEntity(0, new EntityDraft(EntityType.Country, 0, 9)));
    }

    [Fact]
    public void A_new_document_starts_without_the_entities_and_quotes_of_one_disposed_before_it()
    {
        // The lists are reused from one document to the next on a thread.
        using (var first = new DocumentContext("Mark Rutte said: \"Yes.\""))
        {
            first.TryAddEntity(new EntityDraft(EntityType.Person, 0, 10));
            first.Quotes.Add(new Quote { Start = 17, End = 23, Text = "\"Yes.\"" });
        }
        using var second = new DocumentContext("Rien à signaler.");
        Assert.Equal(0, second.Entities.Length);
        Assert.Empty(second.Quotes);
    }

    [Theory]
    [InlineData("Mark Rutte a parlé.", "Mark Rutte")]
    [InlineData("Mark Rutte spoke.", "Mark Rutte")]
    public void A_mention_that_is_its_own_canonical_name_shares_one_string_with_it(string text, string name)
    {
        using var document = new DocumentContext(text);
        document.TryAddEntity(new EntityDraft(EntityType.Person, 0, name.Length) { Canonical = name });
        Entity entity = Assert.Single(document.ToResult().Entities);
        Assert.Equal(name, entity.Text);
        Assert.Same(entity.Canonical, entity.Text);
    }

    [Theory]
    [InlineData("Le  ministre a dit.", "ministre")]
    [InlineData("The  minister said.", "minister")]
    public void The_token_at_an_offset_is_the_one_holding_it_or_the_next_one(string text, string word)
    {
        using var document = new DocumentContext(text);
        int start = text.IndexOf(word, StringComparison.Ordinal);

        Assert.Equal(0, document.TokenAt(0));
        Assert.Equal(0, document.TokenAt(-1));
        Assert.Equal(1, document.TokenAt(start - 2)); // in the spaces before the word
        Assert.Equal(1, document.TokenAt(start));
        Assert.Equal(1, document.TokenAt(start + word.Length - 1));
        Assert.Equal(2, document.TokenAt(start + word.Length));
        Assert.Equal(document.TokenCount - 1, document.TokenAt(text.Length - 1));
        Assert.Equal(document.TokenCount, document.TokenAt(text.Length));
        Assert.Equal(document.TokenCount, document.TokenAt(text.Length + 5));
    }

    [Theory]
    [InlineData("Le ministre de l'Économie, Bruno Le Maire, a annoncé   mardi 12 milliards d'euros d'économies.")]
    [InlineData("The Prime Minister, Keir Starmer, said on Tuesday that £12bn would be saved.\n\nNo more.")]
    public void Every_offset_of_a_text_finds_the_first_token_that_ends_after_it(string text)
    {
        using var document = new DocumentContext(text);

        for (int offset = 0; offset <= text.Length; offset++)
        {
            int expected = 0;
            while (expected < document.TokenCount && document.Tokens[expected].End <= offset)
            {
                expected++;
            }
            Assert.Equal(expected, document.TokenAt(offset));
        }
    }

    [Theory]
    [InlineData("Il a dit.\nElle a répondu.")]
    [InlineData("He said.\r\nShe answered.")]
    [InlineData("He said.\rShe answered.")]
    [InlineData("Il a dit.\u2029Elle a répondu.")]
    public void Every_kind_of_line_break_separates_two_tokens(string text)
    {
        using var document = new DocumentContext(text);
        int second = document.TokenAt(text.IndexOfAny(['E', 'S']));

        Assert.True(document.LineBreakBefore(second));
        Assert.True(document.LineBreakBetween(0, second));
        Assert.False(document.LineBreakBefore(1));
        Assert.False(document.LineBreakBefore(0));
    }

    [Fact]
    public void A_line_runs_from_after_one_break_to_the_next_in_French_and_English()
    {
        const string text = "Titre\r\nIl a dit oui.\nHe said yes.";
        using var document = new DocumentContext(text);
        int french = text.IndexOf("dit", StringComparison.Ordinal);
        int english = text.IndexOf("said", StringComparison.Ordinal);

        Assert.Equal(text.IndexOf("Il", StringComparison.Ordinal), document.LineStart(french));
        Assert.Equal(text.IndexOf('\n', french), document.LineEnd(french));
        Assert.Equal(text.IndexOf("He", StringComparison.Ordinal), document.LineStart(english));
        Assert.Equal(text.Length, document.LineEnd(english));
        Assert.Equal(text.IndexOf('\r'), document.NextLineBreak(0));
        Assert.Equal(int.MaxValue, document.NextLineBreak(english));
        Assert.True(document.LineBreakIn(0, french));
        Assert.False(document.LineBreakIn(english, text.Length));
    }
}
