using System.Runtime.CompilerServices;
using NewsExtraction.Models;

namespace NewsExtraction.Entities;

/// <summary>
/// The one place that knows where the shipped models live: the NewsExtraction.Models assembly, a package of its own
/// because the data the entity models and the language identifier are trained on is non-commercial and research-only.
/// </summary>
internal static class EmbeddedModels
{
    /// <summary>Opens the shipped entity model of <paramref name="language"/>.</summary>
    /// <exception cref="InvalidOperationException">The model, or the whole NewsExtraction.Models assembly, is missing.</exception>
    public static Stream OpenEntityModel(Language language) => Open($"NewsExtraction.Models.{language.ToCode()}.ner");

    /// <summary>Opens the shipped model file <paramref name="name"/> (<c>NewsExtraction.Models.langid.bin</c>…).</summary>
    /// <exception cref="InvalidOperationException">The file, or the whole NewsExtraction.Models assembly, is missing.</exception>
    public static Stream Open(string name)
    {
        Stream? stream;
        try
        {
            stream = OpenInModelsAssembly(name);
        }
        catch (FileNotFoundException missing)
        {
            throw new InvalidOperationException(
                $"The model {name} comes in the NewsExtraction.Models package, which is not installed with this program "
                + "(the NewsExtraction package depends on it; was it excluded?).", missing);
        }
        return stream ?? throw new InvalidOperationException($"The model {name} is missing from the NewsExtraction.Models assembly.");
    }

    // Apart, so that a missing assembly fails when this method is compiled, inside Open's try.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Stream? OpenInModelsAssembly(string name) => ModelFiles.Open(name);
}
