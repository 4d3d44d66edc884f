using BenchmarkDotNet.Running;

namespace NewsExtraction.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NewsExtraction.Benchmarks -- --filter '*'</c>.</summary>
internal static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
