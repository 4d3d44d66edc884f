using System.Runtime.CompilerServices;

namespace NewsExtraction.Tests;

/// <summary>
/// A fact that reads the shared data beside the repository (<c>../shared</c>: training data, seed corpus, gold).
/// Without it the test is reported as skipped, not passed.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (TestPaths.Shared is null)
        {
            Skip = TestPaths.SharedMissing;
        }
    }
}
