namespace NewsExtraction.Tests;

public sealed class BatchOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_max_chars_of_zero_or_less_is_rejected_with_what_is_wrong(int maxChars)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxChars = maxChars });
        Assert.Equal("MaxChars", error.ParamName);
        Assert.Contains("at least 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Fewer_than_one_worker_is_rejected(int workers) =>
        Assert.Equal("Workers", Assert.Throws<ArgumentOutOfRangeException>(() => BatchOptions.Default with { Workers = workers }).ParamName);

    [Fact]
    public void The_read_ahead_window_of_a_huge_worker_count_does_not_overflow() =>
        Assert.Equal(int.MaxValue, new BatchOptions { Workers = int.MaxValue }.Window);
}
