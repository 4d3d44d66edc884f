using System.Runtime.CompilerServices;
using NewsExtraction.Models;

namespace NewsExtraction.Pipeline;

/// <summary>
/// The one lookup of the shipped models (entity models, language identifier), embedded in the NewsExtraction.Models
/// assembly: a package of its own because the data they are trained on is non-commercial and research-only.
/// </summary>
internal static class EmbeddedModels
{
    /// <summary>The embedded model file <paramref name="name"/> (<c>NewsExtraction.Models.fr.ner</c>…).</summary>
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
