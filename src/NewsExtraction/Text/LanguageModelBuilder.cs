using System.Text;

namespace NewsExtraction.Text;

/// <summary>
/// Builds the language identification model from the token column of the NER training files: counts the
/// hashed n-grams and words of each language, turns the counts into smoothed, quantized costs, keeps each
/// language's most frequent words, and calibrates the "neither language" limits on sentences held out of the
/// counts. Deterministic: the same files give the same model, byte for byte.
/// </summary>
internal sealed class LanguageModelBuilder
{
    /// <summary>The French training corpora (file prefixes in the NER folder).</summary>
    public static IReadOnlyList<string> FrenchCorpora { get; } = ["wikineural-fr", "newseye-fr", "europeana-fr"];

    /// <summary>The English training corpora (file prefixes in the NER folder).</summary>
    public static IReadOnlyList<string> EnglishCorpora { get; } = ["conll2003-en", "wikineural-en", "wikigold-en", "uner-ewt-en"];

    /// <summary>Sentences shorter than this are not used to calibrate: the accuracy target starts there.</summary>
    public const int CalibrationMinLength = 40;

    /// <summary>Buckets of the feature cost table: 2^17 × 2 bytes = 256 KB, which keeps collisions rare enough and stays in the L2 cache.</summary>
    public int BucketBits { get; init; } = 17;

    /// <summary>Buckets of the frequent-word set: 2^13 × 8 slots × 2 bytes = 128 KB, half full.</summary>
    public int KnownWordBucketBits { get; init; } = 13;

    /// <summary>How many of each language's most frequent words make its known words.</summary>
    public int KnownWordsPerLanguage { get; init; } = 16_000;

    /// <summary>Additive smoothing of the feature counts.</summary>
    public double Smoothing { get; init; } = 0.5;

    /// <summary>Every this-many-th training sentence is held out of the counts to calibrate the unknown-word limits.</summary>
    public int HoldOutEvery { get; init; } = 20;

    /// <summary>
    /// The share of each language's held-out sentences (of at least <see cref="CalibrationMinLength"/> characters)
    /// that may be taken for another language: it trades recall on noisy French and English for rejecting other languages.
    /// </summary>
    public double UnknownRejectRate { get; init; } = 0.003;

    /// <summary>The least excess of the share of unknown words that makes a text another language (see <see cref="UnknownWordLimit.Floor"/>).</summary>
    public double UnknownFloor { get; init; } = 0.25;

    /// <summary>Builds the model from <c>{corpus}.train.conll</c> files in <paramref name="nerDirectory"/>.</summary>
    /// <param name="nerDirectory">The folder of the NER CoNLL files.</param>
    /// <param name="log">Where to report progress and calibration figures, or <see langword="null"/>.</param>
    public LanguageModel Build(string nerDirectory, TextWriter? log = null)
    {
        var heldOut = new List<string>();
        Counts french = Count(nerDirectory, FrenchCorpora, heldOut, log);
        int frenchHeldOut = heldOut.Count;
        Counts english = Count(nerDirectory, EnglishCorpora, heldOut, log);

        // The costliest value, an unseen feature, maps to the top of the byte range.
        float unitsPerNat = (float)(byte.MaxValue / Math.Max(UnseenCost(french.Features), UnseenCost(english.Features)));
        var costs = new ushort[1 << BucketBits];
        long frenchTotal = Sum(french.Features);
        long englishTotal = Sum(english.Features);
        for (int i = 0; i < costs.Length; i++)
        {
            costs[i] = (ushort)(Quantize(french.Features[i], frenchTotal, unitsPerNat)
                | (Quantize(english.Features[i], englishTotal, unitsPerNat) << 8));
        }
        var knownWords = KnownWords.Create(KnownWordBucketBits, MostFrequent(french.Words), MostFrequent(english.Words), out int dropped);
        log?.WriteLine($"known words: the {KnownWordsPerLanguage} most frequent of each language, {dropped} left out (full buckets)");

        var uncalibrated = new LanguageModel(BucketBits, unitsPerNat, costs, knownWords, default, default);
        UnknownWordLimit frenchLimit = Calibrate(uncalibrated, heldOut[..frenchHeldOut], french: true, log);
        UnknownWordLimit englishLimit = Calibrate(uncalibrated, heldOut[frenchHeldOut..], french: false, log);
        return new LanguageModel(BucketBits, unitsPerNat, costs, knownWords, frenchLimit, englishLimit);
    }

