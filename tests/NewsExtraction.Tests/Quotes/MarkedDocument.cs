using System.Text;
using NewsExtraction.Pipeline;
using NewsExtraction.Quotes;

namespace NewsExtraction.Tests.Quotes;

/// <summary>
/// Runs the quote stage on a text whose entities are marked by hand, as the entity stages would leave them:
/// <c>[P:Mark Rutte]</c> PERSON, <c>[O:Otan]</c> ORGANIZATION, <c>[C:Russie]</c> COUNTRY by name, <c>[D:russe]</c>
/// COUNTRY by demonym; <c>[P:Rutte=Mark Rutte]</c> gives a canonical name.
/// </summary>
internal static class MarkedDocument
{
    public static Quote[] Extract(string marked, Language language = Language.French)
    {
        var text = new StringBuilder();
        var entities = new List<(EntityType Type, CountryForm? Form, int Start, int End, string? Canonical)>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 2 < marked.Length && marked[i + 2] == ':' && "POCD".Contains(marked[i + 1]))
            {
                int close = marked.IndexOf(']', i);
                string body = marked[(i + 3)..close];
                string[] parts = body.Split('=');
                (EntityType type, CountryForm? form) = marked[i + 1] switch
                {
                    'P' => (EntityType.Person, (CountryForm?)null),
                    'O' => (EntityType.Organization, null),
                    'C' => (EntityType.Country, CountryForm.Name),
                    _ => (EntityType.Country, CountryForm.Demonym),
                };
                entities.Add((type, form, text.Length, text.Length + parts[0].Length, parts.Length > 1 ? parts[1] : null));
                text.Append(parts[0]);
                i = close;
            }
            else
            {
                text.Append(marked[i]);
            }
        }
        using var document = new DocumentContext(text.ToString());
        document.Language = document.ModelLanguage = language;
        foreach (var e in entities)
        {
            Assert.True(document.TryAddEntity(new EntityDraft(e.Type, e.Start, e.End) with { Form = e.Form, Canonical = e.Canonical }));
        }
        new QuoteExtractor().Process(document);
        return [.. document.Quotes];
    }

    /// <summary>The quote's text, its speaker's name (or null) and its cue (or null).</summary>
    public static (string Text, string? Speaker, string? Cue) Summary(Quote quote) => (quote.Text, quote.Speaker?.Name, quote.Cue);
}
