using System.Diagnostics;
using System.Globalization;
using NewsExtraction.Entities;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// Cold model load time and resident memory, each case in a fresh process: the time of creating an extractor
/// and extracting a first short document (models load on first need), and the growth of the working set and of
/// the managed heap that leaves behind. JIT compilation of the code involved is included, as in a real first call.
/// </summary>
internal static class ModelLoadProbe
{
    private const int Runs = 5;

    private static readonly (string Name, string Description)[] Cases =
    [
        ("langid", "no stages (tokenizer, sentences, language identifier)"),
        ("fr.ner", "the French entity model alone (NerModel.Load of the embedded model)"),
        ("en.ner", "the English entity model alone"),
        ("fr", "all stages, one French document"),
        ("en", "all stages, one English document"),
        ("fr+en", "all stages, one French and one English document"),
    ];

    /// <summary>Runs every case <see cref="Runs"/> times in child processes and prints the medians as a Markdown table.</summary>
    public static void Run()
    {
        Console.WriteLine($"| case | cold load (ms, median of {Runs}) | working set growth (MB) | managed heap growth (MB) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach ((string name, string description) in Cases)
        {
            var samples = Enumerable.Range(0, Runs).Select(_ => RunChild(name)).OrderBy(s => s.Milliseconds).ToList();
            (double ms, double workingSet, double managed) = samples[Runs / 2];
            // Loading cannot free memory: a small negative growth is collection noise.
            (workingSet, managed) = (Math.Max(0, workingSet), Math.Max(0, managed));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name}: {description} | {ms:N1} | {workingSet:N1} | {managed:N1} |"));
        }
    }

    /// <summary>The child's side: measures one case and prints <c>milliseconds workingSetMB managedMB</c>.</summary>
    public static void Measure(string name)
    {
        // Start from a runtime that has loaded the library and run its tokenizer, with no model loaded.
        NewsExtraction.Text.Tokenizer.Tokenize("Warm up.");
        long workingSet = Environment.WorkingSet;
        long managed = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();
        if (name.EndsWith(".ner", StringComparison.Ordinal))
        {
            NerModel model = EntityRecognizer.ModelFor(name == "fr.ner" ? Language.French : Language.English);
            Report(stopwatch, workingSet, managed, model);
            return;
        }
        NewsExtractor extractor = name switch
        {
            "langid" => new NewsExtractor(new ExtractionOptions { Stages = ExtractionStages.None }),
            _ => new NewsExtractor(),
        };
        if (name == "langid")
        {
            extractor.Extract("Mark Rutte a déclaré : « Nous sommes prêts. »");
        }
        if (name.Contains("fr", StringComparison.Ordinal))
        {
            extractor.Extract("Mark Rutte a déclaré : « Nous sommes prêts. »", Language.French);
        }
        if (name.Contains("en", StringComparison.Ordinal))
        {
            extractor.Extract("Mark Rutte said: “We are ready.”", Language.English);
        }
        Report(stopwatch, workingSet, managed, extractor);
    }

    private static void Report(Stopwatch stopwatch, long workingSet, long managed, object loaded)
    {
        double milliseconds = stopwatch.Elapsed.TotalMilliseconds;
        long managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        long workingSetAfter = Environment.WorkingSet;
        GC.KeepAlive(loaded);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{milliseconds} {(workingSetAfter - workingSet) / 1e6} {(managedAfter - managed) / 1e6}"));
    }

    private static (double Milliseconds, double WorkingSet, double Managed) RunChild(string name)
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ModelLoadProbe).Assembly.Location);
        }
        start.ArgumentList.Add("--load-probe");
        start.ArgumentList.Add(name);
        using Process child = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {self}.");
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        double[] values = [.. output.Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        return (values[0], values[1], values[2]);
    }
}
