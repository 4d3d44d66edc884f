namespace NewsExtraction.Tests;

/// <summary>Paths of the repository's folders and of the shared data beside it, found from the test assembly.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Samples => Path.Combine(Repository, "samples");

    /// <summary>The shared folder beside the repository (training data, seed corpus, gold), or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(Repository, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The shared folder, for a test marked <see cref="SharedDataFactAttribute"/> or <see cref="SharedDataTheoryAttribute"/>.</summary>
    public static string RequiredShared => Shared ?? throw new InvalidOperationException(SharedMissing);

    /// <summary>Why a test that needs the shared folder is skipped.</summary>
    public const string SharedMissing = "needs ../shared beside the repository (training data, seed corpus, gold)";

    private static string FindRepository()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsExtraction.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NewsExtraction.sln not found above the test assembly.");
    }
}
