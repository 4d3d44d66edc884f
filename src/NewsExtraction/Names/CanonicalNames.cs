using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NewsExtraction.Countries;
using NewsExtraction.Entities;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>
/// Gives PERSON and ORGANIZATION mentions that refer to one entity a shared canonical name: the longest form
/// of it in the document. A lone word tagged as a place or an organisation that is the first or last word of a
/// person's full name met earlier in the document is that person (<c>la visite de Choe</c> after <c>Choe Son-hui</c>),
/// unless it is a country, demonym or capital, or a word the entity model knows only as opening other names. A person's short form is a leading or trailing part of a longer one (<c>Rutte</c>,
/// <c>M. Rutte</c> → <c>Mark Rutte</c>), unless it could be several people (<c>Kim</c>). Organisations are
/// joined by <see cref="OrganizationAliases"/> (<c>ONU</c> and <c>Nations Unies</c> → <c>Nations Unies</c>) and by
/// acronym (<c>OMS</c> for <c>Organisation mondiale de la santé</c>).
/// </summary>
internal sealed class CanonicalNames : IDocumentStage
{
    // Words left out of an acronym: "Organisation [des] Nations unies", "Court [of] Justice".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AcronymStopWords = FrozenSet.Create(StringComparer.Ordinal,
        "de", "du", "des", "la", "le", "les", "l'", "d'", "et", "en", "pour", "a", "of", "the", "and", "for", "in", "on")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MaxAcronymStopWordLength = AcronymStopWords.Set.Max(word => word.Length);

    // The lists of the document in flight on this thread, reused so that a document allocates only its names.
    [ThreadStatic]
    private static Scratch? t_scratch;

    public void Process(DocumentContext document)
    {
        Scratch scratch = t_scratch ??= new Scratch();
        try
        {
            ReadOnlySpan<EntityDraft> entities = document.Entities;
            for (int i = 0; i < entities.Length; i++)
            {
                EntityType type = entities[i].Type;
                if (type is not (EntityType.Person or EntityType.Organization or EntityType.Location))
                {
                    continue;
                }
                Name name = Name.Of(document, i, scratch.Words);
                if (type == EntityType.Person)
                {
                    scratch.People.Add(name);
                }
                else if (IsWordOfEarlierFullName(document, new NameTable(document, CollectionsMarshal.AsSpan(scratch.Words)), name,
                    CollectionsMarshal.AsSpan(scratch.People)))
                {
                    // The tagger judged a surname from its own sentence; the document knows it as a name.
                    document.ReplaceEntity(i, entities[i] with { Type = EntityType.Person });
                    scratch.People.Add(name);
                }
                else if (type == EntityType.Organization)
                {
                    scratch.Organisations.Add(name);
                }
            }
            var names = new NameTable(document, CollectionsMarshal.AsSpan(scratch.Words));
            NamePeople(document, scratch, names, CollectionsMarshal.AsSpan(scratch.People));
            NameOrganisations(document, scratch, names, CollectionsMarshal.AsSpan(scratch.Organisations));
        }
        finally
        {
            scratch.Clear(document.Entities.Length);
        }
    }

    // One word, alone in its mention, that opens or closes the full name of one of "earlier" (news names a person in
    // full first), and that is neither a country, demonym or capital nor a word the model's name lists know only as
    // the first word of other names (Kent, Chechnya).
    private static bool IsWordOfEarlierFullName(DocumentContext document, in NameTable names, in Name candidate, ReadOnlySpan<Name> earlier)
    {
        if (candidate.WordCount != 1 || !OpensOrClosesAFullName(names, candidate, earlier))
        {
            return false;
        }
        EntityDraft entity = document.Entities[candidate.Index];
        ReadOnlySpan<char> word = document.TextOf(entity);
        return document.Tokens[document.TokenAt(entity.Start)].End == entity.End
            && !CountryGazetteer.Default.Phrases.TryGetValue(word, out _)
            && !document.EntityModels.For(document.ModelLanguage).OpensOnlyOtherNames(word);
    }

    private static bool OpensOrClosesAFullName(in NameTable names, in Name word, ReadOnlySpan<Name> people)
    {
        foreach (Name person in people)
        {
            if (person.WordCount >= 2 && names.IsPartOf(word, person))
            {
                return true;
            }
        }
        return false;
    }

    private static void NamePeople(DocumentContext document, Scratch scratch, in NameTable names, ReadOnlySpan<Name> people)
    {
        foreach (Name person in people)
        {
            int longest = -1;
            bool ambiguous = false;
            for (int j = 0; j < people.Length; j++)
            {
                Name other = people[j];
                if (person.WordCount == 0 || other.WordCount <= person.WordCount || !names.IsPartOf(person, other))
                {
                    continue;
                }
                if (longest < 0 || other.WordCount > people[longest].WordCount)
                {
                    ambiguous |= longest >= 0 && !names.IsPartOf(people[longest], other);
                    longest = j;
                }
                else
                {
                    ambiguous |= !names.IsPartOf(other, people[longest]);
                }
            }
            SetCanonical(document, scratch, person.Index, longest < 0 || ambiguous ? person.Index : people[longest].Index);
        }
    }

    private static void NameOrganisations(DocumentContext document, Scratch scratch, in NameTable names, ReadOnlySpan<Name> organisations)
    {
        // Each organisation's group, named by the index of its first member: its alias key, else the group of the
        // name its acronym abbreviates, else its words.
        int count = organisations.Length;
        Span<int> groups = count <= 128 ? stackalloc int[count] : new int[count];
        for (int i = 0; i < count; i++)
        {
            groups[i] = i;
            for (int j = 0; j < i; j++)
            {
                if (names.SameName(organisations[i], organisations[j]))
                {
                    groups[i] = groups[j];
                    break;
                }
            }
        }
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> acronym = document.TextOf(document.Entities[organisations[i].Index]);
            if (organisations[i].Alias is not null || !IsAcronym(acronym))
            {
                continue;
            }
            for (int j = 0; j < count; j++)
            {
                if (j != i && names.AreInitials(acronym, organisations[j]))
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
                || (organisations[best].IsGenericAlias == name.IsGenericAlias && name.Length > organisations[best].Length))
            {
                longest[groups[i]] = i;
            }
        }
        for (int i = 0; i < count; i++)
        {
            SetCanonical(document, scratch, organisations[i].Index, organisations[longest[groups[i]]].Index);
        }
    }

    // The names are read before any entity is given its canonical name: the text of the entity at "source", spaces
    // normalised, one string for every mention that shares it.
    private static void SetCanonical(DocumentContext document, Scratch scratch, int index, int source)
    {
        string canonical = scratch.CanonicalOf(source) ??= NormalizeSpaces(document.TextOf(document.Entities[source]));
        document.ReplaceEntity(index, document.Entities[index] with { Canonical = canonical });
    }

    private static bool IsAcronym(ReadOnlySpan<char> text) => text.Length is >= 2 and <= 6 && !text.ContainsAnyExceptInRange('A', 'Z');

    // Runs of white space as one space, none at the ends: a no-break space inside "Google News" becomes a space.
    private static string NormalizeSpaces(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            buffer[length++] = c;
        }
        return buffer[..length].ToString();
    }

    // One PERSON or ORGANIZATION mention: its entity, its words (titles such as "M." left out) as a run of the
    // word list, its alias if any.
    private readonly record struct Name(int Index, int Length, int FirstWord, int WordCount, OrganizationAlias? Alias)
    {
        public bool IsGenericAlias => Alias is { Tags: false };

        public static Name Of(DocumentContext document, int index, List<int> words)
        {
            EntityDraft e = document.Entities[index];
            ReadOnlySpan<Token> tokens = document.Tokens;
            int first = document.TokenAt(e.Start), last = first;
            int firstWord = words.Count;
            for (; last < tokens.Length && tokens[last].Start < e.End; last++)
            {
                if (tokens[last].Kind is TokenKind.Word or TokenKind.Elision)
                {
                    words.Add(last);
                }
            }
            OrganizationAlias? alias = e.Type == EntityType.Organization ? OrganizationAliases.Find(document.Text, tokens, first, last - first) : null;
            return new Name(index, e.End - e.Start, firstWord, words.Count - firstWord, alias);
        }
    }

    // The words of the names (token indexes), compared folded: "Pécresse" and "PECRESSE" are one word.
    private readonly ref struct NameTable(DocumentContext document, ReadOnlySpan<int> words)
    {
        private readonly ReadOnlySpan<int> _words = words;

        // The same alias, or without alias the same words.
        public bool SameName(in Name a, in Name b) =>
            a.Alias is { } alias ? alias.Key == b.Alias?.Key : b.Alias is null && a.WordCount == b.WordCount && WordsEqual(a.FirstWord, b.FirstWord, a.WordCount);

        // Whether "short" is the leading or trailing words of "long".
        public bool IsPartOf(in Name shortName, in Name longName) =>
            WordsEqual(shortName.FirstWord, longName.FirstWord, shortName.WordCount)
            || WordsEqual(shortName.FirstWord, longName.FirstWord + longName.WordCount - shortName.WordCount, shortName.WordCount);

        // Whether the acronym spells the initials of the name's words, stop words left out.
        public bool AreInitials(ReadOnlySpan<char> acronym, in Name name)
        {
            int next = 0;
            Span<char> folded = stackalloc char[MaxAcronymStopWordLength];
            for (int w = name.FirstWord; w < name.FirstWord + name.WordCount; w++)
            {
                ReadOnlySpan<char> word = document.TokenText(_words[w]);
                bool stopWord = word.Length <= folded.Length && AcronymStopWords.Contains(Folded(word, folded));
                if (!stopWord)
                {
                    if (next == acronym.Length || char.ToUpperInvariant(TextFolding.Fold(word[0])) != acronym[next])
                    {
                        return false;
                    }
                    next++;
                }
            }
            return next == acronym.Length;
        }

        private static ReadOnlySpan<char> Folded(ReadOnlySpan<char> word, Span<char> buffer)
        {
            TextFolding.Fold(word, buffer);
            return buffer[..word.Length];
        }

        private bool WordsEqual(int a, int b, int count)
        {
            for (int k = 0; k < count; k++)
            {
                if (!TextFolding.FoldedEquals(document.TokenText(_words[a + k]), document.TokenText(_words[b + k])))
                {
                    return false;
                }
            }
            return true;
        }
    }

    private sealed class Scratch
    {
        public List<Name> People { get; } = [];

        public List<Name> Organisations { get; } = [];

        public List<int> Words { get; } = [];

        // The canonical name made from each entity's text, by entity index.
        private string?[] _canonical = new string?[64];

        public ref string? CanonicalOf(int entity)
        {
            if (entity >= _canonical.Length)
            {
                Array.Resize(ref _canonical, Math.Max(entity + 1, _canonical.Length * 2));
            }
            return ref _canonical[entity];
        }

        // Only the canonical names of this document's entities were set.
        public void Clear(int entityCount)
        {
            People.Clear();
            Organisations.Clear();
            Words.Clear();
            Array.Clear(_canonical, 0, Math.Min(entityCount, _canonical.Length));
        }
    }
}
