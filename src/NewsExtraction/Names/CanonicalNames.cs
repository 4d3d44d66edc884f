using System.Collections.Frozen;
using System.Text;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>
/// Gives PERSON and ORGANIZATION mentions that refer to one entity a shared canonical name: the longest form
/// of it in the document. A person's short form is a leading or trailing part of a longer one (<c>Rutte</c>,
/// <c>M. Rutte</c> → <c>Mark Rutte</c>), unless it could be several people (<c>Kim</c>). Organisations are
/// joined by <see cref="OrganizationAliases"/> (<c>ONU</c> and <c>Nations Unies</c> → <c>Nations Unies</c>) and by
/// acronym (<c>OMS</c> for <c>Organisation mondiale de la santé</c>).
/// </summary>
internal sealed class CanonicalNames : IDocumentStage
{
    // Words left out of an acronym: "Organisation [des] Nations unies", "Court [of] Justice".
    private static readonly FrozenSet<string> AcronymStopWords = FrozenSet.Create(StringComparer.Ordinal,
        "de", "du", "des", "la", "le", "les", "l'", "d'", "et", "en", "pour", "a", "of", "the", "and", "for", "in", "on");

    public void Process(DocumentContext document)
    {
        IReadOnlyList<Entity> entities = document.Entities;
        var people = new List<Name>();
        var organisations = new List<Name>();
        for (int i = 0; i < entities.Count; i++)
        {
            Entity e = entities[i];
            if (e.Type is EntityType.Person or EntityType.Organization)
            {
                (e.Type == EntityType.Person ? people : organisations).Add(Name.Of(document, i));
            }
        }
        var canonical = new Dictionary<int, string>();
        NamePeople(people, canonical);
        NameOrganisations(organisations, canonical);
        foreach ((int index, string name) in canonical)
        {
            document.ReplaceEntity(index, entities[index] with { Canonical = name });
        }
    }

    private static void NamePeople(List<Name> people, Dictionary<int, string> canonical)
    {
        foreach (Name person in people)
        {
            Name? longest = null;
            bool ambiguous = false;
            foreach (Name other in people)
            {
                if (person.Words.Length == 0 || other.Words.Length <= person.Words.Length || !IsPartOf(person.Words, other.Words))
                {
                    continue;
                }
                if (longest is null || other.Words.Length > longest.Words.Length)
                {
                    ambiguous |= longest is not null && !IsPartOf(longest.Words, other.Words);
                    longest = other;
                }
                else
                {
                    ambiguous |= !IsPartOf(other.Words, longest.Words);
                }
            }
            canonical[person.Index] = longest is null || ambiguous ? person.Text : longest.Text;
        }
    }

    private static void NameOrganisations(List<Name> organisations, Dictionary<int, string> canonical)
    {
        // Each organisation's group: its alias key, else the group of the name its acronym abbreviates, else its words.
        var groups = new string[organisations.Count];
        for (int i = 0; i < organisations.Count; i++)
        {
            groups[i] = organisations[i].AliasKey is { } key ? "alias:" + key : "name:" + string.Join(' ', organisations[i].Words);
        }
        for (int i = 0; i < organisations.Count; i++)
        {
            Name acronym = organisations[i];
            if (acronym.AliasKey is not null || !IsAcronym(acronym.Text))
            {
                continue;
            }
            for (int j = 0; j < organisations.Count; j++)
            {
                if (j != i && Initials(organisations[j].Words).Equals(acronym.Text, StringComparison.Ordinal))
                {
                    groups[i] = groups[j];
                    break;
                }
            }
        }
        // The longest form names the group, but a generic alias ("l'Alliance") only when there is nothing else.
        var longest = new Dictionary<string, Name>(StringComparer.Ordinal);
        for (int i = 0; i < organisations.Count; i++)
        {
            Name name = organisations[i];
            if (!longest.TryGetValue(groups[i], out Name? best)
                || (best.IsGenericAlias && !name.IsGenericAlias)
                || (best.IsGenericAlias == name.IsGenericAlias && name.Text.Length > best.Text.Length))
            {
                longest[groups[i]] = name;
            }
        }
        for (int i = 0; i < organisations.Count; i++)
        {
            canonical[organisations[i].Index] = longest[groups[i]].Text;
        }
    }

    // Whether "short" is the leading or trailing words of "long".
    private static bool IsPartOf(string[] shortWords, string[] longWords) =>
        longWords.AsSpan(0, shortWords.Length).SequenceEqual(shortWords)
        || longWords.AsSpan(longWords.Length - shortWords.Length).SequenceEqual(shortWords);

    private static bool IsAcronym(string text) => text.Length is >= 2 and <= 6 && text.All(char.IsAsciiLetterUpper);

    private static string Initials(string[] words)
    {
        var initials = new StringBuilder();
        foreach (string word in words)
        {
            if (!AcronymStopWords.Contains(word))
            {
                initials.Append(char.ToUpperInvariant(word[0]));
            }
        }
        return initials.ToString();
    }

    // One PERSON or ORGANIZATION mention: its words folded (titles such as "M." left out), its text with
    // spaces normalised (a no-break space inside "Google News" becomes a space), its alias if any.
    private sealed record Name(int Index, string Text, string[] Words, OrganizationAlias? Alias)
    {
        public string? AliasKey => Alias?.Key;

        public bool IsGenericAlias => Alias is { Tags: false };

        public static Name Of(DocumentContext document, int index)
        {
            Entity e = document.Entities[index];
            ReadOnlySpan<char> text = document.Text;
            ReadOnlySpan<Token> tokens = document.Tokens;
            int first = document.TokenAt(e.Start), last = first;
            var words = new List<string>();
            for (; last < tokens.Length && tokens[last].Start < e.End; last++)
            {
                if (tokens[last].Kind is TokenKind.Word or TokenKind.Elision)
                {
                    words.Add(TextFolding.Fold(tokens[last].In(text).ToString()));
                }
            }
            OrganizationAlias? alias = e.Type == EntityType.Organization ? OrganizationAliases.Find(text, tokens, first, last - first) : null;
            return new Name(index, string.Join(' ', e.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), [.. words], alias);
        }
    }
}
