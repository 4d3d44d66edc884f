using System.Text;
using NewsExtraction.Cli.Input;

namespace NewsExtraction.Tests.Cli;

public sealed class Utf8LinesTests
{
    private static string[] Lines(byte[] input, int chunk = int.MaxValue) =>
        [.. Utf8Lines.Read(new ChunkedStream(input, chunk), maxLineBytes: 1 << 20).Select(l => Encoding.UTF8.GetString(l.Bytes))];

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
    public void A_leading_byte_order_mark_is_skipped() =>
        Assert.Equal(["{}", "x"], Lines([0xEF, 0xBB, 0xBF, .. "{}\nx"u8], chunk: 2));

    [Fact]
    public void Lines_longer_than_the_buffer_come_whole()
    {
        string french = new('é', 100_000), english = new('e', 300_000);

        Assert.Equal([french, english], Lines(Encoding.UTF8.GetBytes(french + "\n" + english + "\n"), chunk: 4096));
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, like a pipe.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
