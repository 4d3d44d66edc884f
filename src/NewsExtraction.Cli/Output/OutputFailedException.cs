namespace NewsExtraction.Cli.Output;

/// <summary>Writing the output failed during the run: the run stops with this one-line message, or quietly when the reader of the pipe has gone.</summary>
internal sealed class OutputFailedException(string target, IOException error) : Exception($"cannot write {target}: {error.Message}", error)
{
    /// <summary>The output was a pipe whose reader has gone (<c>newsx extract feed | head -1</c>): nobody wants more lines.</summary>
    public bool IsClosedPipe { get; } = OutputTarget.IsClosedPipe(error);
}
