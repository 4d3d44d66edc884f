using System.Text;
using System.Text.RegularExpressions;
using NewsExtraction.Pipeline;

namespace NewsExtraction.Tests;

/// <summary>
/// Documents for stage tests, with entity-model mentions written inline: <c>"Le NIS en [LOC Extrême-Orient russe]."</c>
/// becomes the text without brackets and a LOCATION over <c>Extrême-Orient russe</c> (PER, ORG, LOC).
/// </summary>
internal static partial class TestDocuments
{
    public static DocumentContext Create(string annotated, Language language = Language.French)
    {
        var text = new StringBuilder();
        var mentions = new List<(EntityType Type, int Start, int End)>();
        int last = 0;
        foreach (Match m in Mention().Matches(annotated))
        {
            text.Append(annotated, last, m.Index - last);
            int start = text.Length;
            text.Append(m.Groups[2].Value);
            EntityType type = m.Groups[1].Value switch
            {
                "PER" => EntityType.Person,
                "ORG" => EntityType.Organization,
                _ => EntityType.Location,
            };
            mentions.Add((type, start, text.Length));
            last = m.Index + m.Length;
        }
        text.Append(annotated, last, annotated.Length - last);
        var document = new DocumentContext(text.ToString()) { Language = language, ModelLanguage = language };
        foreach ((EntityType type, int start, int end) in mentions)
        {
            Assert.True(document.TryAddEntity(new EntityDraft(type, start, end)));
        }
        return document;
    }

    /// <summary>The document's entities, one string each: <c>russe=RU/demonym</c>, <c>Extrême-Orient=LOCATION</c>.</summary>
    public static string[] Describe(DocumentContext document) =>
        [.. document.ToResult().Entities.Select(e => e.Type == EntityType.Country
            ? $"{e.Text}={e.Iso2}/{e.Form.ToString()!.ToLowerInvariant()}"
            : $"{e.Text}={e.Type.ToString().ToUpperInvariant()}")];

    [GeneratedRegex(@"\[(PER|ORG|LOC) ([^\]]+)\]")]
    private static partial Regex Mention();
}
