using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using NewsExtraction.Entities.Training;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Entities;

/// <summary>
/// A trained entity model: an averaged structured perceptron over hashed sparse features, decoded with
/// Viterbi over BIO labels. Load one, tag with it, evaluate it, train or fine-tune one. Thread-safe once loaded.
/// </summary>
/// <remarks>
/// The file format (version 4, uncompressed; version 3 files are read too) is described on <see cref="NerModelFile"/>.
/// </remarks>
public sealed class NerModel
{
    private readonly string[] _types;
    private readonly short[] _weights;
    private readonly float _scale;
    private readonly float[] _transitions;
    private readonly EntityType?[] _outputTypes;
    private readonly WordCachePool _wordCaches;
    private readonly int[] _outsideSums;

    internal NerModel(Language language, string[] types, FeatureExtractor features, short[] weights, float scale, float[] transitions)
    {
        Language = language;
        _types = types;
        Features = features;
        _weights = weights;
        _scale = scale;
        _transitions = transitions;
        LabelCount = 1 + (2 * types.Length);
        _wordCaches = new(LabelCount);
        _outsideSums = new int[4 * LabelCount];
        Span<int> rows = stackalloc int[FeatureExtractor.Count];
        for (Neighbour neighbour = Neighbour.Previous; neighbour <= Neighbour.SecondNext; neighbour++)
        {
            features.NeighbourRows(FeatureExtractor.Outside, neighbour, rows);
            AddRows(rows, FeatureExtractor.NeighbourSlots(neighbour), _outsideSums.AsSpan((int)neighbour * LabelCount, LabelCount));
        }
        _outputTypes = [.. types.Select(t => t switch
        {
            "PER" => EntityType.Person,
            "ORG" => EntityType.Organization,
            "LOC" => EntityType.Location,
            _ => (EntityType?)null,
        })];
    }

    /// <summary>The language the model was trained for.</summary>
    public Language Language { get; }

    /// <summary>The entity types it tags (<c>PER</c>, <c>ORG</c>, <c>LOC</c>, <c>MISC</c>, …).</summary>
    public IReadOnlyList<string> EntityTypes => _types;

    internal FeatureExtractor Features { get; }

    /// <summary>The 16-bit weights, 2^bits rows × <see cref="LabelCount"/>, as a model file stores them.</summary>
    internal ReadOnlySpan<short> RawWeights => _weights;

    /// <summary>What a 16-bit weight is multiplied by.</summary>
    internal float Scale => _scale;

    /// <summary>The label transitions, as a model file stores them.</summary>
    internal ReadOnlySpan<float> RawTransitions => _transitions;

    /// <summary>O, then B- and I- of each type.</summary>
    internal int LabelCount { get; }

    /// <summary>
    /// Whether <paramref name="word"/>, as written, opens names of another type than people's in the annotated
    /// text of the model's name lists, and never a person's (<c>Kent</c>, <c>Chechnya</c>; not <c>Choe</c>, nor a word
    /// the lists do not hold).
    /// </summary>
    internal bool OpensOnlyOtherNames(ReadOnlySpan<char> word)
    {
        int bits = Features.NameParts.Of(TokenHashes.WordOf(word));
        bool other = false;
        for (int t = 0; t < _types.Length; t++)
        {
            if ((bits & (1 << (2 * t))) == 0)
            {
                continue;
            }
            if (_outputTypes[t] == EntityType.Person)
            {
                return false;
            }
            other = true;
        }
        return other;
    }

    // The embedded models, loaded once per process on first use of each language.
    private static readonly Lazy<NerModel> EmbeddedFrench = new(() => LoadEmbeddedModel(Language.French));
    private static readonly Lazy<NerModel> EmbeddedEnglish = new(() => LoadEmbeddedModel(Language.English));

    /// <summary>Reads a model from a file (one written by <see cref="Save(string)"/> or <c>newsx train</c>).</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="NerModelException">The file is not an entity model this version can read; the message names the file.</exception>
    public static NerModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        try
        {
            return Load(stream);
        }
        catch (NerModelException ex)
        {
            throw new NerModelException($"{path} is not an entity model this library can read: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a model from <paramref name="stream"/>.</summary>
    /// <exception cref="NerModelException">The stream is not an entity model this version can read (not a model, damaged, or of another format version); the message says why.</exception>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return NerModelFile.Read(stream);
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or OverflowException or InvalidDataException)
        {
            throw new NerModelException("damaged or cut short (" + ex.Message + ")", ex);
        }
    }

