using System.CommandLine;
using NewsExtraction.Text;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx langid-train</c>: builds the language identification model from the NER training files.</summary>
internal static class LangIdTrainCommand
{
    public static Command Create()
    {
        Option<FileInfo> output = new("--output", "-o")
        {
            Description = "Where to write the model (the library embeds models/langid.bin).",
            Required = true,
        };
        Option<DirectoryInfo?> data = new("--data")
        {
            Description = "The folder of the NER .conll files. Default: shared/data/ner in the current folder or above it.",
        };
        var command = new Command("langid-train", "Build the language identification model from the French and English NER training files.") { output, data };
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(data), Console.Error));
        return command;
    }

    internal static int Run(FileInfo output, DirectoryInfo? data, TextWriter log)
    {
        string nerDirectory = data?.FullName ?? CommonOptions.FindAbove(Directory.GetCurrentDirectory(), Path.Combine("shared", "data", "ner"))
            ?? throw new UsageException("no shared/data/ner folder found here or above; name it with --data");
        foreach (string corpus in LanguageModelBuilder.FrenchCorpora.Concat(LanguageModelBuilder.EnglishCorpora))
        {
            string path = Path.Combine(nerDirectory, corpus + ".train.conll");
            if (!File.Exists(path))
            {
                throw new UsageException($"training file not found: {path}");
            }
        }
        LanguageModel model = new LanguageModelBuilder().Build(nerDirectory, log);
        output.Directory?.Create();
        using (FileStream stream = output.Create())
        {
            model.Write(stream);
        }
        output.Refresh();
        log.WriteLine($"wrote {output.FullName} ({output.Length / 1024} KB)");
        return 0;
    }
}
