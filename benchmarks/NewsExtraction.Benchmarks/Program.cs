using BenchmarkDotNet.Running;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// The benchmark suite (see benchmarks/README.md):
/// <c>dotnet run -c Release --project benchmarks/NewsExtraction.Benchmarks -- --filter '*' [--quick]</c>;
/// <c>-- --model-load</c> for cold model load time and memory; <c>-- --write-jsonl PATH [COUNT]</c> for a synthetic feed;
/// <c>-- --peer-bench full|tokenize MIN_SECONDS RUNS DIR|synthetic</c> for the peers' protocol (benchmarks/peers.sh);
/// <c>-- --scaling</c> for the batch API's scaling with its workers.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["--model-load"]:
                ModelLoadProbe.Run();
                return 0;
            case ["--load-probe", string name]:
                ModelLoadProbe.Measure(name);
                return 0;
            case ["--peer-bench", string mode, string minSeconds, string runs, string corpus]:
                PeerBench.Run(mode, double.Parse(minSeconds, System.Globalization.CultureInfo.InvariantCulture), int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture), corpus);
                return 0;
            case ["--scaling"]:
                BatchScaling.RunAsync(rounds: 15).GetAwaiter().GetResult();
                return 0;
            case ["--write-jsonl", string path]:
                SyntheticJsonLines.Write(path, documents: 20_000);
                return 0;
            case ["--write-jsonl", string path, string count]:
                SyntheticJsonLines.Write(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
                return 0;
        }
        bool quick = args.Contains("--quick");
        // The benchmarks run in processes of their own, started in another folder: a relative corpus path must
        // reach them as the folder it names here.
        if (Environment.GetEnvironmentVariable("NEWSX_CORPUS") is { Length: > 0 } corpusPath)
        {
            Environment.SetEnvironmentVariable("NEWSX_CORPUS", Path.GetFullPath(corpusPath));
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(a => a != "--quick")], BenchmarkConfig.Create(quick));
        return 0;
    }
}
