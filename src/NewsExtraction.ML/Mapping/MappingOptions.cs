using System.Globalization;

namespace NewsExtraction.ML.Mapping;

/// <summary>
/// The options as a short string (<c>stages:types</c>, both as numbers), which the estimator writes into the model as a
/// constant column: a loaded model then extracts as the fitted one did without any state outside the model file.
/// </summary>
internal static class MappingOptions
{
    public static string Encode(ExtractNewsOptions options)
    {
        int types = -1;
        if (options.EntityTypes is { } set)
        {
            types = 0;
            foreach (EntityType type in set)
            {
                types |= 1 << (int)type;
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{(int)options.Stages}:{types}");
    }

    public static ExtractionOptions Decode(string encoded)
    {
        int colon = encoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0
            || !int.TryParse(encoded.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out int stages)
            || !int.TryParse(encoded.AsSpan(colon + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out int types))
        {
            throw new InvalidDataException($"The NewsExtraction options saved in the model are not readable: '{encoded}'.");
        }
        HashSet<EntityType>? entityTypes = null;
        if (types != -1)
        {
            entityTypes = [];
            foreach (EntityType type in Enum.GetValues<EntityType>())
            {
                if ((types & (1 << (int)type)) != 0)
                {
                    entityTypes.Add(type);
                }
            }
        }
        return new ExtractionOptions { Stages = (ExtractionStages)stages, EntityTypes = entityTypes };
    }
}
