using System.Collections.Frozen;
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
        NamePeople(document, people);
        NameOrganisations(document, organisations);
    }

    // The names are read before any entity is replaced, so each can take its canonical name at once.
    private static void SetCanonical(DocumentContext document, int index, string canonical) =>
        document.ReplaceEntity(index, document.Entities[index] with { Canonical = canonical });

    private static void NamePeople(DocumentContext document, List<Name> people)
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
            SetCanonical(document, person.Index, longest is null || ambiguous ? person.Text : longest.Text);
        }
    }

    private static void NameOrganisations(DocumentContext document, List<Name> organisations)
    {
        // Each organisation's group, named by the index of its first member: its alias key, else the group of the
        // name its acronym abbreviates, else its words.
        int count = organisations.Count;
        Span<int> groups = count <= 128 ? stackalloc int[count] : new int[count];
        for (int i = 0; i < count; i++)
        {
            groups[i] = i;
            for (int j = 0; j < i; j++)
            {
                if (SameName(organisations[i], organisations[j]))
                {
                    groups[i] = groups[j];
                    break;
                }
            }
        }
        for (int i = 0; i < count; i++)
        {
            Name acronym = organisations[i];
            if (acronym.AliasKey is not null || !IsAcronym(acronym.Text))
            {
                continue;
            }
            for (int j = 0; j < count; j++)
            {
                if (j != i && AreInitials(acronym.Text, organisations[j].Words))
                {
                    groups[i] = groups[j];
                    break;
                }
            }
        }
        // The longest form names the group, but a generic alias ("l'Alliance") only when there is nothing else.
        Span<int> longest = count <= 128 ? stackalloc int[count] : new int[count];
        longest.Fill(-1);
        for (int i = 0; i < count; i++)
        {
            Name name = organisations[i];
            int best = longest[groups[i]];
            if (best < 0
                || (organisations[best].IsGenericAlias && !name.IsGenericAlias)
                || (organisations[best].IsGenericAlias == name.IsGenericAlias && name.Text.Length > organisations[best].Text.Length))
            {
                longest[groups[i]] = i;
            }
        }
        for (int i = 0; i < count; i++)
        {
            SetCanonical(document, organisations[i].Index, organisations[longest[groups[i]]].Text);
        }
    }

    // The same alias, or without alias the same words.
    private static bool SameName(Name a, Name b) =>
        a.AliasKey is { } key ? key == b.AliasKey : b.AliasKey is null && a.Words.AsSpan().SequenceEqual(b.Words);

    // Whether "short" is the leading or trailing words of "long".
    private static bool IsPartOf(string[] shortWords, string[] longWords) =>
        longWords.AsSpan(0, shortWords.Length).SequenceEqual(shortWords)
        || longWords.AsSpan(longWords.Length - shortWords.Length).SequenceEqual(shortWords);

    private static bool IsAcronym(string text) => text.Length is >= 2 and <= 6 && text.All(char.IsAsciiLetterUpper);

    // Whether the acronym spells the initials of the words, stop words left out.
    private static bool AreInitials(string acronym, string[] words)
    {
        int next = 0;
        foreach (string word in words)
        {
            if (!AcronymStopWords.Contains(word))
            {
                if (next == acronym.Length || char.ToUpperInvariant(word[0]) != acronym[next])
                {
                    return false;
                }
                next++;
            }
        }
        return next == acronym.Length;
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
            int wordCount = 0;
            for (; last < tokens.Length && tokens[last].Start < e.End; last++)
            {
                wordCount += IsWord(tokens[last]) ? 1 : 0;
            }
            var words = new string[wordCount];
            for (int t = first, w = 0; t < last; t++)
            {
                if (IsWord(tokens[t]))
                {
                    words[w++] = TextFolding.Fold(tokens[t].In(text));
                }
            }
            OrganizationAlias? alias = e.Type == EntityType.Organization ? OrganizationAliases.Find(text, tokens, first, last - first) : null;
            return new Name(index, NormalizeSpaces(e.Text), words, alias);
        }

        private static bool IsWord(Token token) => token.Kind is TokenKind.Word or TokenKind.Elision;

        // Runs of white space as one space, none at the ends; the text itself when it is so already.
        private static string NormalizeSpaces(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
                {
                    return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                }
            }
            return text;
        }
    }
}
