using BenchmarkDotNet.Attributes;
using NewsExtraction.Entities;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// Reading an entity model from memory: the file as this build's <see cref="NerModel.Save(Stream)"/> writes it, so
/// that the same benchmark measures the file format of each build (the shipped model's weights and tables). The
/// first load in a fresh process, with its page faults, is <c>--model-load</c>'s and <c>benchmarks/startup.sh</c>'s.
/// </summary>
[MemoryDiagnoser]
[NotACorpusPass]
public class NerModelLoadBenchmarks
{
    private byte[] _file = [];

    [Params(Language.French, Language.English)]
    public Language Language { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        NerModel.LoadEmbedded(Language).Save(stream);
        _file = stream.ToArray();
    }

    [Benchmark]
    public NerModel Load() => NerModel.Load(new MemoryStream(_file, writable: false));
}
