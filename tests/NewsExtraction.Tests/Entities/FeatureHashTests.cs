using System.Runtime.Intrinsics;
using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class FeatureHashTests
{
    /// <summary>
    /// Models are trained and read with whichever path the processor takes (64-bit vector multiplication or lane by
    /// lane): both must give every feature the same row.
    /// </summary>
    [Fact]
    public void Mixing_four_values_at_once_mixes_each_as_alone()
    {
        var random = new Random(5);
        for (int i = 0; i < 1000; i++)
        {
            var values = Vector256.Create((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)i, ulong.MaxValue - (ulong)i);
            Vector256<ulong> each = Vector256.Create(
                FeatureHash.Mix(values.GetElement(0)), FeatureHash.Mix(values.GetElement(1)), FeatureHash.Mix(values.GetElement(2)), FeatureHash.Mix(values.GetElement(3)));

            Assert.Equal(each, FeatureHash.Mix(values));
            Assert.Equal(each, FeatureHash.MixEachLane(values));
        }
    }
}
