using System.CommandLine;
using NewsExtraction.Entities;

namespace NewsExtraction.Cli.Commands;

/// <summary>Extract's <c>--model LANG=PATH</c>: the entity models to use instead of the embedded ones.</summary>
internal static class EntityModelOption
{
    /// <summary>The option, as <c>extract</c> and <c>render</c> take it.</summary>
    public static Option<string[]> Create() => new("--model")
    {
        Description = "LANG=PATH: tag that language's entities with this model file (from newsx train) instead of the embedded one; repeatable (--model fr=PATH --model en=PATH).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The models named, loaded and checked, or <see langword="null"/> for none; any problem is one usage error.</summary>
    public static Dictionary<Language, NerModel>? Parse(string[]? values)
    {
        if (values is not { Length: > 0 })
        {
            return null;
        }
        var models = new Dictionary<Language, NerModel>();
        foreach (string value in values)
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1 || !LanguageCodes.TryParse(value[..equals], out Language language) || language == Language.Unknown)
            {
                throw new UsageException($"--model takes LANG=PATH with LANG fr or en, not '{value}'");
            }
            if (!models.TryAdd(language, TrainCommand.LoadModel(new FileInfo(value[(equals + 1)..]), language)))
            {
                throw new UsageException($"--model names two models for {language}");
            }
        }
        return models;
    }
}