    /// <summary>
    /// The entity model embedded in the library for <paramref name="language"/>: the same instance on every call
    /// (loaded on first use), the one <see cref="NewsExtractor"/> uses unless <see cref="ExtractionOptions.EntityModels"/> says otherwise.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is neither French nor English.</exception>
    public static NerModel LoadEmbedded(Language language) => language switch
    {
        Language.French => EmbeddedFrench.Value,
        Language.English => EmbeddedEnglish.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The library embeds French and English entity models."),
    };

    private static NerModel LoadEmbeddedModel(Language language)
    {
        using Stream stream = EmbeddedModels.OpenEntityModel(language);
        return Load(stream);
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the model to <paramref name="stream"/>; the same model always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        NerModelFile.Write(this, stream);
    }

    /// <summary>Trains a new model on <paramref name="train"/>, stopping early when the F1 on <paramref name="dev"/> (all files' entities pooled) stops improving.</summary>
    /// <param name="train">The training data.</param>
    /// <param name="dev">Dev data for early stopping (may be empty: then every epoch runs and the last is kept).</param>
    /// <param name="options">How to train.</param>
    /// <param name="cancellationToken">Stops training early: the best model so far is returned (the last epoch's weights without dev data).</param>
    public static NerModel Train(IReadOnlyList<NerCorpus> train, IReadOnlyList<NerCorpus> dev, NerTrainingOptions options,
        CancellationToken cancellationToken = default) =>
        NerTrainer.Train(train, dev, options, from: null, cancellationToken);

    /// <summary>
    /// Continues training this model on new data (domain adaptation) and returns the new model. This model is unchanged.
    /// </summary>
    /// <remarks>
    /// Made not to forget: the starting model is scored on <paramref name="dev"/> first (epoch 0) and the best of all
    /// epochs is kept, the starting model included; each epoch's weights are also tried pulled part of the way back to the
    /// starting ones; updates are passive-aggressive steps scaled by <see cref="NerTrainingOptions.FineTuneRate"/>; the
    /// types that no training sentence annotates keep their weights; entity types found in <paramref name="train"/> that the
    /// model lacks are added; <see cref="NerTrainingOptions.Rehearsal"/> mixes in some of the original training data.
    /// The name lists, word classes and gazetteer are the model's own.
    /// </remarks>
    /// <param name="train">The new data.</param>
    /// <param name="dev">
    /// Dev data that choose the epoch: the new domain's and the old one's, so that neither is given up for the other (with
    /// <see cref="NerTrainingOptions.KeepWithin"/>, the new domain's first).
    /// </param>
    /// <param name="options">How to train.</param>
    /// <param name="cancellationToken">Stops training early: the best model so far is returned.</param>
    public NerModel FineTune(IReadOnlyList<NerCorpus> train, IReadOnlyList<NerCorpus> dev, NerTrainingOptions options,
        CancellationToken cancellationToken = default) =>
        NerTrainer.Train(train, dev, options, from: this, cancellationToken);

