using System.Text.Json;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Rendering;

/// <summary>Gold files in the output schema, one <c>ID.json</c> per document in a folder (as in ../shared/gold).</summary>
internal sealed class GoldFiles(string folder)
{
    /// <summary>The gold of document <paramref name="id"/>, or null with the reason when there is no usable file.</summary>
    public GoldComparison? Find(string id, out string? problem)
    {
        string path = Path.Combine(folder, id + ".json");
        problem = null;
        if (!File.Exists(path))
        {
            problem = $"no gold file {path}";
            return null;
        }
        try
        {
            using FileStream stream = File.OpenRead(path);
            DocumentRecord? record = JsonSerializer.Deserialize(stream, NewsJsonContext.Default.DocumentRecord);
            return record is null ? null : GoldComparison.Of(record.Entities ?? [], record.Quotes ?? []);
        }
        catch (JsonException ex)
        {
            problem = $"{path} is not a gold file in the output schema: {ex.Message}";
            return null;
        }
    }
}
