namespace NewsExtraction.Cli.Input;

/// <summary>One line read by <see cref="Utf8Lines"/>: its bytes, or only the first of them when it is too long.</summary>
/// <param name="Bytes">The line, or its first <see cref="Utf8Lines.PrefixBytes"/> bytes when <see cref="TooLong"/>.</param>
/// <param name="Length">The length of the whole line in bytes.</param>
internal readonly record struct Utf8Line(byte[] Bytes, long Length)
{
    /// <summary>The line was longer than the limit: only its start was kept.</summary>
    public bool TooLong => Length > Bytes.Length;
}
