using System.Text;

namespace NewsExtraction.Text;

/// <summary>
/// Builds the language identification model from the token column of the NER training files: counts the
/// hashed n-grams of each language, turns the counts into smoothed, quantized costs, and calibrates the
/// "neither language" threshold on sentences held out of the counts. Deterministic: the same files give the
/// same model, byte for byte.
/// </summary>
internal sealed class LanguageModelBuilder
{
    /// <summary>The French training corpora (file prefixes in the NER folder).</summary>
    public static IReadOnlyList<string> FrenchCorpora { get; } = ["wikineural-fr", "newseye-fr", "europeana-fr"];

    /// <summary>The English training corpora (file prefixes in the NER folder).</summary>
    public static IReadOnlyList<string> EnglishCorpora { get; } = ["conll2003-en", "wikineural-en", "wikigold-en", "uner-ewt-en"];

    /// <summary>Sentences shorter than this are not used to calibrate: the accuracy target starts there.</summary>
    public const int CalibrationMinLength = 40;

    /// <summary>Buckets of the hash table: 2^17 × 2 bytes = 256 KB, which keeps collisions rare and stays in the L2 cache.</summary>
    public int BucketBits { get; init; } = 17;

    /// <summary>Additive smoothing of the n-gram counts.</summary>
    public double Smoothing { get; init; } = 0.5;

    /// <summary>Every this-many-th training sentence is held out of the counts to calibrate the thresholds.</summary>
    public int HoldOutEvery { get; init; } = 20;

    /// <summary>
    /// The share of each language's held-out sentences (of at least <see cref="CalibrationMinLength"/> characters)
    /// that may be taken for another language: it trades recall on noisy French and English for rejecting other languages.
    /// </summary>
    public double UnknownRejectRate { get; init; } = 0.003;

    /// <summary>The least excess, in nats per word, of a text's average word cost that makes it another language (see <see cref="WordCostLimit.Floor"/>).</summary>
    public double UnknownFloorNats { get; init; } = 2.0;

    /// <summary>Builds the model from <c>{corpus}.train.conll</c> files in <paramref name="nerDirectory"/>.</summary>
    /// <param name="nerDirectory">The folder of the NER CoNLL files.</param>
    /// <param name="log">Where to report progress and calibration figures, or <see langword="null"/>.</param>
    public LanguageModel Build(string nerDirectory, TextWriter? log = null)
    {
        int buckets = 1 << BucketBits;
        var heldOut = new List<string>();
        long[] french = Count(nerDirectory, FrenchCorpora, buckets, heldOut, log);
        int frenchHeldOut = heldOut.Count;
        long[] english = Count(nerDirectory, EnglishCorpora, buckets, heldOut, log);

        double frenchUnseen = UnseenCost(french);
        double englishUnseen = UnseenCost(english);
        // The costliest value, an unseen n-gram, maps to the top of the byte range.
        float unitsPerNat = (float)(byte.MaxValue / Math.Max(frenchUnseen, englishUnseen));
        var costs = new ushort[buckets];
        long frenchTotal = Sum(french);
        long englishTotal = Sum(english);
        for (int i = 0; i < buckets; i++)
        {
            costs[i] = (ushort)(Quantize(french[i], frenchTotal, buckets, unitsPerNat)
                | (Quantize(english[i], englishTotal, buckets, unitsPerNat) << 8));
        }

        var uncalibrated = new LanguageModel(BucketBits, unitsPerNat, default, default, costs);
        WordCostLimit frenchLimit = Calibrate(uncalibrated, heldOut[..frenchHeldOut], french: true, log);
        WordCostLimit englishLimit = Calibrate(uncalibrated, heldOut[frenchHeldOut..], french: false, log);
        return new LanguageModel(BucketBits, unitsPerNat, frenchLimit, englishLimit, costs);
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

    private long[] Count(string nerDirectory, IReadOnlyList<string> corpora, int buckets, List<string> heldOut, TextWriter? log)
    {
        var sink = new CountingSink(new long[buckets]);
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
        return sink.Counts;
    }

    private double UnseenCost(long[] counts) => -Math.Log(Smoothing / (Sum(counts) + Smoothing * counts.Length));

    private byte Quantize(long count, long total, int buckets, float unitsPerNat)
    {
        double cost = -Math.Log((count + Smoothing) / (total + Smoothing * buckets)) * unitsPerNat;
        return (byte)Math.Clamp(Math.Round(cost), 0, byte.MaxValue);
    }

    // The mean word cost of the language's held-out sentences, and the spread that all but UnknownRejectRate
    // of them stay within.
    private WordCostLimit Calibrate(LanguageModel model, List<string> heldOut, bool french, TextWriter? log)
    {
        var scores = new List<LanguageScores>();
        long cost = 0;
        long words = 0;
        foreach (string sentence in heldOut)
        {
            if (sentence.Length >= CalibrationMinLength)
            {
                LanguageScores score = model.Score(sentence);
                scores.Add(score);
                cost += french ? score.FrenchWords : score.EnglishWords;
                words += score.Words;
            }
        }
        double mean = (double)cost / words;
        var deviations = new double[scores.Count];
        for (int i = 0; i < deviations.Length; i++)
        {
            LanguageScores score = scores[i];
            deviations[i] = WordCostLimit.Deviation(french ? score.FrenchWords : score.EnglishWords, score.Words, mean);
        }
        Array.Sort(deviations);
        double spread = deviations[Math.Min(deviations.Length - 1, (int)Math.Ceiling((1 - UnknownRejectRate) * deviations.Length))];
        var limit = new WordCostLimit((float)mean, (float)spread, (float)(UnknownFloorNats * model.UnitsPerNat));
        log?.WriteLine($"{(french ? "French" : "English")} calibration on {scores.Count} held-out sentences: "
            + $"{mean / model.UnitsPerNat:F2} nats per word, spread {spread / model.UnitsPerNat:F2}, floor {UnknownFloorNats:F2}");
        return limit;
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

    private readonly struct CountingSink(long[] counts) : INGramSink
    {
        public long[] Counts { get; } = counts;

        public void AddNGram(int bucket) => Counts[bucket]++;

        public void AddWord(int bucket, bool capitalized) => Counts[bucket]++;
    }
}
