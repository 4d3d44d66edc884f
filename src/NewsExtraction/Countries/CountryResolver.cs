using System.Runtime.InteropServices;
using NewsExtraction.Names;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Countries;

/// <summary>
/// Finds COUNTRY mentions (names, demonyms, capitals standing for their government) with their ISO code, tags
/// capitals named as places as LOCATION, and reconciles them with the entity model's mentions: a LOCATION that
/// names a state becomes a COUNTRY, a demonym that ends an organisation or place name is split off
/// (<c>[Extrême-Orient] [russe]</c>), a form inside any other longer name is left alone. Works with or without
/// the entity model's mentions.
/// </summary>
internal sealed class CountryResolver : IDocumentStage
{
    private static readonly CountryMatcher Matcher = new(CountryGazetteer.Default);

    // The matches of the document in flight on this thread: reused so that a document allocates no list.
    [ThreadStatic]
    private static List<CountryMatch>? t_matches;

    public void Process(DocumentContext document)
    {
        List<CountryMatch> matches = t_matches ??= [];
        try
        {
            Matcher.Find(document, matches);
            Span<CountryMatch> span = CollectionsMarshal.AsSpan(matches);
            Classify(document, span);
            Resolve(span);
            foreach (ref readonly CountryMatch match in span)
            {
                if (match.Kind != CountryMatchKind.Dropped)
                {
                    Apply(document, match);
                }
            }
        }
        finally
        {
            matches.Clear();
        }
    }

    private static void Classify(DocumentContext document, Span<CountryMatch> matches)
    {
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens;
        foreach (ref CountryMatch match in matches)
        {
            CountryMatchKind kind = match.Entry.Form == CountryForm.Capital
                ? CountryContext.ClassifyCapital(text, tokens, match)
                : CountryContext.ClassifyNameOrDemonym(text, tokens, match);
            match = match with { Kind = kind };
        }
        PlaceLists.Demote(text, tokens, matches);
    }

    // A form that names several states takes the one named nearest to it ("coréens" beside "SOUTH KOREA");
    // a form that is too often something else needs the state named another way in the document. The definite
    // matches are indexed by state once (nearest before, nearest after, any at all), so that a document full of
    // such forms stays linear. Resolving changes no match's definiteness: the index holds throughout.
    private static void Resolve(Span<CountryMatch> matches)
    {
        Dictionary<string, int> definite = t_definite ??= new(StringComparer.Ordinal);
        int[] nearest = System.Buffers.ArrayPool<int>.Shared.Rent(matches.Length);
        try
        {
            // Forward, then backward: the last definite match of each state before a match, then the first after.
            for (int i = 0; i < matches.Length; i++)
            {
                nearest[i] = -1;
                if (matches[i].Kind != CountryMatchKind.Dropped && matches[i].Iso2 is null)
                {
                    nearest[i] = Nearer(matches, i, -1, definite);
                }
                if (IsDefinite(matches[i]))
                {
                    definite[matches[i].Iso2!] = i;
                }
            }
            definite.Clear();
            for (int i = matches.Length - 1; i >= 0; i--)
            {
                if (matches[i].Kind != CountryMatchKind.Dropped && matches[i].Iso2 is null)
                {
                    nearest[i] = Nearer(matches, i, nearest[i], definite);
                }
                if (IsDefinite(matches[i]))
                {
                    definite[matches[i].Iso2!] = i;
                }
            }
            for (int i = 0; i < matches.Length; i++)
            {
                ref CountryMatch match = ref matches[i];
                if (match.Kind == CountryMatchKind.Dropped)
                {
                    continue;
                }
                if (match.Iso2 is null)
                {
                    match = nearest[i] < 0 ? match with { Kind = CountryMatchKind.Dropped } : match with { Iso2 = matches[nearest[i]].Iso2 };
                }
                else if (match.Entry.Has(CountryEntryFlags.NeedsEvidence) && !definite.ContainsKey(match.Iso2))
                {
                    match = match with { Kind = CountryMatchKind.Dropped };
                }
            }
        }
        finally
        {
            definite.Clear();
            System.Buffers.ArrayPool<int>.Shared.Return(nearest);
        }
    }

    [ThreadStatic]
    private static Dictionary<string, int>? t_definite;

    private static bool IsDefinite(in CountryMatch m) =>
        m.Kind == CountryMatchKind.Country && m.Entry.IsSingleState && !m.Entry.Has(CountryEntryFlags.NeedsEvidence);

