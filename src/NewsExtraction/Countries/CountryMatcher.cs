using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Countries;

/// <summary>
/// Finds every gazetteer form in a document: the longest phrase at each token whose case agrees, then, in a
/// hyphenated word that is no form as a whole, its parts (<c>russo-ukrainien</c>, <c>US-led</c>,
/// <c>pro-russe</c>). Prefers the document's language, then names over demonyms over capitals. Thread-safe.
/// </summary>
internal sealed class CountryMatcher(CountryGazetteer gazetteer)
{
    private const int MaxParts = 8;

    /// <summary>Appends the forms found in <paramref name="document"/> to <paramref name="matches"/>, in text order.</summary>
    public void Find(DocumentContext document, List<CountryMatch> matches)
    {
        ReadOnlySpan<char> text = document.Text, folded = document.FoldedText;
        ReadOnlySpan<Token> tokens = document.Tokens;
        Language language = document.ModelLanguage;
        Span<PhraseHit> hits = stackalloc PhraseHit[8];
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & (DocumentContext.CancellationStride - 1)) == 0)
            {
                document.ThrowIfCancellationRequested();
            }
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }
            int found = gazetteer.Phrases.Match(folded, tokens, i, hits);
            CountryEntry? entry = null;
            int count = 0;
            for (int h = found - 1; h >= 0 && entry is null; h--)
            {
                count = hits[h].TokenCount;
                entry = Best(gazetteer.Group(hits[h].Value), language, allowCombining: false, text, tokens, i, count);
            }
            if (entry is not null)
            {
                matches.Add(new CountryMatch(tokens[i].Start, tokens[i + count - 1].End, i, count, IsPart: false, entry));
                i += count - 1;
            }
            else if (tokens[i].Kind == TokenKind.Word && tokens[i].In(folded).Contains('-')) // folding made every hyphen '-'
            {
                FindParts(text, tokens, i, language, matches);
            }
        }
    }

    // A compound counts only when every part is a form, a combining form followed by a form, a leading
    // affix (pro-, anti-) or a trailing participle after a form (US-led): "Indo-Pacifique" and "France-Presse" do not.
    private void FindParts(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, Language language, List<CountryMatch> matches)
    {
        Token token = tokens[index];
        ReadOnlySpan<char> word = token.In(text);
        Span<int> starts = stackalloc int[MaxParts];
        Span<int> ends = stackalloc int[MaxParts];
        int parts = 0;
        for (int start = 0; start <= word.Length;)
        {
            int hyphen = word[start..].IndexOfAny('-', '\u2010', '\u2011');
            int end = hyphen < 0 ? word.Length : start + hyphen;
            if (parts == MaxParts || end == start)
            {
                return;
            }
            starts[parts] = start;
            ends[parts++] = end;
            start = end + 1;
        }

        int firstAdded = matches.Count;
        bool afterCombining = false, afterForm = false;
        for (int p = 0; p < parts;)
        {
            CountryEntry? entry = null;
            int q = parts - 1;
            for (; q >= p && entry is null; q--)
            {
                ReadOnlySpan<char> span = word[starts[p]..ends[q]];
                if (gazetteer.Phrases.TryGetValue(span, out int group))
                {
                    entry = Best(gazetteer.Group(group), language, allowCombining: q < parts - 1, span);
                }
            }
            q++; // the loop stepped one past the part that matched
            if (entry is not null)
            {
                matches.Add(new CountryMatch(token.Start + starts[p], token.Start + ends[q], index, 1, IsPart: true, entry));
                afterCombining = entry.Has(CountryEntryFlags.CombiningForm);
                afterForm = !afterCombining;
                p = q + 1;
                continue;
            }
            ReadOnlySpan<char> part = word[starts[p]..ends[p]];
            bool affix = !afterCombining
                && ((p == 0 && CountryContext.IsLeadingAffix(part)) || (p == parts - 1 && afterForm && CountryContext.IsTrailingParticiple(part)));
            if (!affix)
            {
                matches.RemoveRange(firstAdded, matches.Count - firstAdded);
                return;
            }
            afterCombining = afterForm = false;
            p++;
        }
        if (afterCombining)
        {
            matches.RemoveRange(firstAdded, matches.Count - firstAdded);
        }
    }

    private static CountryEntry? Best(ReadOnlySpan<CountryEntry> group, Language language, bool allowCombining,
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count)
    {
        CountryEntry? best = null;
        foreach (CountryEntry entry in group)
        {
            if ((allowCombining || !entry.Has(CountryEntryFlags.CombiningForm))
                && IsBetter(entry, best, language)
                && CaseRules.Matches(entry.Case, entry.Surface, text, tokens, first, count))
            {
                best = entry;
            }
        }
        return best;
    }

    private static CountryEntry? Best(ReadOnlySpan<CountryEntry> group, Language language, bool allowCombining, ReadOnlySpan<char> word)
    {
        CountryEntry? best = null;
        foreach (CountryEntry entry in group)
        {
            if ((allowCombining || !entry.Has(CountryEntryFlags.CombiningForm))
                && IsBetter(entry, best, language)
                && CaseRules.WordMatches(entry.Case, entry.Surface, word))
            {
                best = entry;
            }
        }
        return best;
    }

    // The document's language first (French "Mexico" is the capital, English "Mexico" the country), then
    // name over demonym over capital ("Djibouti", "Koweït"), then a full form over a combining one.
    private static bool IsBetter(CountryEntry candidate, CountryEntry? best, Language language)
    {
        if (best is null)
        {
            return true;
        }
        int Rank(CountryEntry e) => (e.Language == language ? 0 : 100) + ((int)e.Form * 10)
            + (e.Has(CountryEntryFlags.CombiningForm) ? 1 : 0);
        return Rank(candidate) < Rank(best);
    }
}
