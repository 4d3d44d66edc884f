namespace NewsExtraction.Cli.Input;

/// <summary>
/// A file's path with every symbolic link, <c>.</c> and <c>..</c> resolved, so that two spellings of one file
/// compare equal: how the run makes sure its output is never also one of its inputs.
/// </summary>
internal readonly record struct FilePath
{
    private const int MaxLinks = 40;

    private FilePath(string resolved) => Resolved = resolved;

    /// <summary>The absolute path with no link left in it (as far as the file or its folders exist).</summary>
    public string Resolved { get; }

    public static FilePath Of(string path) => new(Resolve(Path.GetFullPath(path), MaxLinks));

    /// <summary>Whether <paramref name="path"/> names this file.</summary>
    public bool Is(string path) =>
        string.Equals(Resolve(Path.GetFullPath(path), MaxLinks), Resolved, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Resolves the links in <paramref name="full"/>, folder by folder from the root.</summary>
    private static string Resolve(string full, int linksLeft)
    {
        string? root = Path.GetPathRoot(full);
        if (string.IsNullOrEmpty(root))
        {
            return full;
        }
        string current = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = new FileInfo(current);
            if (info.LinkTarget is not string target)
            {
                continue;
            }
            if (--linksLeft < 0)
            {
                return full;
            }
            // A relative target is relative to the link's folder; the target may hold links of its own.
            current = Resolve(Path.GetFullPath(target, Path.GetDirectoryName(current)!), linksLeft);
        }
        return current;
    }
}
