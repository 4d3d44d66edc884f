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
                if ((i & (DocumentContext.CancellationStride - 1)) == 0)
                {
                    document.ThrowIfCancellationRequested();
                }
                EntityType type = entities[i].Type;
                if (type is not (EntityType.Person or EntityType.Organization or EntityType.Location))
                {
                    continue;
                }
                Name name = Name.Of(document, i, scratch.Words, scratch.WordHashes);
                if (type == EntityType.Person)
                {
                    scratch.AddPerson(name);
                }
                else if (IsWordOfEarlierFullName(document, new NameTable(document, CollectionsMarshal.AsSpan(scratch.Words)), name, scratch))
                {
                    // The tagger judged a surname from its own sentence; the document knows it as a name.
                    document.ReplaceEntity(i, entities[i] with { Type = EntityType.Person });
                    scratch.AddPerson(name);
                }
                else if (type == EntityType.Organization)
                {
                    scratch.Organisations.Add(name);
                }
            }
            var names = new NameTable(document, CollectionsMarshal.AsSpan(scratch.Words));
            NamePeople(document, scratch, names);
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
    private static bool IsWordOfEarlierFullName(DocumentContext document, in NameTable names, in Name candidate, Scratch scratch)
    {
        if (candidate.WordCount != 1 || !OpensOrClosesAFullName(names, candidate, scratch))
        {
            return false;
        }
        EntityDraft entity = document.Entities[candidate.Index];
        ReadOnlySpan<char> word = document.TextOf(entity);
        return document.Tokens[document.TokenAt(entity.Start)].End == entity.End
            && !CountryGazetteer.Default.Phrases.TryGetValue(word, out _)
            && !document.EntityModels.For(document.ModelLanguage).OpensOnlyOtherNames(word);
    }

    // Only the full names whose first or last word has the word's hash are compared: linear in the document.
    private static bool OpensOrClosesAFullName(in NameTable names, in Name word, Scratch scratch)
    {
        ReadOnlySpan<Name> people = CollectionsMarshal.AsSpan(scratch.People);
        for (int k = scratch.FullNameEnds.First(scratch.WordHashes[word.FirstWord]); k >= 0; k = scratch.FullNameEnds.Next(k))
        {
            if (names.IsPartOf(word, people[scratch.FullNameEnds.Item(k)]))
            {
                return true;
            }
        }
        return false;
    }

    private static void NamePeople(DocumentContext document, Scratch scratch, in NameTable names)
    {
        ReadOnlySpan<Name> people = CollectionsMarshal.AsSpan(scratch.People);
        // A longer name that holds a person's name opens with its first word or closes with its last: only those are
        // compared, in document order; a name met again takes the answer found for its first mention.
        HashChains byFirst = scratch.ByFirstWord, byLast = scratch.ByLastWord;
        for (int j = 0; j < people.Length; j++)
        {
            if (people[j].WordCount > 0)
            {
                byFirst.Add(scratch.WordHashes[people[j].FirstWord], j);
                byLast.Add(scratch.WordHashes[people[j].FirstWord + people[j].WordCount - 1], j);
            }
        }
        Span<int> longestOf = people.Length <= 128 ? stackalloc int[people.Length] : new int[people.Length];
        for (int p = 0; p < people.Length; p++)
        {
            Name person = people[p];
            int same = -1;
            for (int k = person.WordCount == 0 ? -1 : scratch.SameNames.First(person.Key); k >= 0 && same < 0; k = scratch.SameNames.Next(k))
            {
                same = names.SameWords(person, people[scratch.SameNames.Item(k)]) ? scratch.SameNames.Item(k) : -1;
            }
            if (same < 0 && person.WordCount > 0)
            {
                scratch.SameNames.Add(person.Key, p);
            }
            if (same >= 0)
            {
                longestOf[p] = longestOf[same];
                SetCanonical(document, scratch, person.Index, longestOf[p] < 0 ? person.Index : people[longestOf[p]].Index);
                continue;
            }
            int longest = -1;
            bool ambiguous = false;
            int a = person.WordCount == 0 ? -1 : byFirst.First(scratch.WordHashes[person.FirstWord]);
            int b = person.WordCount == 0 ? -1 : byLast.First(scratch.WordHashes[person.FirstWord + person.WordCount - 1]);
            while (a >= 0 || b >= 0)
            {
                // The two chains merged in document order, a name on both taken once.
                int ja = a >= 0 ? byFirst.Item(a) : int.MaxValue, jb = b >= 0 ? byLast.Item(b) : int.MaxValue;
                int j = Math.Min(ja, jb);
                if (ja == j)
                {
                    a = byFirst.Next(a);
                }
                if (jb == j)
                {
                    b = byLast.Next(b);
                }
                Name other = people[j];
                if (other.WordCount <= person.WordCount || !names.IsPartOf(person, other))
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
            longestOf[p] = ambiguous ? -1 : longest;
            SetCanonical(document, scratch, person.Index, longestOf[p] < 0 ? person.Index : people[longestOf[p]].Index);
        }
    }

    private static void NameOrganisations(DocumentContext document, Scratch scratch, in NameTable names, ReadOnlySpan<Name> organisations)
    {
        // Each organisation's group, named by the index of its first member: its alias key, else the group of the
        // name its acronym abbreviates, else its words.
        // Only names with the same key (alias or words) are compared, and an acronym met again takes the name its
        // first mention abbreviates: linear in the document.
        int count = organisations.Length;
        Span<int> groups = count <= 128 ? stackalloc int[count] : new int[count];
        HashChains sameNames = scratch.SameNames;
        sameNames.Clear();
        for (int i = 0; i < count; i++)
        {
            groups[i] = i;
            int key = organisations[i].Alias is { } alias ? alias.Key.GetHashCode(StringComparison.Ordinal) : organisations[i].Key;
            for (int k = sameNames.First(key); k >= 0; k = sameNames.Next(k))
            {
                if (names.SameName(organisations[i], organisations[sameNames.Item(k)]))
                {
                    groups[i] = groups[sameNames.Item(k)];
                    break;
                }
            }
            sameNames.Add(key, i);
        }
        HashChains acronyms = scratch.Acronyms;
        Span<int> initialsOf = count <= 128 ? stackalloc int[count] : new int[count];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> acronym = document.TextOf(document.Entities[organisations[i].Index]);
            if (organisations[i].Alias is not null || !IsAcronym(acronym))
            {
                continue;
            }
            int first = -1;
            for (int k = acronyms.First(string.GetHashCode(acronym)); k >= 0; k = acronyms.Next(k))
            {
                if (acronym.SequenceEqual(document.TextOf(document.Entities[organisations[acronyms.Item(k)].Index])))
                {
                    first = acronyms.Item(k);
                    break;
                }
            }
            // The first name the acronym abbreviates, other than the mention itself: its first mention's answer unless
            // that answer is this mention or the first mention is itself such a name.
            int j = first < 0 || initialsOf[first] == i || names.AreInitials(acronym, organisations[first])
                ? FirstInitials(names, acronym, organisations, i)
                : initialsOf[first];
            if (first < 0)
            {
                acronyms.Add(string.GetHashCode(acronym), i);
                initialsOf[i] = j;
            }
            if (j >= 0)
            {
                groups[i] = groups[j];
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

    private static int FirstInitials(in NameTable names, ReadOnlySpan<char> acronym, ReadOnlySpan<Name> organisations, int self)
    {
        for (int j = 0; j < organisations.Length; j++)
        {
            if (j != self && names.AreInitials(acronym, organisations[j]))
            {
                return j;
            }
        }
        return -1;
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
    // word list, its alias if any, and a hash of its folded words (equal names have equal keys).
    private readonly record struct Name(int Index, int Length, int FirstWord, int WordCount, OrganizationAlias? Alias, int Key)
    {
        public bool IsGenericAlias => Alias is { Tags: false };

        public static Name Of(DocumentContext document, int index, List<int> words, List<int> wordHashes)
        {
            EntityDraft e = document.Entities[index];
            ReadOnlySpan<Token> tokens = document.Tokens;
            int first = document.TokenAt(e.Start), last = first;
            int firstWord = words.Count;
            int key = 0;
            for (; last < tokens.Length && tokens[last].Start < e.End; last++)
            {
                if (tokens[last].Kind is TokenKind.Word or TokenKind.Elision)
                {
                    int hash = TextFolding.FoldedHash(document.TokenText(last));
                    words.Add(last);
                    wordHashes.Add(hash);
                    key = HashCode.Combine(key, hash);
                }
            }
            OrganizationAlias? alias = e.Type == EntityType.Organization ? OrganizationAliases.Find(document, first, last - first) : null;
            return new Name(index, e.End - e.Start, firstWord, words.Count - firstWord, alias, key);
        }
    }

    // The words of the names (token indexes), compared folded: "Pécresse" and "PECRESSE" are one word.
    private readonly ref struct NameTable(DocumentContext document, ReadOnlySpan<int> words)
    {
        private readonly ReadOnlySpan<int> _words = words;

        // The same alias, or without alias the same words.
        public bool SameName(in Name a, in Name b) =>
            a.Alias is { } alias ? alias.Key == b.Alias?.Key : b.Alias is null && SameWords(a, b);

        public bool SameWords(in Name a, in Name b) => a.WordCount == b.WordCount && WordsEqual(a.FirstWord, b.FirstWord, a.WordCount);

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

        // The folded hash of each word of Words.
        public List<int> WordHashes { get; } = [];

        // The people of two words or more so far, by the hash of their first word and of their last.
        public HashChains FullNameEnds { get; } = new();

        public HashChains ByFirstWord { get; } = new();

        public HashChains ByLastWord { get; } = new();

        // The first mention of each name, by key (people, then organisations).
        public HashChains SameNames { get; } = new();

        public HashChains Acronyms { get; } = new();

        public void AddPerson(in Name name)
        {
            if (name.WordCount >= 2)
            {
                FullNameEnds.Add(WordHashes[name.FirstWord], People.Count);
                FullNameEnds.Add(WordHashes[name.FirstWord + name.WordCount - 1], People.Count);
            }
            People.Add(name);
        }

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
            WordHashes.Clear();
            FullNameEnds.Clear();
            ByFirstWord.Clear();
            ByLastWord.Clear();
            SameNames.Clear();
            Acronyms.Clear();
            Array.Clear(_canonical, 0, Math.Min(entityCount, _canonical.Length));
        }
    }

    // Items (in the order added) chained by hash: the candidates for an equality, in document order.
    private sealed class HashChains
    {
        private Dictionary<int, (int Head, int Tail)> _chains = [];
        private readonly List<(int Item, int Next)> _links = [];

        public void Add(int hash, int item)
        {
            int link = _links.Count;
            _links.Add((item, -1));
            ref (int Head, int Tail) chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_chains, hash, out bool exists);
            if (exists)
            {
                CollectionsMarshal.AsSpan(_links)[chain.Tail].Next = link;
                chain.Tail = link;
            }
            else
            {
                chain = (link, link);
            }
        }

        /// <returns>The first link of the chain of <paramref name="hash"/>, or -1.</returns>
        public int First(int hash) => _chains.TryGetValue(hash, out (int Head, int Tail) chain) ? chain.Head : -1;

        public int Next(int link) => _links[link].Next;

        public int Item(int link) => _links[link].Item;

        // Clearing a dictionary clears all its buckets: one grown by a huge document is dropped, not cleared for every later one.
        public void Clear()
        {
            if (_chains.Count > 1024)
            {
                _chains = [];
            }
            else
            {
                _chains.Clear();
            }
            _links.Clear();
        }
    }
}
