using NewsExtraction.Pipeline;

namespace NewsExtraction.Tests.Pipeline;

public sealed class GapBufferTests
{
    [Fact]
    public void Inserts_and_removals_anywhere_keep_the_order_a_list_would()
    {
        var random = new Random(13);
        var buffer = new GapBuffer<string>();
        var expected = new List<string>();
        for (int step = 0; step < 5000; step++)
        {
            if (expected.Count > 0 && random.Next(3) == 0)
            {
                int index = random.Next(expected.Count);
                buffer.RemoveAt(index);
                expected.RemoveAt(index);
            }
            else
            {
                int index = random.Next(expected.Count + 1);
                buffer.Insert(index, $"{step}");
                expected.Insert(index, $"{step}");
            }
            int probe = random.Next(expected.Count + 1);
            if (probe < expected.Count)
            {
                Assert.Equal(expected[probe], buffer[probe]);
            }
        }
        Assert.Equal(expected.Count, buffer.Count);
        Assert.Equal(expected, buffer.AsSpan().ToArray());
    }

    [Fact]
    public void Set_replaces_in_place_and_clear_empties()
    {
        var buffer = new GapBuffer<int>();
        for (int i = 0; i < 40; i++)
        {
            buffer.Insert(i / 2, i);
        }
        buffer.Set(3, -1);
        Assert.Equal(-1, buffer[3]);
        buffer.Clear();
        Assert.Equal(0, buffer.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer[0]);
    }
}
