using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class LargePagesTests
{
    [Theory]
    [InlineData(1 << 10)]
    [InlineData(9 << 20)]
    public void Advising_a_table_keeps_it_as_it_was_and_writable(int length)
    {
        short[] table = GC.AllocateUninitializedArray<short>(length, pinned: true);
        table.AsSpan().Fill(7);

        LargePages.Advise(table);
        table[^1] = -7;

        Assert.Equal(length - 1, table.AsSpan().Count((short)7));
        Assert.Equal(-7, table[^1]);
    }
}
