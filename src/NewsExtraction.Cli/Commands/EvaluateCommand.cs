using System.CommandLine;
using System.Globalization;
using NewsExtraction.Entities;
using NewsExtraction.Entities.Training;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx evaluate</c>: entity-level precision, recall and F1 of a model on CoNLL/BIO files, conlleval-style.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        Option<string> lang = new("--lang") { Description = "The language of the data: fr or en (chooses the embedded model).", Required = true };
        Option<string[]> data = new("--data")
        {
            Description = "CoNLL/BIO files to evaluate on.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        Option<FileInfo?> model = new("--model") { Description = "A model file; default: the library's embedded model for --lang." };
        Option<FileInfo?> predictions = new("--predictions")
        {
            Description = "Write token<TAB>gold<TAB>predicted lines here, one per token of the data files, a blank line between sentences (conlleval's input).",
        };
        var command = new Command("evaluate", "Score an entity model on CoNLL/BIO files: per type and micro-averaged P/R/F1.")
        {
            lang, data, model, predictions,
        };
        command.SetAction(parse => Run(parse.GetValue(lang)!, parse.GetValue(data)!, parse.GetValue(model), parse.GetValue(predictions), Console.Out));
        return command;
    }

    internal static int Run(string lang, string[] data, FileInfo? modelPath, FileInfo? predictions, TextWriter output)
    {
        Language language = CommonOptions.ParseLanguage(lang) ?? throw new UsageException("--lang must be fr or en");
        NerModel model = modelPath is null ? NerModel.LoadEmbedded(language) : TrainCommand.LoadModel(modelPath, language);
        // Every file is read and checked before the first table is printed.
        NerCorpus[] corpora = [.. data.Select(TrainCommand.ReadCorpus)];
        using StreamWriter? predictionWriter = predictions is null ? null : OpenPredictions(predictions);
        foreach (NerCorpus corpus in corpora)
        {
            EntityEvaluation evaluation = model.Evaluate(corpus.Sentences);
            output.WriteLine($"{corpus.Name}: {corpus.Sentences.Count} sentences, {corpus.Sentences.Sum(s => s.Tokens.Count)} tokens");
            output.WriteLine("type          gold  predicted  correct  precision  recall      F1");
            foreach (EntityScore score in evaluation.Types)
            {
                Write(output, score);
            }
            Write(output, evaluation.Micro());
            Write(output, evaluation.Overall);
            output.WriteLine();
            if (predictionWriter is not null)
            {
                WritePredictions(predictionWriter, model, corpus);
            }
        }
        return 0;
    }

    private static StreamWriter OpenPredictions(FileInfo path)
    {
        try
        {
            return new StreamWriter(path.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {ex.Message}");
        }
    }

    private static void Write(TextWriter output, EntityScore s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Type,-12} {s.Gold,5} {s.Predicted,10} {s.Correct,8} {100 * s.Precision,10:F2} {100 * s.Recall,7:F2} {100 * s.F1,7:F2}"));

    /// <summary>
    /// One line per token of the file as written: a token the reader joined from two (<c>l</c> <c>’</c>) is written as
    /// the two again, the second continuing the first one's entity, so that external scorers line the file up.
    /// </summary>
    private static void WritePredictions(TextWriter writer, NerModel model, NerCorpus corpus)
    {
        foreach (LabeledSentence sentence in corpus.Sentences)
        {
            IReadOnlyList<string> predicted = model.Tag(sentence.Tokens);
            for (int i = 0; i < predicted.Count; i++)
            {
                string token = sentence.Tokens[i];
                if (sentence.Joined?[i] == true)
                {
                    WriteLine(writer, token[..^1], sentence.Labels[i], predicted[i]);
                    WriteLine(writer, token[^1..], sentence.Labels[i], predicted[i] == "O" ? "O" : "I-" + predicted[i][2..]);
                }
                else
                {
                    WriteLine(writer, token, sentence.Labels[i], predicted[i]);
                }
            }
            writer.WriteLine();
        }
    }

    private static void WriteLine(TextWriter writer, string token, string gold, string predicted)
    {
        writer.Write(token);
        writer.Write('\t');
        writer.Write(gold);
        writer.Write('\t');
        writer.WriteLine(predicted);
    }
}
