namespace NewsExtraction.Entities;

/// <summary>
/// The one place that knows where the library's embedded entity models live, so that they can move (e.g. to an
/// assembly of their own, for their licences) by changing this class alone.
/// </summary>
internal static class EmbeddedModels
{
    /// <summary>Opens the embedded entity model of <paramref name="language"/>.</summary>
    /// <exception cref="InvalidOperationException">The library was built without it.</exception>
    public static Stream OpenEntityModel(Language language)
    {
        string name = $"NewsExtraction.Models.{language.ToCode()}.ner";
        return typeof(EmbeddedModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded entity model {name} is missing from the library.");
    }
}
