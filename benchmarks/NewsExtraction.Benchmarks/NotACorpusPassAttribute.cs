namespace NewsExtraction.Benchmarks;

/// <summary>Marks a benchmark class whose operation is not a pass over a corpus: the throughput columns show "-" for it.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class NotACorpusPassAttribute : Attribute;
