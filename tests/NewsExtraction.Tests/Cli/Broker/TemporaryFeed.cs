using System.Text.Json;

namespace NewsExtraction.Tests.Cli.Broker;

/// <summary>A JSONL feed of <c>count</c> records (ids <c>d0</c>, <c>d1</c> …) made of the sample articles, French and English in turn; deleted on dispose.</summary>
internal sealed class TemporaryFeed : IDisposable
{
    private readonly DirectoryInfo _folder = Newsx.TempFolder();

    public TemporaryFeed(int count, params string[] extraLines)
    {
        string[] articles = [.. Directory.GetFiles(TestPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        Ids = [.. Enumerable.Range(0, count).Select(i => $"d{i}")];
        Path = System.IO.Path.Combine(_folder.FullName, "feed.jsonl");
        File.WriteAllLines(Path, [.. Ids.Select((id, i) => JsonSerializer.Serialize(new { id, text = articles[i % articles.Length] })), .. extraLines]);
    }

    public string Path { get; }

    public string[] Ids { get; }

    /// <summary>A path for an output file in the feed's folder.</summary>
    public string Output(string name) => System.IO.Path.Combine(_folder.FullName, name);

    public void Dispose() => _folder.Delete(recursive: true);
}
