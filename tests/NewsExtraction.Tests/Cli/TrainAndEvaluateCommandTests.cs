using NewsExtraction.Cli.Commands;
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
}
