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
            for (int y = 0; y < l; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                if (Allowed(allowed, i, y))
                {
                    if (IsInside(y))
                    {
                        // Only B-k (y - 1) and I-k (y) may precede I-k.
                        float fromBegin = current[y - 1] + transitions[((y - 1) * l) + y];
                        float fromInside = current[y] + transitions[(y * l) + y];
                        (best, arg) = fromInside > fromBegin ? (fromInside, y) : (fromBegin, y - 1);
                    }
                    else
                    {
                        for (int p = 0; p < l; p++)
                        {
                            float s = current[p] + transitions[(p * l) + y];
                            if (s > best)
                            {
                                best = s;
                                arg = p;
                            }
                        }
                    }
                }
                next[y] = best + emission[y];
                pointers[y] = (byte)arg;
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

    /// <summary>Whether <paramref name="label"/> is an I- label.</summary>
    public static bool IsInside(int label) => label > 0 && (label & 1) == 0;

    private static bool Allowed(ReadOnlySpan<ulong> allowed, int token, int label) =>
        allowed.IsEmpty || (allowed[token] & (1UL << label)) != 0;
}
