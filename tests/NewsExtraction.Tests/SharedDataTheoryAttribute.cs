using System.Runtime.CompilerServices;

namespace NewsExtraction.Tests;

/// <summary>A theory that reads the shared data beside the repository; see <see cref="SharedDataFactAttribute"/>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (TestPaths.Shared is null)
        {
            Skip = TestPaths.SharedMissing;
        }
    }
}
