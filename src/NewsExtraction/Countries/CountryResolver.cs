using System.Runtime.InteropServices;
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

    public void Process(DocumentContext document)
    {
        var matches = new List<CountryMatch>();
        Matcher.Find(document, matches);
        if (matches.Count == 0)
        {
            return;
        }
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
    }

    // A form that names several states takes the one named nearest to it ("coréens" beside "SOUTH KOREA");
    // a form that is too often something else needs the state named another way in the document.
    private static void Resolve(Span<CountryMatch> matches)
    {
        for (int i = 0; i < matches.Length; i++)
        {
            ref CountryMatch match = ref matches[i];
            if (match.Kind == CountryMatchKind.Dropped)
            {
                continue;
            }
            if (match.Iso2 is null)
            {
                string? nearest = Nearest(matches, i);
                match = nearest is null ? match with { Kind = CountryMatchKind.Dropped } : match with { Iso2 = nearest };
            }
            else if (match.Entry.Flags.HasFlag(CountryEntryFlags.NeedsEvidence) && !HasEvidence(matches, match.Iso2))
            {
                match = match with { Kind = CountryMatchKind.Dropped };
            }
        }
    }

    private static bool IsDefinite(in CountryMatch m) =>
        m.Kind == CountryMatchKind.Country && m.Entry.IsSingleState && !m.Entry.Flags.HasFlag(CountryEntryFlags.NeedsEvidence);

    private static string? Nearest(ReadOnlySpan<CountryMatch> matches, int index)
    {
        CountryMatch match = matches[index];
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int j = 0; j < matches.Length; j++)
        {
            CountryMatch other = matches[j];
            if (j == index || !IsDefinite(other) || Array.IndexOf(match.Entry.Iso2, other.Iso2) < 0)
            {
                continue;
            }
            int distance = other.Start >= match.End ? other.Start - match.End : match.Start - other.End;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (other.Iso2, distance);
            }
        }
        return best;
    }

    private static bool HasEvidence(ReadOnlySpan<CountryMatch> matches, string iso2)
    {
        foreach (ref readonly CountryMatch other in matches)
        {
            if (IsDefinite(other) && other.Iso2 == iso2)
            {
                return true;
            }
        }
        return false;
    }

    private static void Apply(DocumentContext document, in CountryMatch match)
    {
        Entity mention = match.Kind == CountryMatchKind.Country
            ? document.NewEntity(EntityType.Country, match.Start, match.End) with { Iso2 = match.Iso2, Form = match.Entry.Form }
            : document.NewEntity(EntityType.Location, match.Start, match.End);
        (int first, int count) = Overlapping(document, match.Start, match.End);
        if (count == 0)
        {
            document.TryAddEntity(mention);
            return;
        }
        if (count > 1)
        {
            ReplaceContained(document, first, count, mention);
            return;
        }
        Entity other = document.Entities[first];
        if (other.Start == match.Start && other.End == match.End)
        {
            // The entity model's LOCATION or ORGANIZATION "Russie", "Séoul": a state or its government. A PERSON
            // stays a person when the form is also a personal name ("Jordan").
            bool retype = match.Kind == CountryMatchKind.Country && other.Type is EntityType.Location or EntityType.Organization
                || (other.Type == EntityType.Person && match.Kind == CountryMatchKind.Country && !match.Entry.Flags.HasFlag(CountryEntryFlags.PersonName));
            if (retype)
            {
                document.ReplaceEntity(first, mention);
            }
        }
        else if (other.Start <= match.Start && match.End <= other.End)
        {
            ApplyInside(document, first, other, match, mention);
        }
        else if (match.Start <= other.Start && other.End <= match.End)
        {
            ReplaceContained(document, first, 1, mention);
        }
    }

    // A form inside a longer mention of the entity model.
    private static void ApplyInside(DocumentContext document, int index, Entity other, in CountryMatch match, Entity mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        bool splittableDemonym = match.Kind == CountryMatchKind.Country && match.Entry.Form == CountryForm.Demonym
            && match.Entry.IsSingleState && !match.IsPart;
        if (splittableDemonym && other.Type is EntityType.Organization or EntityType.Location
            && match.End == other.End && match.Token > 0 && tokens[match.Token - 1].End > other.Start)
        {
            // [Service de renseignement national] [sud-coréen], [Extrême-Orient] [russe].
            document.RemoveEntityAt(index);
            document.TryAddEntity(document.NewEntity(other.Type, other.Start, tokens[match.Token - 1].End));
            document.TryAddEntity(mention);
        }
        else if (splittableDemonym && other.Type == EntityType.Person && match.Start == other.Start && match.EndToken < tokens.Length
            && tokens[match.EndToken].Start < other.End)
        {
            // "[Le Britannique] Lewis Hamilton" taken whole by the entity model: [Britannique] [Lewis Hamilton].
            document.RemoveEntityAt(index);
            document.TryAddEntity(document.NewEntity(EntityType.Person, tokens[match.EndToken].Start, other.End));
            document.TryAddEntity(mention);
        }
        else if (other.Type is EntityType.Location or EntityType.Organization && OnlyArticlesAround(document, other, match))
        {
            // "la Russie" taken with its article: the article stays outside.
            document.RemoveEntityAt(index);
            document.TryAddEntity(mention);
        }
    }

    // A form that covers shorter mentions of places or organisations ("Corée" of "Corée du Sud") replaces them;
    // it never swallows a person.
    private static void ReplaceContained(DocumentContext document, int first, int count, Entity mention)
    {
        for (int i = first; i < first + count; i++)
        {
            Entity e = document.Entities[i];
            if (e.Start < mention.Start || e.End > mention.End || e.Type is not (EntityType.Location or EntityType.Organization))
            {
                return;
            }
        }
        for (int i = 0; i < count; i++)
        {
            document.RemoveEntityAt(first);
        }
        document.TryAddEntity(mention);
    }

    private static bool OnlyArticlesAround(DocumentContext document, Entity other, in CountryMatch match)
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

    // The entities that overlap [start, end): the first one's index and how many.
    private static (int First, int Count) Overlapping(DocumentContext document, int start, int end)
    {
        IReadOnlyList<Entity> entities = document.Entities;
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        int count = 0;
        while (lo + count < entities.Count && entities[lo + count].Start < end)
        {
            count++;
        }
        return (lo, count);
    }
}
