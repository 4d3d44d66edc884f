namespace NewsExtraction.Benchmarks;

/// <summary>
/// The benchmark corpus: the seed articles from <c>NEWSX_CORPUS</c>, or <c>../shared/corpus/seeds</c> beside the repository.
/// </summary>
internal static class Corpus
{
    public static string Directory { get; } = Find();

    public static string[] LoadSeeds() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static string Find()
    {
        string? configured = Environment.GetEnvironmentVariable("NEWSX_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "corpus", "seeds");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("Seed corpus not found: set NEWSX_CORPUS to a folder of .txt files.");
    }
}
