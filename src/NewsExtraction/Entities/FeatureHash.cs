using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    public static ulong Combine(ulong a, ulong b) => Mix(Unmixed(a, b));

    /// <summary>What <see cref="Combine"/> mixes: <c>Combine(a, b) == Mix(Unmixed(a, b))</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Unmixed(ulong a, ulong b) => (a * Golden) + BitOperations.RotateLeft(b, 31);

    /// <summary>
    /// <see cref="Mix(ulong)"/> of each of four values, at once where the processor multiplies 64-bit lanes (AVX-512 DQ):
    /// a token's features do not depend on one another.
    /// </summary>
    public static Vector256<ulong> Mix(Vector256<ulong> x)
    {
        if (!Avx512DQ.VL.IsSupported)
        {
            return MixEachLane(x);
        }
        x ^= Vector256.ShiftRightLogical(x, 33);
        x *= 0xff51afd7ed558ccd;
        x ^= Vector256.ShiftRightLogical(x, 33);
        x *= 0xc4ceb9fe1a85ec53;
        return x ^ Vector256.ShiftRightLogical(x, 33);
    }

    /// <summary><see cref="Mix(Vector256{ulong})"/> one lane after the other, without 64-bit vector multiplication.</summary>
    internal static Vector256<ulong> MixEachLane(Vector256<ulong> x) =>
        Vector256.Create(Mix(x.GetElement(0)), Mix(x.GetElement(1)), Mix(x.GetElement(2)), Mix(x.GetElement(3)));

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
