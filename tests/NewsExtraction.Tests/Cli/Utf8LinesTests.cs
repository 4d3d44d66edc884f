using System.Text;
using NewsExtraction.Cli.Input;

namespace NewsExtraction.Tests.Cli;

public sealed class Utf8LinesTests
{
    private static string[] Lines(byte[] input, int chunk = int.MaxValue, int maxLineBytes = 1 << 20) =>
        [.. Utf8Lines.Read(new ChunkedStream(input, chunk), maxLineBytes).Select(l => Encoding.UTF8.GetString(l.Bytes))];

    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("\n\nSéoul « proteste »\n", new[] { "", "", "Séoul « proteste »" })]
    [InlineData("", new string[0])]
    public void Lines_are_split_at_newlines_without_their_line_ends(string input, string[] expected)
    {
        Assert.Equal(expected, Lines(Encoding.UTF8.GetBytes(input)));
        Assert.Equal(expected, Lines(Encoding.UTF8.GetBytes(input), chunk: 1));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_any_line_is_skipped() =>
        Assert.Equal(["{}", "x", "y\uFEFF"], Lines([0xEF, 0xBB, 0xBF, .. "{}\n"u8, 0xEF, 0xBB, 0xBF, .. "x\ny"u8, 0xEF, 0xBB, 0xBF], chunk: 2));

    [Fact]
    public void Lines_longer_than_the_buffer_come_whole()
    {
        string french = new('é', 100_000), english = new('e', 300_000);

        Assert.Equal([french, english], Lines(Encoding.UTF8.GetBytes(french + "\n" + english + "\n"), chunk: 4096));
    }

    [Fact]
    public void A_line_over_the_limit_comes_as_too_long_with_its_start_and_length_and_the_next_lines_whole()
    {
        byte[] input = [.. "{\"id\":\"big\""u8, .. Enumerable.Repeat((byte)'x', 300_000), .. "\nnext\n"u8];

        Utf8Line[] lines = [.. Utf8Lines.Read(new ChunkedStream(input, 4096), maxLineBytes: 100_000)];

        Assert.Equal(2, lines.Length);
        Assert.True(lines[0].TooLong);
        Assert.Equal(300_011, lines[0].Length);
        Assert.Equal(Utf8Lines.PrefixBytes, lines[0].Bytes.Length);
        Assert.StartsWith("{\"id\":\"big\"", Encoding.UTF8.GetString(lines[0].Bytes));
        Assert.False(lines[1].TooLong);
        Assert.Equal("next", Encoding.UTF8.GetString(lines[1].Bytes));
    }

    [Fact]
    public void A_line_of_exactly_the_limit_comes_whole() =>
        Assert.Equal([new string('x', 1000), "y"], Lines([.. Enumerable.Repeat((byte)'x', 1000), .. "\ny"u8], chunk: 7, maxLineBytes: 1000));

    /// <summary>Returns at most <c>chunk</c> bytes per read, like a pipe.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
