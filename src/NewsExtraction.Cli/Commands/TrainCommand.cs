using System.CommandLine;
using NewsExtraction.Entities;
using NewsExtraction.Cli.Output;
using NewsExtraction.Entities.Training;

namespace NewsExtraction.Cli.Commands;

/// <summary><c>newsx train</c>: trains (or, with <c>--from</c>, fine-tunes) an entity model on CoNLL/BIO files.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        Option<string> lang = new("--lang") { Description = "The language of the data: fr or en.", Required = true };
        Option<string[]> train = new("--train")
        {
            Description = "CoNLL/BIO training files; FILE@0.5 weighs a file's sentences by 0.5.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        Option<string[]> dev = new("--dev")
        {
            Description = "CoNLL/BIO dev files: F1 per epoch on standard error, early stopping on the F1 of their entities pooled.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<FileInfo> output = new("--output", "-o") { Description = "Where to write the model.", Required = true };
        Option<FileInfo?> from = new("--from") { Description = "A model to continue training (fine-tuning); new entity types are added." };
        Option<float> rate = new("--rate") { Description = "With --from: a factor on the update steps (smaller keeps more of what the model knew).", DefaultValueFactory = _ => 1f };
        Option<int> epochs = new("--epochs") { Description = "The most passes over the data.", DefaultValueFactory = _ => 30 };
        Option<int> patience = new("--patience") { Description = "Stop after this many epochs without a better dev F1.", DefaultValueFactory = _ => 3 };
        Option<int> seed = new("--seed") { Description = "Seeds the shuffling: same seed and data, same model bytes.", DefaultValueFactory = _ => 1 };
        Option<int> models = new("--models")
        {
            Description = "Train this many models (seeds SEED, SEED+1, ...) and keep the mean of their weights: same size and speed, usually more accurate.",
            DefaultValueFactory = _ => 1,
        };
        Option<bool> passiveAggressive = new("--passive-aggressive")
        {
            Description = "Passive-aggressive updates (each mistake moves the weights just enough) instead of perceptron ones; give it more --patience.",
        };
        Option<int> hashBits = new("--hash-bits") { Description = "The weight table has 2^N feature rows.", DefaultValueFactory = _ => 20 };
        Option<FileInfo?> gazetteer = new("--gazetteer")
        {
            Description = "countries.tsv for gazetteer features; default: ../gazetteer/countries.tsv beside the first training file, when present.",
        };
        Option<string[]> names = new("--names")
        {
            Description = "CoNLL/BIO files whose annotated names join the model's name lists without being trained on (e.g. the other language's training files).",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<string[]> lists = new("--lists")
        {
            Description = "Gazetteer files of organisations, person names and places (organizations.tsv, person_names.tsv, places.tsv) whose entries become features.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<string[]> rehearse = new("--rehearse")
        {
            Description = "With --from: CoNLL/BIO files of the model's original training data (its card names them); each epoch also trains on a sample of them, as many sentences as --train has.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<double> rehearseShare = new("--rehearse-share")
        {
            Description = "With --rehearse: how many original sentences each epoch rehearses per --train sentence.",
            DefaultValueFactory = _ => 1.0,
        };
        Option<double?> keepWithin = new("--keep-within")
        {
            Description = "With --from and two or more --dev files: keep the epoch best on the first (the new domain's) among those that lose at most this many F1 points on each other one.",
        };
        var command = new Command("train", "Train an entity model on CoNLL/BIO files.")
        {
            lang, train, dev, output, from, rate, rehearse, rehearseShare, keepWithin, epochs, patience, seed, models, passiveAggressive, hashBits, gazetteer, names, lists,
        };
        command.SetAction(parse =>
        {
            // The first Ctrl+C ends training after the current sentence and saves the best model so far.
            using var interrupt = new CtrlC();
            EpochProgressBar? bar = Console.IsErrorRedirected ? null : new EpochProgressBar(Console.Error);
            return Run(parse.GetValue(lang)!, parse.GetValue(train)!, parse.GetValue(dev) ?? [], parse.GetValue(output)!, parse.GetValue(from),
                Options(parse, bar), parse.GetValue(rehearse) ?? [], interrupt.Token);
        });
        return command;

        NerTrainingOptions Options(ParseResult parse, EpochProgressBar? bar) =>
            new()
            {
                Epochs = parse.GetValue(epochs),
                FineTuneRate = parse.GetValue(rate),
                RehearsalShare = parse.GetValue(rehearseShare),
                KeepWithin = parse.GetValue(keepWithin),
                Patience = parse.GetValue(patience),
                Seed = parse.GetValue(seed),
                Models = parse.GetValue(models),
                PassiveAggressive = parse.GetValue(passiveAggressive),
                HashBits = parse.GetValue(hashBits),
                GazetteerPath = parse.GetValue(gazetteer)?.FullName,
                NameSources = parse.GetValue(names) ?? [],
                ListPaths = parse.GetValue(lists) ?? [],
                Progress = bar ?? Console.Error,
                EpochProgress = bar,
            };
    }

    /// <summary>Runs the command: plain lines on <see cref="NerTrainingOptions.Progress"/>; cancelling saves the best model so far.</summary>
    internal static int Run(string lang, string[] train, string[] dev, FileInfo output, FileInfo? from, NerTrainingOptions options,
        string[]? rehearse = null, CancellationToken cancellationToken = default)
    {
        Language language = CommonOptions.ParseLanguage(lang) ?? throw new UsageException("--lang must be fr or en");
        if (options.Epochs < 1 || options.Models < 1 || options.HashBits is < 10 or > 26)
        {
            throw new UsageException("--epochs and --models must be at least 1 and --hash-bits between 10 and 26");
        }
        if (!(options.RehearsalShare > 0) || options.KeepWithin is < 0 or double.NaN)
        {
            throw new UsageException("--rehearse-share must be above 0 and --keep-within at least 0");
        }
        if (options.KeepWithin is not null && (from is null || dev.Length < 2))
        {
            throw new UsageException("--keep-within needs --from and two or more --dev files, the new domain's first");
        }
        string? folder = output.DirectoryName;
        if (Directory.Exists(output.FullName) || (folder is not null && !Directory.Exists(folder)))
        {
            throw new UsageException($"cannot write the model to {output}: " + (Directory.Exists(output.FullName) ? "it is a folder" : $"no folder {folder}"));
        }
        string? missing = options.NameSources.FirstOrDefault(file => !File.Exists(file));
        if (missing is not null)
        {
            throw new UsageException($"names file not found: {missing}");
        }
        missing = options.ListPaths.FirstOrDefault(file => !File.Exists(file));
        if (missing is not null)
        {
            throw new UsageException($"list file not found: {missing}");
        }
        string? notList = options.ListPaths.FirstOrDefault(file => !EntityLists.IsListHeader(File.ReadLines(file).FirstOrDefault() ?? ""));
        if (notList is not null)
        {
            throw new UsageException($"{notList} is not an organisation, person name or place list (organizations.tsv, person_names.tsv, places.tsv)");
        }
        rehearse ??= [];
        if (rehearse.Length > 0 && from is null)
        {
            throw new UsageException("--rehearse needs --from: it reminds a model being fine-tuned of its original data");
        }
        // Every input is checked before the first line of progress.
        NerModel? start = from is null ? null : LoadModel(from, language);
        NerCorpus[] trainCorpora = [.. train.Select(ReadCorpus)];
        NerCorpus[] devCorpora = [.. dev.Select(ReadCorpus)];
        string? gazetteer = options.GazetteerPath ?? DefaultGazetteer(train[0]);
        options = options with { Language = language, GazetteerPath = gazetteer, Rehearsal = [.. rehearse.Select(ReadCorpus)] };
        TextWriter log = options.Progress ?? TextWriter.Null;
        log.WriteLine($"training on {trainCorpora.Sum(c => c.Sentences.Count)} sentences"
            + (start is null ? $", gazetteer {gazetteer ?? "none"}" : $", continuing {from!.Name}")
            + (options.Rehearsal.Count > 0 ? $", rehearsing {options.Rehearsal.Sum(c => c.Sentences.Count)} of its original sentences" : ""));
        NerModel model = start is null
            ? NerModel.Train(trainCorpora, devCorpora, options, cancellationToken)
            : start.FineTune(trainCorpora, devCorpora, options, cancellationToken);
        model.Save(output.FullName);
        output.Refresh();
        log.WriteLine((cancellationToken.IsCancellationRequested ? "interrupted: " : "")
            + $"wrote {output.FullName} ({output.Length:N0} bytes; types {string.Join(' ', model.EntityTypes)})");
        return 0;
    }

    /// <summary>Reads a CoNLL/BIO file named on the command line (<c>FILE</c> or <c>FILE@WEIGHT</c>).</summary>
    /// <exception cref="UsageException">The file is missing, unreadable, empty or not CoNLL/BIO.</exception>
    internal static NerCorpus ReadCorpus(string path)
    {
        NerCorpus corpus;
        try
        {
            corpus = NerCorpus.Read(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"no such file: {path}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {ex.Message}");
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{path} is not a CoNLL/BIO file: {ex.Message}");
        }
        if (corpus.Sentences.Count == 0)
        {
            throw new UsageException($"no sentences in {path}");
        }
        // Text that is not CoNLL (JSON, prose) still splits into two fields a line: its "labels" give it away.
        string? label = corpus.Sentences.SelectMany(s => s.Labels).FirstOrDefault(l => !IsBioLabel(l));
        return label is null
            ? corpus
            : throw new UsageException($"{path} is not a CoNLL/BIO file: '{label}' is not a label (O, B-TYPE or I-TYPE) in the last column");
    }

    private static bool IsBioLabel(string label)
    {
        if (label == "O")
        {
            return true;
        }
        if (label.Length < 3 || label[1] != '-' || label[0] is not ('B' or 'I' or 'E' or 'S'))
        {
            return false;
        }
        foreach (char c in label.AsSpan(2))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Loads the model file named on the command line.</summary>
    /// <exception cref="UsageException">The file is missing, unreadable, not an entity model, or a model of another language than <paramref name="language"/>.</exception>
    internal static NerModel LoadModel(FileInfo path, Language language)
    {
        NerModel model;
        try
        {
            using FileStream stream = File.OpenRead(path.FullName);
            model = NerModel.Load(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"no such model file: {path}");
        }
        catch (NerModelException ex)
        {
            throw new UsageException($"{path} is not an entity model: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {ex.Message}");
        }
        return model.Language == language
            ? model
            : throw new UsageException($"{path} is a model for {model.Language}, not {language}");
    }

    private static string? DefaultGazetteer(string trainFile)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(trainFile.Split('@')[0]));
        string candidate = Path.Combine(directory ?? ".", "..", "gazetteer", "countries.tsv");
        return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }
}
