using System.CommandLine;

namespace NewsExtraction.Cli.Commands;

/// <summary>Arguments and options shared by the commands that read documents.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("INPUT")
    {
        Description = ".txt files, folders of .txt, .jsonl files of {\"id\",\"text\",\"lang\"?} records, or - for JSONL on standard input. None: the samples/ folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string> Lang() => new("--lang")
    {
        Description = "The documents' language: auto (identify it), fr or en.",
        DefaultValueFactory = _ => "auto",
    };

    public static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "Write the JSON lines to this file instead of standard output.",
    };

    /// <summary>The inputs given, or the repository's <c>samples/</c> folder when none are.</summary>
    public static string[] ResolveInputs(string[]? inputs)
    {
        if (inputs is { Length: > 0 })
        {
            // System.CommandLine hands unknown options to a variadic argument; refuse them as options.
            string? unknown = inputs.FirstOrDefault(i => i.Length > 1 && i[0] == '-' && !File.Exists(i) && !Directory.Exists(i));
            return unknown is null ? inputs : throw new UsageException($"unknown option '{unknown}'");
        }
        string? samples = FindAbove(Directory.GetCurrentDirectory(), "samples") ?? FindAbove(AppContext.BaseDirectory, "samples");
        return samples is null
            ? throw new UsageException("no INPUT given and no samples/ folder found here or above; name the files to read")
            : [samples];
    }

    /// <summary>Parses <c>--lang</c>: <see langword="null"/> for auto.</summary>
    public static Language? ParseLanguage(string? value)
    {
        if (value is null || value.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return LanguageCodes.TryParse(value, out Language language) && language != Language.Unknown
            ? language
            : throw new UsageException($"--lang must be auto, fr or en, not '{value}'");
    }

    public static Stream OpenOutput(FileInfo? output) => output is null ? Console.OpenStandardOutput() : output.Create();

    /// <summary>The folder <paramref name="relative"/> in <paramref name="start"/> or the nearest folder above it that has one, or null.</summary>
    public static string? FindAbove(string start, string relative)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
