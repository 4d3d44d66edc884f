namespace NewsExtraction.Models;

/// <summary>The model files embedded in this assembly, for the library's one lookup (EmbeddedModels).</summary>
internal static class ModelFiles
{
    /// <summary>The embedded file <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static Stream? Open(string name) => typeof(ModelFiles).Assembly.GetManifestResourceStream(name);
}
