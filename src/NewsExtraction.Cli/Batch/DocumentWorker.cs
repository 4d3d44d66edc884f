using System.Text.Json;
using NewsExtraction.Cli.Commands;
using NewsExtraction.Cli.Input;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Batch;

/// <summary>
/// What one worker thread of <c>newsx extract</c> does with a batch: reads or parses each document, extracts it and
/// serializes its line, all on this thread; one per thread, since it keeps its JSON writer from batch to batch.
/// </summary>
internal sealed class DocumentWorker(NewsExtractor extractor, Language? language, DateOnly? date, int maxChars)
{
    private Utf8JsonWriter? _json;

    /// <summary>The lines of <paramref name="documents"/>, in their order.</summary>
    public LineBuffer Process(List<PendingDocument> documents)
    {
        var lines = new LineBuffer();
        try
        {
            foreach (PendingDocument document in documents)
            {
                if (_json is null)
                {
                    _json = new Utf8JsonWriter(lines, ExtractionJson.WriterOptions);
                }
                else
                {
                    _json.Reset(lines);
                }
                long textBytes = ExtractCommand.Write(_json, extractor, document.Load(), language, date, maxChars);
                _json.Flush();
                lines.EndLine(Math.Max(textBytes, 0), failed: textBytes < 0);
            }
            return lines;
        }
        catch
        {
            lines.Dispose();
            throw;
        }
    }
}
