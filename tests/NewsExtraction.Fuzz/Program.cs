using System.Text;
using SharpFuzz;

namespace NewsExtraction.Fuzz;

/// <summary>
/// Coverage-guided fuzzing of <see cref="NewsExtractor.Extract(string, Language?)"/> (see the README's section
/// "Fuzzing"): any exception, hang or broken <see cref="ResultInvariants"/> is a finding. Modes:
/// <c>afl</c> (the default, under afl-fuzz), <c>libfuzzer</c> (under libfuzzer-dotnet), and
/// <c>replay FILE|DIR...</c>, which runs saved inputs (a corpus, or AFL's crashes) without a fuzzer.
/// </summary>
internal static class Program
{
    private static readonly NewsExtractor Extractor = new();

    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["libfuzzer"]:
                Fuzzer.LibFuzzer.Run(Target);
                return 0;
            case ["replay", .. string[] paths]:
                return Replay(paths);
            default:
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    Target(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                });
                return 0;
        }
    }

    // Input bytes as text: UTF-16 after a 0xFF 0xFE mark (so that lone surrogates are reachable), else UTF-8; the
    // second byte (or the mark's next one) picks the language given: French, English or none.
    private static void Target(ReadOnlySpan<byte> data)
    {
        string text = data is [0xFF, 0xFE, ..]
            ? new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(data[2..(2 + ((data.Length - 2) & ~1))]))
            : Encoding.UTF8.GetString(data);
        Language? language = (data.Length > 0 ? data[^1] % 3 : 2) switch { 0 => Language.French, 1 => Language.English, _ => null };
        ResultInvariants.Check(text, Extractor.Extract(text, language));
    }

    private static int Replay(string[] paths)
    {
        int failures = 0, inputs = 0;
        foreach (string path in paths)
        {
            foreach (string file in Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path])
            {
                inputs++;
                try
                {
                    Target(File.ReadAllBytes(file));
                }
                catch (Exception ex)
                {
                    failures++;
                    Console.Error.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }
        Console.WriteLine($"{inputs} inputs, {failures} failures");
        return failures == 0 ? 0 : 1;
    }
}
