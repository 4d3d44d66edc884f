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
}