    /// <summary>The sentences of a CoNLL file: its tokens (first column) joined with spaces.</summary>
    public static IEnumerable<string> ReadSentences(string path)
    {
        var sentence = new StringBuilder();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (sentence.Length > 0)
                {
                    yield return sentence.ToString();
                    sentence.Clear();
                }
                continue;
            }
            int tab = line.IndexOf('\t');
            if (sentence.Length > 0)
            {
                sentence.Append(' ');
            }
            sentence.Append(tab < 0 ? line : line.AsSpan(0, tab));
        }
        if (sentence.Length > 0)
        {
            yield return sentence.ToString();
        }
    }

    private Counts Count(string nerDirectory, IReadOnlyList<string> corpora, List<string> heldOut, TextWriter? log)
    {
        var sink = new CountingSink(new long[1 << BucketBits], []);
        foreach (string corpus in corpora)
        {
            string path = Path.Combine(nerDirectory, corpus + ".train.conll");
            int sentences = 0;
            foreach (string sentence in ReadSentences(path))
            {
                if (sentences++ % HoldOutEvery == HoldOutEvery - 1)
                {
                    heldOut.Add(sentence);
                }
                else
                {
                    CharNGrams.Visit(sentence, BucketBits, ref sink);
                }
            }
            log?.WriteLine($"{corpus}: {sentences} sentences");
        }
        return new Counts(sink.Features, sink.Words);
    }

    // The hashes of the most frequent words (seen at least twice), most frequent first; ties in hash order, for determinism.
    private List<ulong> MostFrequent(Dictionary<ulong, int> words)
    {
        var ranked = new List<KeyValuePair<ulong, int>>();
        foreach (KeyValuePair<ulong, int> word in words)
        {
            if (word.Value >= 2)
            {
                ranked.Add(word);
            }
        }
        ranked.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        var hashes = new List<ulong>(Math.Min(ranked.Count, KnownWordsPerLanguage));
        for (int i = 0; i < ranked.Count && i < KnownWordsPerLanguage; i++)
        {
            hashes.Add(ranked[i].Key);
        }
        return hashes;
    }

    private double UnseenCost(long[] counts) => -Math.Log(Smoothing / (Sum(counts) + Smoothing * counts.Length));

    private byte Quantize(long count, long total, float unitsPerNat)
    {
        double cost = -Math.Log((count + Smoothing) / (total + Smoothing * (1 << BucketBits))) * unitsPerNat;
        return (byte)Math.Clamp(Math.Round(cost), 0, byte.MaxValue);
    }

    // The share of unknown lower-case words in the language's held-out sentences, and the spread of its excess
    // that all but UnknownRejectRate of them stay within.
    private UnknownWordLimit Calibrate(LanguageModel model, List<string> heldOut, bool french, TextWriter? log)
    {
        var scores = new List<LanguageScores>();
        long unknown = 0;
        long words = 0;
        foreach (string sentence in heldOut)
        {
            if (sentence.Length >= CalibrationMinLength)
            {
                LanguageScores score = model.Score(sentence);
                scores.Add(score);
                unknown += french ? score.FrenchUnknownWords : score.EnglishUnknownWords;
                words += score.Words;
            }
        }
        double rate = (double)unknown / words;
        var deviations = new List<double>(scores.Count);
        foreach (LanguageScores score in scores)
        {
            if (score.Words > 0)
            {
                deviations.Add(UnknownWordLimit.Deviation(french ? score.FrenchUnknownWords : score.EnglishUnknownWords, score.Words, rate));
            }
        }
        deviations.Sort();
        double spread = deviations[Math.Min(deviations.Count - 1, (int)Math.Ceiling((1 - UnknownRejectRate) * deviations.Count))];
        log?.WriteLine($"{(french ? "French" : "English")} calibration on {scores.Count} held-out sentences: "
            + $"{rate:P1} unknown lower-case words, spread {spread:F2}, floor {UnknownFloor:P0}");
        return new UnknownWordLimit((float)rate, (float)spread, (float)UnknownFloor);
    }

    private static long Sum(long[] counts)
    {
        long sum = 0;
        foreach (long c in counts)
        {
            sum += c;
        }
        return sum;
    }

    private readonly record struct Counts(long[] Features, Dictionary<ulong, int> Words);

    private readonly struct CountingSink(long[] features, Dictionary<ulong, int> words) : INGramSink
    {
        public long[] Features { get; } = features;

        public Dictionary<ulong, int> Words { get; } = words;

        public void AddNGram(int bucket) => Features[bucket]++;

        public void AddWord(int bucket, ulong hash, bool capitalized)
        {
            Features[bucket]++;
            Words[hash] = Words.GetValueOrDefault(hash) + 1;
        }
    }
}
