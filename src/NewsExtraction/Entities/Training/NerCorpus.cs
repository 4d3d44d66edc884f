namespace NewsExtraction.Entities.Training;

/// <summary>A named set of labelled sentences for training or evaluation, e.g. one CoNLL file.</summary>
/// <param name="Name">What to call it in progress reports (the file name).</param>
/// <param name="Sentences">The sentences.</param>
/// <param name="Weight">How much each training example counts (1 by default; lower for noisy data).</param>
public sealed record NerCorpus(string Name, IReadOnlyList<LabeledSentence> Sentences, float Weight = 1f)
{
    /// <summary>Reads a CoNLL file; <paramref name="path"/> may end with <c>@weight</c> (e.g. <c>europeana-fr.train.conll@0.5</c>).</summary>
    public static NerCorpus Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        float weight = 1f;
        int at = path.LastIndexOf('@');
        if (at > 0 && float.TryParse(path.AsSpan(at + 1), System.Globalization.CultureInfo.InvariantCulture, out float parsed) && parsed > 0)
        {
            weight = parsed;
            path = path[..at];
        }
        return new NerCorpus(Path.GetFileName(path), ConllReader.Read(path), weight);
    }
}
