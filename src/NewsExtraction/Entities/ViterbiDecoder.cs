using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsExtraction.Entities;

/// <summary>
/// Best label sequence under per-token scores and label-bigram transitions, keeping to valid BIO:
/// label 0 is O, <c>2k+1</c> is B of type k, <c>2k+2</c> is I of type k, and I-k only follows B-k or I-k.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Decodes one sentence.</summary>
    /// <param name="emissions">n × L scores, token-major.</param>
    /// <param name="n">The number of tokens.</param>
    /// <param name="labelCount">L, the number of labels.</param>
    /// <param name="transitions">(L + 1) × L scores from the previous label (row L: sentence start) to the next.</param>
    /// <param name="allowed">Empty, or one bit mask of allowed labels per token (training on partial annotation).</param>
    /// <param name="path">Receives n labels.</param>
    /// <param name="back">Scratch: n × L.</param>
    /// <param name="scores">Scratch: 2 × L.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, int labelCount, ReadOnlySpan<float> transitions,
        ReadOnlySpan<ulong> allowed, Span<byte> path, Span<byte> back, Span<float> scores)
    {
        if (n == 0)
        {
            return;
        }
        int l = labelCount;
        Span<float> current = scores[..l];
        Span<float> next = scores.Slice(l, l);
        ReadOnlySpan<float> start = transitions.Slice(l * l, l);
        for (int y = 0; y < l; y++)
        {
            current[y] = IsInside(y) || !Allowed(allowed, 0, y) ? float.NegativeInfinity : start[y] + emissions[y];
        }
        for (int i = 1; i < n; i++)
        {
            ReadOnlySpan<float> emission = emissions.Slice(i * l, l);
            Span<byte> pointers = back.Slice(i * l, l);
            Step(current, transitions, emission, next, pointers);
            // Only B-k (y - 1) and I-k (y) may precede I-k, the even labels from 2.
            for (int y = 2; y < l; y += 2)
            {
                float fromBegin = current[y - 1] + transitions[((y - 1) * l) + y];
                float fromInside = current[y] + transitions[(y * l) + y];
                (float best, int arg) = fromInside > fromBegin ? (fromInside, y) : (fromBegin, y - 1);
                next[y] = best + emission[y];
                pointers[y] = (byte)arg;
            }
            if (!allowed.IsEmpty)
            {
                for (int y = 0; y < l; y++)
                {
                    if (!Allowed(allowed, i, y))
                    {
                        next[y] = float.NegativeInfinity + emission[y];
                        pointers[y] = 0;
                    }
                }
            }
            Span<float> swap = current;
            current = next;
            next = swap;
        }
        int last = 0;
        for (int y = 1; y < l; y++)
        {
            if (current[y] > current[last])
            {
                last = y;
            }
        }
        path[n - 1] = (byte)last;
        for (int i = n - 1; i > 0; i--)
        {
            last = back[(i * l) + last];
            path[i - 1] = (byte)last;
        }
    }

    /// <summary>
    /// One step for every label y as if any label could precede it (the I- labels past the last vector are left to the
    /// caller's two-way step): the best previous label p (the first of equals) for <c>current[p] + transitions[p, y]</c>,
    /// into <paramref name="pointers"/>, and that score plus the emission into <paramref name="next"/>. A vector of labels
    /// at a time (eight with 256-bit vectors: the nine labels of four types in one), their best scores and labels kept in
    /// registers over p: a row of <paramref name="transitions"/> is contiguous over y, and no branch depends on the scores.
    /// </summary>
    private static void Step(ReadOnlySpan<float> current, ReadOnlySpan<float> transitions, ReadOnlySpan<float> emission, Span<float> next, Span<byte> pointers)
    {
        int l = current.Length;
        ref float from = ref MemoryMarshal.GetReference(transitions);
        int y = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; y + Vector<float>.Count <= l; y += Vector<float>.Count)
            {
                var best = new Vector<float>(float.NegativeInfinity);
                Vector<int> arg = Vector<int>.Zero;
                for (int p = 0; p < l; p++)
                {
                    Vector<float> score = new Vector<float>(current[p]) + Vector.LoadUnsafe(ref from, (nuint)((p * l) + y));
                    Vector<int> better = Vector.GreaterThan(score, best);
                    best = Vector.ConditionalSelect(better, score, best);
                    arg = Vector.ConditionalSelect(better, new Vector<int>(p), arg);
                }
                (best + new Vector<float>(emission[y..])).CopyTo(next[y..]);
                for (int k = 0; k < Vector<int>.Count; k++)
                {
                    pointers[y + k] = (byte)arg[k];
                }
            }
        }
        for (; y < l; y++)
        {
            if (IsInside(y))
            {
                continue; // The caller's two-way step decides the I- labels.
            }
            float best = float.NegativeInfinity;
            int arg = 0;
            for (int p = 0; p < l; p++)
            {
                float score = current[p] + Unsafe.Add(ref from, (p * l) + y);
                if (score > best)
                {
                    best = score;
                    arg = p;
                }
            }
            next[y] = best + emission[y];
            pointers[y] = (byte)arg;
        }
    }

    /// <summary>Whether <paramref name="label"/> is an I- label.</summary>
    public static bool IsInside(int label) => label > 0 && (label & 1) == 0;

    private static bool Allowed(ReadOnlySpan<ulong> allowed, int token, int label) =>
        allowed.IsEmpty || (allowed[token] & (1UL << label)) != 0;
}
