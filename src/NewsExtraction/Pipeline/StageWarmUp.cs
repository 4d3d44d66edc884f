using NewsExtraction.Entities;

namespace NewsExtraction.Pipeline;

/// <summary>
/// Prepares the stages other than entity recognition (their word lists, and the JIT compilation of their code)
/// on a thread-pool thread, once per process, so that the first document does not wait for them after it has
/// waited for its entity model: the two loads overlap on a machine with two cores or more.
/// </summary>
internal static class StageWarmUp
{
    private const string Sample = "Le ministre a déclaré à l'ONU : « Nous enverrons 12 000 soldats en Corée du Sud. » He said so.";

    private static int s_started;

    /// <summary>Starts the warm-up of <paramref name="stages"/> unless one has already started in this process.</summary>
    public static void Start(IDocumentStage[] stages)
    {
        if (stages.Length > 0 && Interlocked.Exchange(ref s_started, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static stages => Run(stages), stages, preferLocal: false);
        }
    }

    private static void Run(IDocumentStage[] stages)
    {
        try
        {
            Prepare(stages);
        }
        catch (Exception)
        {
            // Only a head start: a stage that fails here fails again, and is reported, on a real document.
        }
    }

    /// <summary>Runs <paramref name="stages"/>, entity recognition left out, over a sample that each of them has work in.</summary>
    internal static ExtractionResult Prepare(IDocumentStage[] stages)
    {
        using var document = new DocumentContext(Sample) { Language = Language.French, ModelLanguage = Language.French };
        foreach (IDocumentStage stage in stages)
        {
            if (stage is not EntityRecognizer)
            {
                stage.Process(document);
            }
        }
        return document.ToResult();
    }
}
