namespace NewsExtraction.Entities.Training;

/// <summary>
/// Reads CoNLL/BIO files (<c>token&lt;TAB&gt;…&lt;TAB&gt;label</c>, a blank line between sentences), as in ../shared/data/ner.
/// </summary>
/// <remarks>
/// IOB1 is read as BIO (an <c>I-X</c> that starts an entity becomes <c>B-X</c>); <c>-DOCSTART-</c> lines are skipped.
/// A French elision written as two tokens (<c>l</c> <c>'</c>, as in NewsEye) is joined into one (<c>l'</c>),
/// as the library's tokenizer splits it, when both are outside entities.
/// </remarks>
public static class ConllReader
{
    private static readonly HashSet<string> Elisions = new(StringComparer.OrdinalIgnoreCase)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
    };

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<LabeledSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads sentences until the end of <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">A line has no label.</exception>
    public static IReadOnlyList<LabeledSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<LabeledSentence>();
        var tokens = new List<string>();
        var labels = new List<string>();
        var joined = new List<bool>();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); ; line = reader.ReadLine())
        {
            lineNumber++;
            if (line is null || line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new LabeledSentence([.. tokens], [.. labels]) { Joined = joined.Contains(true) ? [.. joined] : null });
                    tokens.Clear();
                    labels.Clear();
                    joined.Clear();
                }
                if (line is null)
                {
                    return sentences;
                }
                continue;
            }
            string[] fields = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "-DOCSTART-")
            {
                continue;
            }
            if (fields.Length < 2)
            {
                throw new FormatException($"line {lineNumber}: expected 'token<TAB>label', got '{line}'");
            }
            string token = fields[0];
            string label = fields[^1];
            string previous = labels.Count == 0 ? "O" : labels[^1];
            if (label.StartsWith("I-", StringComparison.Ordinal) && (previous == "O" || !previous.AsSpan(2).SequenceEqual(label.AsSpan(2))))
            {
                label = "B-" + label[2..];
            }
            if (token is "'" or "’" && label == "O" && previous == "O" && tokens.Count > 0 && Elisions.Contains(tokens[^1]))
            {
                tokens[^1] += token;
                joined[^1] = true;
                continue;
            }
            tokens.Add(token);
            labels.Add(label);
            joined.Add(false);
        }
    }
}
