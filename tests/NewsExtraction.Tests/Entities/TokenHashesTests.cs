using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class TokenHashesTests
{
    [Theory]
    [InlineData("Poutine")]
    [InlineData("l’Otan")]
    [InlineData("Kim Jong-un")]
    [InlineData("«")]
    [InlineData("")]
    public void The_word_hash_alone_is_the_word_hash_of_all_the_hashes(string token) =>
        Assert.Equal(TokenHashes.Of(token).Word, TokenHashes.WordOf(token));

    [Fact]
    public void Apostrophes_and_dashes_written_differently_hash_alike()
    {
        Assert.Equal(TokenHashes.WordOf("l'Otan"), TokenHashes.WordOf("l’Otan"));
        Assert.Equal(TokenHashes.WordOf("Jong-un"), TokenHashes.WordOf("Jong–un"));
        Assert.NotEqual(TokenHashes.WordOf("otan"), TokenHashes.WordOf("Otan"));
    }
}
