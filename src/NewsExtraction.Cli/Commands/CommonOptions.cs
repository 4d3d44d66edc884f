using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

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

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the JSON lines to this file (an existing one is emptied first); - or none: standard output.",
    };

    /// <summary>The most <c>--workers</c>: more threads than a few per core only add switching (100,000 took 16 s to start).</summary>
    public static int MaxWorkers { get; } = Math.Max(16, 4 * Environment.ProcessorCount);

    /// <summary>The largest <c>--max-chars</c>: 100 million characters (a 200 MB string) per document.</summary>
    public const int MaxMaxChars = 100_000_000;

    /// <summary>An option taking a whole number from 1 to <paramref name="max"/>, whose errors say so in words.</summary>
    public static Option<int> Count(string name, string description, int defaultValue, int max, params string[] aliases) => new(name, aliases)
    {
        Description = $"{description} From 1 to {max:N0}.",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && CountError(name, value, max) is null)
            {
                return value;
            }
            result.AddError(CountError(name, token, max));
            return defaultValue;
        },
    };

    /// <summary>Checks a count given in code rather than on the command line.</summary>
    /// <exception cref="UsageException">The value is out of range.</exception>
    public static int CheckCount(string name, int value, int max) =>
        CountError(name, value, max) is string error ? throw new UsageException(error) : value;

    private static string? CountError(string name, int value, int max) =>
        value >= 1 && value <= max ? null : CountError(name, value.ToString(CultureInfo.InvariantCulture), max);

    private static string CountError(string name, string given, int max) =>
        $"{name} must be a whole number from 1 to {max.ToString("N0", CultureInfo.InvariantCulture)}, not '{given}'";

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
