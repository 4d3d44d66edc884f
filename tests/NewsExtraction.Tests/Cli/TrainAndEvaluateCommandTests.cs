using NewsExtraction.Cli.Commands;
using NewsExtraction.Entities;
using NewsExtraction.Entities.Training;

namespace NewsExtraction.Tests.Cli;

public sealed class TrainAndEvaluateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsx-ner-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string conll)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, conll);
        return path;
    }

    [Fact]
    public void Train_writes_a_model_that_evaluate_scores_and_whose_predictions_it_writes()
    {
        string sentence = "Mark\tB-PER\nRutte\tI-PER\nest\tO\nà\tO\nBruxelles\tB-LOC\n.\tO\n\n";
        string train = Write("train.conll", string.Concat(Enumerable.Repeat(sentence, 20)));
        string data = Write("dev.conll", sentence);
        var model = new FileInfo(Path.Combine(_folder, "fr.ner"));
        var predictions = new FileInfo(Path.Combine(_folder, "predictions.tsv"));

        TrainCommand.Run("fr", [train], [data], model, from: null, new NerTrainingOptions { Epochs = 2, HashBits = 12 });
        var report = new StringWriter();
        EvaluateCommand.Run("fr", [data], model, predictions, report);

        Assert.Contains("LOC+ORG+PER      2          2        2     100.00  100.00  100.00", report.ToString());
        Assert.Equal("Mark\tB-PER\tB-PER\nRutte\tI-PER\tI-PER\nest\tO\tO\nà\tO\tO\nBruxelles\tB-LOC\tB-LOC\n.\tO\tO\n\n",
            File.ReadAllText(predictions.FullName).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Evaluate_without_a_model_file_uses_the_embedded_model()
    {
        string data = Write("dev.conll", "Emmanuel\tB-PER\nMacron\tI-PER\nest\tO\nà\tO\nParis\tB-LOC\n.\tO\n\n");
        var report = new StringWriter();

        EvaluateCommand.Run("fr", [data], modelPath: null, predictions: null, report);

        Assert.Contains("LOC+ORG+PER      2          2        2", report.ToString());
    }

    [Fact]
    public void A_missing_names_file_is_a_usage_error()
    {
        string train = Write("train.conll", "Mark\tB-PER\nRutte\tI-PER\n\n");

        Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [train], [], new FileInfo(Path.Combine(_folder, "fr.ner")), from: null,
            new NerTrainingOptions { Epochs = 1, HashBits = 12, NameSources = [Path.Combine(_folder, "none.conll")] }));
    }

    [Theory]
    [InlineData("none.tsv", null)]
    [InlineData("notes.tsv", "word\tcount\nMorgan\t3\n")]
    public void A_missing_file_or_one_that_is_no_list_given_to_lists_is_a_usage_error(string name, string? content)
    {
        string train = Write("train.conll", "Mark\tB-PER\nRutte\tI-PER\n\n");
        string list = content is null ? Path.Combine(_folder, name) : Write(name, content);
        var model = new FileInfo(Path.Combine(_folder, "fr.ner"));

        UsageException error = Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [train], [], model, from: null,
            new NerTrainingOptions { Epochs = 1, HashBits = 12, ListPaths = [list] }));

        Assert.Contains(name, error.Message);
        Assert.False(model.Exists);
    }

    [Fact]
    public void A_missing_model_is_a_usage_error() =>
        Assert.Throws<UsageException>(() => EvaluateCommand.Run("fr", ["x.conll"], new FileInfo(Path.Combine(_folder, "none.ner")), null, TextWriter.Null));

    [Theory]
    [InlineData("evaluate")]
    [InlineData("train")]
    public void A_model_file_that_is_not_a_model_exits_2_with_one_line(string command)
    {
        string data = Write("dev.conll", "Paris\tB-LOC\n.\tO\n\n");
        string notModel = Write("notes.ner", "Ceci n'est pas un modèle. This is not a model.");
        string[] args = command == "evaluate"
            ? ["evaluate", "--lang", "fr", "--data", data, "--model", notModel]
            : ["train", "--lang", "fr", "--train", data, "--from", notModel, "--output", Path.Combine(_folder, "out.ner")];

        Newsx.Run run = Newsx.Invoke(null, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.StandardOutput);
        Assert.StartsWith($"newsx: {notModel} is not an entity model", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("train")]
    public void A_missing_data_file_exits_2_with_one_line(string command)
    {
        string missing = Path.Combine(_folder, "none.conll");
        string[] args = command == "evaluate"
            ? ["evaluate", "--lang", "en", "--data", missing]
            : ["train", "--lang", "en", "--train", missing, "--output", Path.Combine(_folder, "out.ner")];

        Newsx.Run run = Newsx.Invoke(null, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"newsx: no such file: {missing}", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"Emmanuel Macron est à Paris.\"}\n")]
    [InlineData("Joe Biden is in London.\nHe met the Prime Minister.\n")]
    public void Evaluating_on_a_file_that_is_not_conll_is_a_usage_error_and_prints_no_table(string content)
    {
        string data = Write("feed.txt", content);
        var report = new StringWriter();

        UsageException error = Assert.Throws<UsageException>(() => EvaluateCommand.Run("fr", [data], modelPath: null, predictions: null, report));

        Assert.Contains("is not a CoNLL/BIO file", error.Message);
        Assert.Equal("", report.ToString());
    }

    [Fact]
    public void Evaluate_predictions_keep_the_tokens_of_the_input_one_line_each()
    {
        // The reader joins "C" "’" into "C’" as the tokenizer does; the predictions must give the file's tokens back.
        string data = Write("dev.conll", "C\tO\n’\tO\nest\tO\nEmmanuel\tB-PER\nMacron\tI-PER\n.\tO\n\nl\tO\n'\tO\nONU\tB-ORG\n\n");
        var predictions = new FileInfo(Path.Combine(_folder, "predictions.tsv"));

        EvaluateCommand.Run("fr", [data], modelPath: null, predictions, TextWriter.Null);

        string[] written = File.ReadAllText(predictions.FullName).ReplaceLineEndings("\n").Split('\n');
        string[] input = File.ReadAllText(data).Split('\n');
        Assert.Equal(input.Length, written.Length);
        Assert.Equal(input.Select(line => line.Split('\t')[0]), written.Select(line => line.Split('\t')[0]));
        Assert.Equal(input.Select(line => line.Split('\t')[^1]), written.Select(line => line.Split('\t').Length == 3 ? line.Split('\t')[1] : line));
    }

    [Fact]
    public void Training_interrupted_before_its_first_epoch_ends_still_saves_a_model()
    {
        string train = Write("train.conll", string.Concat(Enumerable.Repeat("Mark\tB-PER\nRutte\tI-PER\nest\tO\nlà\tO\n\n", 20)));
        var model = new FileInfo(Path.Combine(_folder, "fr.ner"));
        var log = new StringWriter();

        TrainCommand.Run("fr", [train], [], model, from: null, new NerTrainingOptions { Epochs = 5, HashBits = 12, Progress = log },
            cancellationToken: new CancellationToken(canceled: true));

        Assert.Equal(Language.French, NerModel.Load(model.FullName).Language);
        Assert.Contains("interrupted: wrote", log.ToString());
    }

    [Fact]
    public void Fine_tuning_writes_a_model_that_evaluate_and_extract_use()
    {
        string sentence = "Demain\tB-ORG\na\tO\nsigné\tO\n.\tO\n\n";
        string person = "Mark\tB-PER\nRutte\tI-PER\na\tO\nsigné\tO\n.\tO\n\n";
        string train = Write("train.conll", string.Concat(Enumerable.Repeat(sentence + person, 30)));
        var start = new FileInfo(Path.Combine(_folder, "start.ner"));
        var tuned = new FileInfo(Path.Combine(_folder, "tuned.ner"));
        TrainCommand.Run("fr", [Write("base.conll", person)], [], start, from: null,
            new NerTrainingOptions { Epochs = 2, HashBits = 12 });

        TrainCommand.Run("fr", [train], [], tuned, start, new NerTrainingOptions { Epochs = 3 });
        var report = new StringWriter();
        EvaluateCommand.Run("fr", [Write("dev.conll", sentence)], tuned, predictions: null, report);
        string input = Write("doc.txt", "Demain a signé.");
        string output = Path.Combine(_folder, "out.jsonl"), embedded = Path.Combine(_folder, "embedded.jsonl");
        ExtractCommand.Run([input], "fr", output, Stream.Null, workers: 1, models: [$"fr={tuned.FullName}"]);
        ExtractCommand.Run([input], "fr", embedded, Stream.Null, workers: 1);

        Assert.Contains("LOC+ORG+PER      1          1        1", report.ToString());
        Assert.Contains("{\"type\":\"ORGANIZATION\",\"start\":0,\"end\":6,\"text\":\"Demain\"", File.ReadAllText(output));
        Assert.DoesNotContain("\"text\":\"Demain\"", File.ReadAllText(embedded));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("xx=model.ner")]
    [InlineData("fr=")]
    public void A_malformed_model_option_of_extract_is_a_usage_error(string option) =>
        Assert.Throws<UsageException>(() => ExtractCommand.Run([Write("doc.txt", "Bonjour.")], "fr", null, Stream.Null, models: [option]));

    [Fact]
    public void A_file_that_is_not_a_model_is_one_usage_error_in_extract_and_evaluate()
    {
        string notAModel = Write("notes.ner", "not a model at all");
        string doc = Write("doc.txt", "Bonjour.");
        string output = Path.Combine(_folder, "out.jsonl");

        UsageException extract = Assert.Throws<UsageException>(() => ExtractCommand.Run([doc], "fr", output, Stream.Null, models: [$"fr={notAModel}"]));
        UsageException evaluate = Assert.Throws<UsageException>(() => EvaluateCommand.Run("fr", [doc], new FileInfo(notAModel), null, TextWriter.Null));

        Assert.Contains("notes.ner", extract.Message);
        Assert.Contains("notes.ner", evaluate.Message);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_model_of_another_language_is_a_usage_error_in_extract_evaluate_and_train()
    {
        string english = Path.Combine(_folder, "en.ner");
        NerModel.LoadEmbedded(Language.English).Save(english);
        string data = Write("dev.conll", "Mark\tB-PER\n\n");

        Assert.Throws<UsageException>(() => ExtractCommand.Run([Write("doc.txt", "Bonjour.")], "fr", null, Stream.Null, models: [$"fr={english}"]));
        Assert.Throws<UsageException>(() => EvaluateCommand.Run("fr", [data], new FileInfo(english), null, TextWriter.Null));
        Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [data], [], new FileInfo(Path.Combine(_folder, "out.ner")), new FileInfo(english),
            new NerTrainingOptions { Epochs = 1 }));
    }

    [Fact]
    public void Keeping_within_some_points_needs_a_model_to_fine_tune_and_two_dev_files()
    {
        string data = Write("train.conll", "Mark\tB-PER\n\n");
        var model = new FileInfo(Path.Combine(_folder, "fr.ner"));
        NerModel.LoadEmbedded(Language.French).Save(model.FullName);
        var output = new FileInfo(Path.Combine(_folder, "out.ner"));
        var options = new NerTrainingOptions { Epochs = 1, KeepWithin = 1 };

        Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [data], [data, data], output, from: null, options));
        Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [data], [data], output, model, options));
        Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [data], [data, data], output, model, options with { KeepWithin = -1 }));
        Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [data], [data, data], output, model, options with { KeepWithin = null, RehearsalShare = 0 },
            rehearse: [data]));
        Assert.False(output.Exists);
    }

    [Fact]
    public void Rehearsal_without_a_model_to_fine_tune_is_a_usage_error()
    {
        string data = Write("train.conll", "Mark\tB-PER\n\n");

        Assert.Throws<UsageException>(() => TrainCommand.Run("fr", [data], [], new FileInfo(Path.Combine(_folder, "out.ner")), from: null,
            new NerTrainingOptions { Epochs = 1, HashBits = 12 }, rehearse: [data]));
    }
}
