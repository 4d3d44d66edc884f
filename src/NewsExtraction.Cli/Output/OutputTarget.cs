using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using NewsExtraction.Cli.Commands;
using NewsExtraction.Cli.Input;

namespace NewsExtraction.Cli.Output;

/// <summary>
/// Where a command's JSON lines go: <c>-o FILE</c>, or standard output for no <c>-o</c> or <c>-o -</c>. Opened and
/// proven writable before any input is read, so that an unusable target stops the run with exit code 2 and one
/// line on standard error, and never overwrites one of the run's inputs.
/// </summary>
internal static partial class OutputTarget
{
    /// <summary>The <c>errno</c> of a write to a pipe whose reader has gone (<c>EPIPE</c>, on Linux and macOS).</summary>
    private const int BrokenPipe = 32;

    /// <summary>Whether <paramref name="path"/> means standard output.</summary>
    public static bool IsStandardOutput(string? path) => path is null or "-";

    /// <summary>A writer of JSON lines to the target, opened by <see cref="Open"/>.</summary>
    /// <exception cref="UsageException">The target cannot be used.</exception>
    public static JsonLinesWriter OpenWriter(string? path, IEnumerable<string> inputs) =>
        new(Open(path, inputs), NameOf(path));

    /// <summary>The target as error messages name it: its path, or "standard output".</summary>
    public static string NameOf(string? path) => IsStandardOutput(path) ? "standard output" : path!;

    /// <summary>The target as a file the inputs' folders must not yield, or <see langword="null"/> for standard output.</summary>
    public static FilePath? AsInput(string? path) => IsStandardOutput(path) ? null : FilePath.Of(path!);

    /// <summary>Opens the target, emptied and checked.</summary>
    /// <param name="path">The <c>-o</c> value.</param>
    /// <param name="inputs">The files and folders the run reads: the target may not be one of the files.</param>
    /// <exception cref="UsageException">The target cannot be used.</exception>
    public static Stream Open(string? path, IEnumerable<string> inputs)
    {
        if (IsStandardOutput(path))
        {
            Stream output = OperatingSystem.IsWindows()
                ? Console.OpenStandardOutput()
                // Not the console stream, which ignores a closed pipe: the run must learn that its reader has gone.
                : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            Probe(output, "standard output");
            return output;
        }
        if (Directory.Exists(path))
        {
            throw new UsageException($"cannot write {path}: it is a folder; name a file such as {Path.Combine(path!, "out.jsonl")}");
        }
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path!));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"cannot write {path}: no folder {folder}");
        }
        FilePath target = FilePath.Of(path!);
        string? same = inputs.FirstOrDefault(input => input != "-" && !Directory.Exists(input) && target.Is(input));
        if (same is not null)
        {
            throw new UsageException($"the output {path} is also an input ({same}): it would be overwritten; write elsewhere");
        }
        FileStream stream;
        try
        {
            // Not truncated on opening: only once this run holds the file, should another process be writing it.
            stream = new FileStream(path!, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
            // Devices (/dev/null, /dev/full) cannot be truncated and have nothing to empty.
            if (stream.CanSeek && stream.Length > 0)
            {
                stream.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {ex.Message}");
        }
        Probe(stream, path!);
        return stream;
    }

    /// <summary>Whether <paramref name="error"/>, thrown by a write, means the reader of the output pipe has gone.</summary>
    public static bool IsClosedPipe(IOException error) => !OperatingSystem.IsWindows() && error.HResult == BrokenPipe;

    /// <summary>
    /// Writes zero bytes: no effect on a file or a pipe, but a device that refuses every write (<c>/dev/full</c>)
    /// says so now, before anything is read, rather than after the first results.
    /// </summary>
    private static void Probe(Stream stream, string name)
    {
        if (OperatingSystem.IsWindows() || stream is not FileStream file)
        {
            return;
        }
        if (Write((int)file.SafeFileHandle.DangerousGetHandle(), 0, 0) < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            string reason = Marshal.GetPInvokeErrorMessage(errno);
            file.Dispose();
            throw new UsageException($"cannot write {name}: {reason}");
        }
    }

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fileDescriptor, nint buffer, nint count);
}