    /// <summary>The BIO labels of a tokenized sentence.</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        string text = Join(tokens, out Token[] spans);
        var labels = new byte[spans.Length];
        Tag(text, spans, labels);
        return [.. labels.Select(LabelName)];
    }

    /// <summary>Tags <paramref name="sentences"/> and scores the entities against their labels, per type and micro-averaged.</summary>
    public EntityEvaluation Evaluate(IEnumerable<LabeledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var evaluator = new EntityEvaluator();
        foreach (LabeledSentence sentence in sentences)
        {
            evaluator.Add(sentence.Labels, Tag(sentence.Tokens));
        }
        return evaluator.Result();
    }

    /// <summary>Tags one sentence: <paramref name="labels"/> receives one label index per token (see <see cref="ViterbiDecoder"/>).</summary>
    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> labels)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }
        int l = LabelCount;
        float[] emissions = ArrayPool<float>.Shared.Rent(n * l);
        byte[] back = ArrayPool<byte>.Shared.Rent(n * l);
        Emissions(text, tokens, emissions);
        Span<float> scores = stackalloc float[2 * l];
        ViterbiDecoder.Decode(emissions, n, l, _transitions, [], labels, back, scores);
        ArrayPool<byte>.Shared.Return(back);
        ArrayPool<float>.Shared.Return(emissions);
    }

    /// <summary>The score of every label of every token of a sentence (token-major): the weights of its feature rows, summed.</summary>
    internal void Emissions(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<float> emissions)
    {
        int n = tokens.Length, l = LabelCount;
        TokenHashes[] hashes = ArrayPool<TokenHashes>.Shared.Rent(n);
        int[] rows = ArrayPool<int>.Shared.Rent(n * FeatureExtractor.Count);
        int[] sums = ArrayPool<int>.Shared.Rent(n * l);
        WordCache cache = _wordCaches.Rent();
        Describe(text, tokens, cache, hashes, sums.AsSpan(0, n * l));
        _wordCaches.Return(cache);
        Features.Mark(hashes.AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            Features.ContextRows(hashes.AsSpan(0, n), i, rows.AsSpan(i * FeatureExtractor.Count, FeatureExtractor.Count));
            Prefetch(rows.AsSpan(i * FeatureExtractor.Count, FeatureExtractor.Count));
        }
        for (int i = 0; i < n; i++)
        {
            Span<int> s = sums.AsSpan(i * l, l);
            Span<int> r = rows.AsSpan(i * FeatureExtractor.Count, FeatureExtractor.Count);
            AddRows(r, FeatureExtractor.ContextSlots, s);
            TokenPosition position = FeatureExtractor.PositionOf(i, n);
            if (position != TokenPosition.Middle)
            {
                Features.PositionRows(hashes[i], position, r);
                AddRows(r, FeatureExtractor.PositionSlots, s);
            }
        }
        ToScores(sums.AsSpan(0, n * l), emissions[..(n * l)]);
        ArrayPool<int>.Shared.Return(sums);
        ArrayPool<int>.Shared.Return(rows);
        ArrayPool<TokenHashes>.Shared.Return(hashes);
    }

    /// <summary>
    /// Describes each token (<see cref="FeatureExtractor.Describe"/>) into <paramref name="hashes"/> and adds to
    /// <paramref name="sums"/> (<see cref="LabelCount"/> per token) the weights of its rows that depend on its word alone (inside the sentence, its position's
    /// too) and of its neighbours' that depend on theirs, from <paramref name="cache"/> for a word seen before.
    /// </summary>
    private void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, WordCache cache, Span<TokenHashes> hashes, Span<int> sums)
    {
        int l = LabelCount, n = tokens.Length;
        Span<int> rows = stackalloc int[FeatureExtractor.Count];
        sums.Clear();
        // Every word's slot is asked for first (its hash kept in Word meanwhile), so that the slots far apart in the
        // cache arrive together rather than one after the other.
        for (int j = 0; j < n; j++)
        {
            ulong word = TokenHashes.WordOf(tokens[j].In(text));
            hashes[j].Word = word;
            cache.Prefetch(WordCache.SlotOf(word));
        }
        for (int j = 0; j < n; j++)
        {
            ReadOnlySpan<char> token = tokens[j].In(text);
            ulong word = hashes[j].Word;
            int slot = WordCache.SlotOf(word);
            if (!cache.Holds(slot, word))
            {
                TokenHashes described = Features.Describe(token);
                Features.WordRows(token, described, rows);
                SumRows(rows, FeatureExtractor.WordSlots, cache.Sums(slot, WordCache.Itself));
                for (Neighbour neighbour = Neighbour.Previous; neighbour <= Neighbour.SecondNext; neighbour++)
                {
                    Features.NeighbourRows(described, neighbour, rows);
                    SumRows(rows, FeatureExtractor.NeighbourSlots(neighbour), cache.Sums(slot, WordCache.NeighbourOf(neighbour)));
                }
                Features.PositionRows(described, TokenPosition.Middle, rows);
                SumRows(rows, FeatureExtractor.PositionSlots, cache.Sums(slot, WordCache.Middle));
                cache.Store(slot, described);
            }
            hashes[j] = cache.Word(slot);
            // Token j is itself, the token before j + 1, two before j + 2, after j - 1 and two after j - 2; the first
            // and last tokens' positions are summed with their context.
            Add(sums, j, l, cache.Sums(slot, WordCache.Itself));
            Add(sums, j + 1, l, cache.Sums(slot, WordCache.NeighbourOf(Neighbour.Previous)));
            Add(sums, j + 2, l, cache.Sums(slot, WordCache.NeighbourOf(Neighbour.SecondPrevious)));
            Add(sums, j - 1, l, cache.Sums(slot, WordCache.NeighbourOf(Neighbour.Next)));
            Add(sums, j - 2, l, cache.Sums(slot, WordCache.NeighbourOf(Neighbour.SecondNext)));
            if (FeatureExtractor.PositionOf(j, n) == TokenPosition.Middle)
            {
                Add(sums, j, l, cache.Sums(slot, WordCache.Middle));
            }
        }
        // The stand-in for the tokens outside the sentence, as the neighbour of its first two and last two tokens.
        Add(sums, 0, l, OutsideSums(Neighbour.Previous));
        Add(sums, 0, l, OutsideSums(Neighbour.SecondPrevious));
        Add(sums, 1, l, OutsideSums(Neighbour.SecondPrevious));
        Add(sums, n - 1, l, OutsideSums(Neighbour.Next));
        Add(sums, n - 1, l, OutsideSums(Neighbour.SecondNext));
        Add(sums, n - 2, l, OutsideSums(Neighbour.SecondNext));
    }

    /// <summary>The integer sums times the weights' scale.</summary>
    private void ToScores(ReadOnlySpan<int> sums, Span<float> emissions)
    {
        ref int sum = ref MemoryMarshal.GetReference(sums);
        ref float emission = ref MemoryMarshal.GetReference(emissions);
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<float> scale = Vector256.Create(_scale);
            for (; k + Vector256<int>.Count <= sums.Length; k += Vector256<int>.Count)
            {
                (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref sum, (nuint)k)) * scale).StoreUnsafe(ref emission, (nuint)k);
            }
        }
        for (; k < sums.Length; k++)
        {
            Unsafe.Add(ref emission, k) = Unsafe.Add(ref sum, k) * _scale;
        }
    }

    private ReadOnlySpan<int> OutsideSums(Neighbour neighbour) => _outsideSums.AsSpan((int)neighbour * LabelCount, LabelCount);

    /// <summary>Adds <paramref name="values"/> to the sums of token <paramref name="i"/>, if the sentence has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> sums, int i, int l, ReadOnlySpan<int> values)
    {
        if (i < 0 || (i + 1) * l > sums.Length)
        {
            return;
        }
        ref int sum = ref MemoryMarshal.GetReference(sums[(i * l)..]);
        ref int value = ref MemoryMarshal.GetReference(values);
        int y = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; y + Vector256<int>.Count <= l; y += Vector256<int>.Count)
            {
                (Vector256.LoadUnsafe(ref sum, (nuint)y) + Vector256.LoadUnsafe(ref value, (nuint)y)).StoreUnsafe(ref sum, (nuint)y);
            }
        }
        for (; y + Vector128<int>.Count <= l; y += Vector128<int>.Count)
        {
            (Vector128.LoadUnsafe(ref sum, (nuint)y) + Vector128.LoadUnsafe(ref value, (nuint)y)).StoreUnsafe(ref sum, (nuint)y);
        }
        for (; y < l; y++)
        {
            Unsafe.Add(ref sum, y) += Unsafe.Add(ref value, y);
        }
    }

    /// <summary>The sums of the weight rows <paramref name="rows"/>[<paramref name="slots"/>], one per label, into <paramref name="sums"/>.</summary>
    private void SumRows(ReadOnlySpan<int> rows, ReadOnlySpan<byte> slots, Span<int> sums)
    {
        sums.Clear();
        AddRows(rows, slots, sums);
    }

    /// <summary>
    /// Asks for a token's weight rows as soon as they are known, while the next tokens' rows are computed: the rows are
    /// scattered over the table, and most of the tagging time was spent waiting for them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Prefetch(ReadOnlySpan<int> rows)
    {
        if (!Sse.IsSupported)
        {
            return;
        }
        // The table lives on the pinned object heap, so its addresses stay valid.
        short* weights = (short*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_weights));
        // A row of nine 16-bit weights crosses into the next cache line one time in four: its last weight is asked for too.
        int last = LabelCount - 1;
        foreach (byte slot in FeatureExtractor.ContextSlots)
        {
            short* row = weights + (rows[slot] * LabelCount);
            Sse.Prefetch0(row);
            Sse.Prefetch0(row + last);
        }
    }

    /// <summary>Adds the weight rows <paramref name="rows"/>[<paramref name="slots"/>] to <paramref name="sums"/>, one sum per label.</summary>
    private void AddRows(ReadOnlySpan<int> rows, ReadOnlySpan<byte> slots, Span<int> sums)
    {
        int l = LabelCount;
        ref short weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref int sum = ref MemoryMarshal.GetReference(sums);
        int y0 = 0;
        // The first eight labels stay in registers over all the rows (a load and a widening add per row, instead of
        // loads and stores of the sums); the labels past eight (one, for four entity types) one by one.
        if (Avx2.IsSupported && l >= Vector128<short>.Count)
        {
            Vector256<int> head = Vector256.LoadUnsafe(ref sum);
            foreach (byte slot in slots)
            {
                head += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref weights, (nuint)(rows[slot] * l)));
            }
            head.StoreUnsafe(ref sum);
            y0 = Vector128<short>.Count;
        }
        else if (Vector128.IsHardwareAccelerated && l >= Vector128<short>.Count)
        {
            Vector128<int> lower = Vector128.LoadUnsafe(ref sum), upper = Vector128.LoadUnsafe(ref sum, 4);
            foreach (byte slot in slots)
            {
                (Vector128<int> a, Vector128<int> b) = Vector128.Widen(Vector128.LoadUnsafe(ref weights, (nuint)(rows[slot] * l)));
                lower += a;
                upper += b;
            }
            lower.StoreUnsafe(ref sum);
            upper.StoreUnsafe(ref sum, 4);
            y0 = Vector128<short>.Count;
        }
        if (y0 < l)
        {
            foreach (byte slot in slots)
            {
                int offset = rows[slot] * l;
                for (int y = y0; y < l; y++)
                {
                    Unsafe.Add(ref sum, y) += Unsafe.Add(ref weights, offset + y);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="label"/> begins an entity (B-).</summary>
    internal bool IsBegin(int label) => (label & 1) == 1;

    /// <summary>The library's type for a label's entity type, or null for types it does not output (MISC).</summary>
    internal EntityType? OutputType(int label) => label == 0 ? null : _outputTypes[(label - 1) / 2];

    internal string LabelName(byte label) =>
        label == 0 ? "O" : (ViterbiDecoder.IsInside(label) ? "I-" : "B-") + _types[(label - 1) / 2];

    /// <summary>The weights as floats, laid out for <paramref name="labelCount"/> labels (more when types are added).</summary>
    internal float[] Weights(int labelCount)
    {
        var weights = new float[(1 << Features.HashBits) * labelCount];
        for (int row = 0; row < 1 << Features.HashBits; row++)
        {
            for (int y = 0; y < LabelCount; y++)
            {
                weights[(row * labelCount) + y] = _weights[(row * LabelCount) + y] * _scale;
            }
        }
        return weights;
    }

    /// <summary>The transitions laid out for <paramref name="labelCount"/> labels (the start row moves to the end).</summary>
    internal float[] Transitions(int labelCount)
    {
        var transitions = new float[(labelCount + 1) * labelCount];
        for (int p = 0; p <= LabelCount; p++)
        {
            int to = p == LabelCount ? labelCount : p;
            _transitions.AsSpan(p * LabelCount, LabelCount).CopyTo(transitions.AsSpan(to * labelCount));
        }
        return transitions;
    }

    /// <summary>A model from float weights, quantised to 16 bits with one scale.</summary>
    internal static NerModel Quantize(Language language, string[] types, FeatureExtractor features, ReadOnlySpan<float> weights, float[] transitions)
    {
        float max = 0;
        foreach (float w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }
        float scale = max == 0 ? 1 : max / short.MaxValue;
        short[] quantized = GC.AllocateUninitializedArray<short>(weights.Length, pinned: true);
        for (int i = 0; i < weights.Length; i++)
        {
            quantized[i] = (short)MathF.Round(weights[i] / scale);
        }
        return new NerModel(language, types, features, quantized, scale, transitions);
    }

    /// <summary>Joins tokens with spaces into a text and their ranges in it.</summary>
    internal static string Join(IReadOnlyList<string> tokens, out Token[] spans)
    {
        spans = new Token[tokens.Count];
        var text = new StringBuilder();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            spans[i] = new Token(text.Length, tokens[i].Length, TokenKind.Word);
            text.Append(tokens[i]);
        }
        return text.ToString();
    }
}