    // Of "best" and the definite matches of the match's states in "definite", the nearest (the first on a tie).
    private static int Nearer(ReadOnlySpan<CountryMatch> matches, int index, int best, Dictionary<string, int> definite)
    {
        CountryMatch match = matches[index];
        int bestDistance = best < 0 ? int.MaxValue : Distance(match, matches[best]);
        foreach (string iso2 in match.Entry.Iso2)
        {
            if (definite.TryGetValue(iso2, out int j) && j != index
                && (Distance(match, matches[j]) < bestDistance || (Distance(match, matches[j]) == bestDistance && j < best)))
            {
                (best, bestDistance) = (j, Distance(match, matches[j]));
            }
        }
        return best;
    }

    private static int Distance(in CountryMatch match, in CountryMatch other) =>
        other.Start >= match.End ? other.Start - match.End : match.Start - other.End;

    // The mention a match becomes, built only where it is kept: most forms the entity model already found.
    private static EntityDraft Mention(in CountryMatch match) => match.Kind == CountryMatchKind.Country
        ? new EntityDraft(EntityType.Country, match.Start, match.End) { Iso2 = match.Iso2, Form = match.Entry.Form }
        : new EntityDraft(EntityType.Location, match.Start, match.End);

    private static void Apply(DocumentContext document, in CountryMatch match)
    {
        (int first, int count) = document.FindOverlapping(match.Start, match.End);
        if (count == 0)
        {
            document.TryAddEntity(Mention(match));
            return;
        }
        if (count > 1)
        {
            TakeOver(document, first, count, match);
            return;
        }
        EntityDraft other = document.EntityAt(first);
        if (other.Start == match.Start && other.End == match.End)
        {
            // The entity model's LOCATION or ORGANIZATION "Russie", "Séoul": a state or its government. A PERSON
            // stays a person when the form is also a personal name ("Jordan").
            bool retype = match.Kind == CountryMatchKind.Country && other.Type is EntityType.Location or EntityType.Organization
                || (other.Type == EntityType.Person && match.Kind == CountryMatchKind.Country && !match.Entry.Has(CountryEntryFlags.PersonName));
            if (retype)
            {
                document.ReplaceEntity(first, Mention(match));
            }
        }
        else if (other.Start <= match.Start && match.End <= other.End)
        {
            ApplyInside(document, first, other, match);
        }
        else
        {
            TakeOver(document, first, 1, match);
        }
    }

