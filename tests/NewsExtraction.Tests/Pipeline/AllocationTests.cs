
namespace NewsExtraction.Tests.Pipeline;

/// <summary>
/// Issue 7: once warm, extracting a document allocates its result and nothing else of any size. The bound is a memory
/// figure derived from the result itself, not a timing.
/// </summary>
public sealed class AllocationTests(ITestOutputHelper output)
{
    private static readonly NewsExtractor Extractor = new();

    [Theory]
    [InlineData("fr-otan-sommet.txt")]
    [InlineData("en-korea-drills.txt")]
    public void ExtractAllocatesOnlyItsResult(string sample)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Samples, sample));
        for (int i = 0; i < 50; i++)
        {
            Extractor.Extract(text);
        }

        // The least of a few rounds: a method the JIT has not yet optimised may box what its optimised code does not.
        ExtractionResult result = Extractor.Extract(text);
        long perDocument = long.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            result = Extractor.Extract(text);
            Extractor.Extract(text);
            perDocument = Math.Min(perDocument, (GC.GetAllocatedBytesForCurrentThread() - before) / 2);
        }

        // The result's own objects, estimated from their fields, and nothing else of any size: the stages refine
        // entities as values and reuse their lists from one document to the next. The constant covers what
        // unoptimised (Debug) code allocates beyond an optimised build, which allocates within a few hundred bytes
        // of the estimate. The figure also moves from one test process to the next, run alone or among the other
        // tests: on 2026-12-06 en-korea-drills measured 13,304 or 14,168 bytes and fr-otan-sommet 9,320 or 10,952,
        // cause not found (not tiered compilation: the same with it off); the constant covers both. Before issue 7
        // this document allocated 1.5 times its result and 10 KB more.
        long resultBytes = ResultBytes(result);
        long bound = resultBytes + 4 * 1024;
        output.WriteLine($"{sample}: {perDocument} bytes per document, result ~{resultBytes} bytes, bound {bound}");
        Assert.InRange(perDocument, 0, bound);
    }

    // Sizes on a 64-bit runtime: an object header is 16 bytes, a reference 8, a string 22 + 2 per character.
    private static long ResultBytes(ExtractionResult result)
    {
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        // The object, its four arrays, and the read-only wrapper of each non-empty one.
        long bytes = 64 + ArrayBytes(result.Tokens.Count, 8) + ArrayBytes(result.Sentences.Count, 8)
            + ArrayBytes(result.Entities.Count, 8) + ArrayBytes(result.Quotes.Count, 8)
            + WrapperBytes(result.Tokens.Count) + WrapperBytes(result.Sentences.Count)
            + WrapperBytes(result.Entities.Count) + WrapperBytes(result.Quotes.Count);
        foreach (Entity e in result.Entities)
        {
            bytes += 96;
            strings.UnionWith([e.Text, e.Canonical ?? "", e.Unit ?? "", e.Iso ?? ""]);
        }
        foreach (Quote q in result.Quotes)
        {
            bytes += 48 + (q.Speaker is null ? 0 : 40);
            strings.UnionWith([q.Text, q.Cue ?? "", q.Speaker?.Text ?? "", q.Speaker?.Name ?? ""]);
        }
        foreach (string s in strings)
        {
            bytes += 24 + 2 * s.Length;
        }
        return bytes;
    }

    private static long ArrayBytes(int length, int elementSize) => 24 + (long)length * elementSize;

    private static long WrapperBytes(int length) => length == 0 ? 0 : 24;
}
