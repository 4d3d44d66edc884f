using NewsExtraction.Entities;

namespace NewsExtraction.Text;

/// <summary>
/// Tells French from English (or neither) from character n-gram statistics, for a document or a single
/// sentence: a naive Bayes model over the 1- to 4-grams and the whole words of the text, plus a check that
/// the text's small-letter words are mostly frequent words of the winning language (see <c>models/langid.md</c>).
/// Thread-safe; allocates nothing.
/// </summary>
/// <remarks>
/// The answer is <see cref="Language.Unknown"/> when the text has too few letters, when French and English
/// explain it about equally well (names alone, mixed text), or when too many of its words are unknown to the
/// winning language (another language, noise). Long documents are judged on their first <see cref="SampleLength"/> characters,
/// or on their first <see cref="QuickSampleLength"/> when those alone already settle it by a wide margin.
/// </remarks>
public sealed class LanguageIdentifier
{
    /// <summary>The name of the embedded model resource.</summary>
    internal const string ResourceName = "NewsExtraction.Models.langid.bin";

    /// <summary>Texts are read up to this many characters: a few pages say the language as well as a book.</summary>
    internal const int SampleLength = 4096;

    /// <summary>
    /// A longer text is first judged on about this many characters (up to a word's end), and read further only when
    /// they do not settle it (<see cref="ClearMarginNats"/>, <see cref="ClearMinWords"/>): a news article's first paragraph
    /// says its language.
    /// </summary>
    internal const int QuickSampleLength = 1024;

    /// <summary>The margin, in nats, by which the first <see cref="QuickSampleLength"/> characters settle a text's language.</summary>
    internal const double ClearMarginNats = 100;

    /// <summary>
    /// The small-letter words the first <see cref="QuickSampleLength"/> characters need to settle it: names, headings and
    /// figures alone lean towards a language without saying it.
    /// </summary>
    internal const int ClearMinWords = 50;

    /// <summary>Below this many letters there is too little text to tell.</summary>
    internal const int MinLetters = 12;

    /// <summary>The least difference, in nats over the whole text, between the two languages' log-likelihoods.</summary>
    internal const double MinMarginNats = 10;

    private readonly LanguageModel _model;
    private readonly long _minMargin;
    private readonly long _clearMargin;

    internal LanguageIdentifier(LanguageModel model)
    {
        _model = model;
        _minMargin = (long)Math.Ceiling(MinMarginNats * model.UnitsPerNat);
        _clearMargin = (long)Math.Ceiling(ClearMarginNats * model.UnitsPerNat);
    }

    /// <summary>The identifier with the model embedded in the library.</summary>
    public static LanguageIdentifier Default { get; } = new(LoadEmbeddedModel());

    /// <summary>The language of <paramref name="text"/>, or <see cref="Language.Unknown"/>.</summary>
    /// <param name="text">A document or a sentence; only its first few thousand characters are read.</param>
    public Language Identify(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> sample = Sample(text);
        if (sample.Length <= 2 * QuickSampleLength)
        {
            return Decide(_model.Score(sample), _minMargin);
        }
        // The first page ends between words, so that the rest of the sample, read only when the first page does not
        // settle it, adds up with it to the scores of the whole sample.
        int end = QuickSampleLength;
        while (end < sample.Length && char.IsLetter(sample[end]))
        {
            end++;
        }
        LanguageScores first = _model.Score(sample[..end]);
        Language quick = first.Words >= ClearMinWords ? Decide(first, _clearMargin) : Language.Unknown;
        return quick != Language.Unknown ? quick : Decide(first + _model.Score(sample[end..]), _minMargin);
    }

    // The language whose score beats the other's by minMargin, if the text has letters enough and not too many words
    // unknown to that language.
    private Language Decide(LanguageScores scores, long minMargin)
    {
        long margin = scores.English - scores.French;
        if (scores.Letters < MinLetters || Math.Abs(margin) < minMargin)
        {
            return Language.Unknown;
        }
        return margin > 0
            ? (_model.FrenchLimit.IsExceededBy(scores.FrenchUnknownWords, scores.Words) ? Language.Unknown : Language.French)
            : (_model.EnglishLimit.IsExceededBy(scores.EnglishUnknownWords, scores.Words) ? Language.Unknown : Language.English);
    }

    /// <summary>The model's scores for <paramref name="text"/> (its sample), before any decision.</summary>
    internal LanguageScores Score(ReadOnlySpan<char> text) => _model.Score(Sample(text));

    private static ReadOnlySpan<char> Sample(ReadOnlySpan<char> text) => text.Length > SampleLength ? text[..SampleLength] : text;

    private static LanguageModel LoadEmbeddedModel()
    {
        using Stream stream = EmbeddedModels.Open(ResourceName);
        return LanguageModel.Read(stream);
    }
}