    // A form inside a longer mention of the entity model.
    private static void ApplyInside(DocumentContext document, int index, in EntityDraft other, in CountryMatch match)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        bool splittableDemonym = match.Kind == CountryMatchKind.Country && match.Entry.Form == CountryForm.Demonym
            && match.Entry.IsSingleState && !match.IsPart;
        if (splittableDemonym && other.Type is EntityType.Organization or EntityType.Location
            && match.End == other.End && match.Token > 0 && tokens[match.Token - 1].End > other.Start)
        {
            // [Service de renseignement national] [sud-coréen], [Extrême-Orient] [russe].
            document.RemoveEntityAt(index);
            document.TryAddEntity(new EntityDraft(other.Type, other.Start, tokens[match.Token - 1].End));
            document.TryAddEntity(Mention(match));
        }
        else if (match.Kind == CountryMatchKind.Country && match.Entry.Form == CountryForm.Name && match.Entry.IsSingleState && !match.IsPart
            && other.Type is EntityType.Organization or EntityType.Location && match.End == other.End && match.Token > 1
            && (TokenContext.Is(document.Text, tokens, match.Token - 1, "and") || TokenContext.Is(document.Text, tokens, match.Token - 1, "et"))
            && tokens[match.Token - 2].End > other.Start)
        {
            // Two names run together by the model: "[Renault] and [France]".
            document.RemoveEntityAt(index);
            document.TryAddEntity(new EntityDraft(other.Type, other.Start, tokens[match.Token - 2].End));
            document.TryAddEntity(Mention(match));
        }
        else if (match.Kind == CountryMatchKind.Country && match.Entry.IsSingleState && !match.IsPart && other.Type == EntityType.Organization
            && match.Start == other.Start && OrganizationAfter(document, match, other) is int rest)
        {
            // "[U.S.] [State Department]", "[Russian] [Defence Ministry]", "[South Korea]'s [National Intelligence
            // Service]": a state before an organisation of its own is the state, like the demonym after one.
            document.RemoveEntityAt(index);
            document.TryAddEntity(Mention(match));
            document.TryAddEntity(new EntityDraft(EntityType.Organization, tokens[rest].Start, other.End));
        }
        else if (splittableDemonym && other.Type == EntityType.Person && match.Start == other.Start && match.EndToken < tokens.Length
            && tokens[match.EndToken].Start < other.End)
        {
            // "[Le Britannique] Lewis Hamilton" taken whole by the entity model: [Britannique] [Lewis Hamilton].
            document.RemoveEntityAt(index);
            document.TryAddEntity(new EntityDraft(EntityType.Person, tokens[match.EndToken].Start, other.End));
            document.TryAddEntity(Mention(match));
        }
        else if (other.Type is EntityType.Location or EntityType.Organization && OnlyArticlesAround(document, other, match))
        {
            // "la Russie" taken with its article: the article stays outside.
            document.RemoveEntityAt(index);
            document.TryAddEntity(Mention(match));
        }
    }

    // A form that covers or straddles mentions of places or organisations takes its characters back from them:
    // "Corée" of "Corée du Sud" goes, "SOUTH" goes and "KOREA'S NATIONAL INTELLIGENCE" keeps
    // "NATIONAL INTELLIGENCE". Only a state's name or a covered mention may do so; a person is never cut.
    private static void TakeOver(DocumentContext document, int first, int count, in CountryMatch match)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        bool isName = match.Kind == CountryMatchKind.Country && match.Entry.Form == CountryForm.Name && !match.IsPart;
        for (int i = first; i < first + count; i++)
        {
            EntityDraft e = document.EntityAt(i);
            bool covered = e.Start >= match.Start && e.End <= match.End;
            if (e.Type is not (EntityType.Location or EntityType.Organization) || !(covered || isName))
            {
                return;
            }
        }
        // Only the first mention can start before the match, and only the last end after it.
        EntityDraft? before = null, after = null;
        for (int i = 0; i < count; i++)
        {
            EntityDraft e = document.EntityAt(first);
            document.RemoveEntityAt(first);
            if (e.Start < match.Start)
            {
                int end = match.Token > 0 ? tokens[match.Token - 1].End : e.Start;
                if (end > e.Start)
                {
                    before = new EntityDraft(e.Type, e.Start, end);
                }
            }
            if (e.End > match.End)
            {
                // Past the clitic or punctuation that ties the name to the rest ("KOREA'S").
                int next = match.EndToken;
                while (next < tokens.Length && tokens[next].Start < e.End && tokens[next].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number))
                {
                    next++;
                }
                if (next < tokens.Length && tokens[next].Start < e.End)
                {
                    after = new EntityDraft(e.Type, tokens[next].Start, e.End);
                }
            }
        }
        document.TryAddEntity(Mention(match));
        if (before is { } head)
        {
            document.TryAddEntity(head);
        }
        if (after is { } tail)
        {
            document.TryAddEntity(tail);
        }
    }

    // The first token of the organisation that follows the match inside "other", when it is a known one ("U.S.
    // State Department"), or ends with an organisation's head noun after a demonym or a clitic 's ("Russian Defence
    // Ministry", "South Korea's National Intelligence Service"). "British Airways" does not, and neither does a
    // state's name that opens a name of its own ("US Anti-Doping Agency", "US District Court").
    private static int? OrganizationAfter(DocumentContext document, in CountryMatch match, in EntityDraft other)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int rest = match.EndToken;
        while (rest < tokens.Length && tokens[rest].Kind == TokenKind.Clitic)
        {
            rest++;
        }
        int end = rest;
        while (end < tokens.Length && tokens[end].Start < other.End)
        {
            end++;
        }
        bool headed = (rest > match.EndToken || match.Entry.Form == CountryForm.Demonym) && CountryContext.IsOrganizationHead(document.Text, tokens, end - 1);
        bool organisation = rest < end && (headed || OrganizationAliases.Find(document, rest, end - rest) is not null);
        return organisation ? rest : null;
    }

    private static bool OnlyArticlesAround(DocumentContext document, in EntityDraft other, in CountryMatch match)
    {
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = document.TokenAt(other.Start); i < tokens.Length && tokens[i].Start < other.End; i++)
        {
            if (i >= match.Token && i < match.EndToken)
            {
                continue;
            }
            if (!(TokenContext.Is(text, tokens, i, "la") || TokenContext.Is(text, tokens, i, "le") || TokenContext.Is(text, tokens, i, "l'")
                || TokenContext.Is(text, tokens, i, "les") || TokenContext.Is(text, tokens, i, "the")))
            {
                return false;
            }
        }
        return true;
    }
}
