using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class HashLookupTests
{
    private static ulong NonZeroKey(Random random) => (ulong)random.NextInt64(1, long.MaxValue) * 2 + (ulong)random.Next(2);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(50_000)]
    public void Finds_every_key_it_holds_with_its_value_and_no_other(int count)
    {
        var random = new Random(count);
        var entries = new Dictionary<ulong, int>();
        while (entries.Count < count)
        {
            entries[NonZeroKey(random)] = random.Next();
        }
        var lookup = new HashLookup(entries);

        foreach ((ulong key, int value) in entries)
        {
            Assert.True(lookup.TryGetValue(key, out int found));
            Assert.Equal(value, found);
        }
        for (int i = 0; i < 50_000; i++)
        {
            ulong absent = NonZeroKey(random);
            if (!entries.ContainsKey(absent))
            {
                Assert.False(lookup.TryGetValue(absent, out int found));
                Assert.Equal(0, found);
            }
        }
    }

    [Fact]
    public void Finds_keys_that_differ_only_in_their_high_bits_or_only_in_their_low_bits()
    {
        // High bits choose the filter's word, low bits the table's slot and the filter's bits.
        var entries = new Dictionary<ulong, int>();
        for (int i = 1; i < 64; i++)
        {
            entries[((ulong)i << 58) | 1] = i;
            entries[0x5555_0000_0000_0000UL | (uint)i] = -i;
        }
        var lookup = new HashLookup(entries);

        foreach ((ulong key, int value) in entries)
        {
            Assert.True(lookup.TryGetValue(key, out int found));
            Assert.Equal(value, found);
        }
        Assert.False(lookup.TryGetValue(0x5555_0000_0000_0000UL | 65, out _));
    }
}
