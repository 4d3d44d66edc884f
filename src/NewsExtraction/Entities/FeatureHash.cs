using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsExtraction.Entities;

/// <summary>The 64-bit hashing behind the entity model's features and gazetteer; changing it changes every model.</summary>
internal static class FeatureHash
{
    public const ulong Seed = 0xcbf29ce484222325;
    private const ulong Prime = 0x100000001b3;
    private const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>Adds one character (FNV-1a step).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Combines two hashes, order-sensitive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix((a * Golden) + BitOperations.RotateLeft(b, 31));

    /// <summary>The murmur3 finaliser: spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccd;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53;
        x ^= x >> 33;
        return x;
    }
}
