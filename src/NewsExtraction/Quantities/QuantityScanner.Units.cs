using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Quantities;

/// <summary>The unit or counted noun after an amount, and where it ends.</summary>
internal readonly ref partial struct QuantityScanner
{
    // The unit or counted noun after the amount: a sign (10 %), "pour cent", a noun after "de"/"of" when the
    // amount is a multiplier or a vague noun (5 millions de dollars), or the noun that directly follows.
    private int ReadUnit(in Amount amount, int end, ref int unitStart, ref int unitEnd)
    {
        if (end >= _end || !OnOneLine(end - 1, end))
        {
            return end;
        }
        Token token = _tokens[end];
        ReadOnlySpan<char> word = TokenText(end);
        int unit, last = -1;
        if (_words.PrenominalAdjectives.Contains(word))
        {
            return end; // "[1280] nouveaux LBD", "its [400] main brands": the noun is too far to be the unit
        }
        if (token.Length == 1 && QuantityWords.IsUnitSign(word[0]))
        {
            unit = end;
        }
        else if (StartsWithUnitPhrase(end) is > 0 and int length)
        {
            unitStart = token.Start;
            unitEnd = _tokens[end + length - 1].End;
            return end + length;
        }
        else if ((amount.Vague || amount.Multiplier > 1) && QuantityWords.IsOf(word) && IsCountedNoun(end + 1, amount.Value))
        {
            unit = end + 1;
            last = FollowingAdjectiveEnd(unit, amount.Value);
        }
        else if (IsCountedNoun(end, amount.Value) || IsCountedPlace(end, amount.Value))
        {
            unit = end;
            last = FollowingAdjectiveEnd(unit, amount.Value);
        }
        else if (_words.ModifierJoinsUnit && IsNounModifier(end) && IsCountedNoun(end + 1, amount.Value))
        {
            // English puts one modifier before the counted noun: "12 armoured vehicles", "27 member states".
            unitStart = token.Start;
            unitEnd = _tokens[end + 1].End;
            return end + 2;
        }
        else if (amount.Digits && word.Length == 1 && Tokenizer.IsHyphen(word[0]) && Attached(end - 1, end)
            && end + 1 < _end && Attached(end, end + 1) && IsCountedNoun(end + 1, 1))
        {
            unit = end + 1; // "a 10-day truce"
        }
        else
        {
            return end;
        }
        last = Math.Max(last, unit);
        unitStart = _tokens[unit].Start;
        unitEnd = _tokens[last].End;
        return last + 1;
    }

    // The last token of the unit that starts at the counted noun k: k, or the adjective after it where adjectives
    // follow the noun ("30 blessés graves", "90 millions de touristes internationaux"). The adjective agrees with
    // a plural amount; participles ("200 personnes arrêtées") and adverbs stay out.
    private int FollowingAdjectiveEnd(int k, double amount)
    {
        int a = k + 1;
        if (!_words.AdjectivesFollowNoun || amount < 2 || a >= _end || _tokens[a].Kind != TokenKind.Word
            || Attached(k, a) || !OnOneLine(k, a) || TokenText(k)[^1] is not ('s' or 'x'))
        {
            return k;
        }
        ReadOnlySpan<char> word = TokenText(a);
        bool adjective = char.IsLower(word[0]) && word[^1] is ('s' or 'x') && !IsCompound(word)
            && !IsParticiple(word)
            && !_words.FunctionWords.Contains(word) && !_words.UnitWords.Contains(word) && !_words.PrenominalAdjectives.Contains(word)
            && !NumberParser.IsNumberWord(word, _language) && !QuantityWords.VaguePlurals.ContainsKey(word)
            && !_document.Overlaps(_tokens[a].Start, _tokens[a].End);
        return adjective ? a : k;
    }

    // French past participles in the plural: "arrêtées", "réparties", "produits", "inscrits", "disparus".
    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("és") || word.EndsWith("ées") || word.EndsWith("is") || word.EndsWith("ies") || word.EndsWith("us")
        || word.EndsWith("ues") || word.EndsWith("its") || word.EndsWith("ites");

    // "les deux Corées", "the two Koreas": a place name in the plural, counted after a definite article, is the
    // unit rather than a place ("killing five Dallas police officers" is not).
    private bool IsCountedPlace(int k, double amount)
    {
        if (amount < 2 || k >= _end || _tokens[k].Kind != TokenKind.Word || Attached(k - 1, k))
        {
            return false;
        }
        Token token = _tokens[k];
        ReadOnlySpan<char> word = TokenText(k);
        (int index, int count) = _document.FindOverlapping(token.Start, token.End);
        if (!char.IsUpper(word[0]) || word[^1] is not ('s' or 'x') || count != 1 || !_words.DefiniteArticles.Contains(Previous(k - 1)))
        {
            return false;
        }
        EntityDraft place = _document.Entities[index];
        return place.Start == token.Start && place.End == token.End
            && (place.Type == EntityType.Location || (place.Type == EntityType.Country && place.Form == CountryForm.Name));
    }

    // A noun counted by an amount of two or more is plural, an invariable noun or a unit symbol: this keeps
    // verbs and adjectives out ("101 remain", "le budget 2025 prévoit").
    private bool IsCountedNoun(int k, double amount)
    {
        if (k >= _end || _tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }
        ReadOnlySpan<char> word = TokenText(k);
        if (amount >= 2 && !Attached(k - 1, k) && word[^1] is not ('s' or 'x' or 'S' or 'X') && !QuantityWords.Units.Contains(word)
            && !_words.UnitWords.Contains(word))
        {
            return false;
        }
        // A unit glued to the digits stays one ("40C").
        return !_words.FunctionWords.Contains(word)
            && !(_words.CapitalAfterAmountStartsName && char.IsUpper(word[0]) && !Attached(k - 1, k))
            && !NumberParser.IsNumberWord(word, _language)
            && !QuantityWords.VaguePlurals.ContainsKey(word)
            && !IsMonth(k)
            && !_document.Overlaps(_tokens[k].Start, _tokens[k].End);
    }

    private bool IsNounModifier(int k)
    {
        if (k + 1 >= _end || _tokens[k].Kind != TokenKind.Word || !OnOneLine(k, k + 1))
        {
            return false;
        }
        ReadOnlySpan<char> word = TokenText(k);
        return char.IsLower(word[0])
            && !IsCompound(word) // "20 biggest-selling games"
            && !_words.FunctionWords.Contains(word)
            && !NumberParser.IsNumberWord(word, _language)
            && !QuantityWords.VaguePlurals.ContainsKey(word)
            && !_document.Overlaps(_tokens[k].Start, _tokens[k].End);
    }

    // Compound adjectives are mostly demonyms or qualities, never the counted noun's own modifier: "nord-coréens".
    private static bool IsCompound(ReadOnlySpan<char> word) => word.ContainsAny('-', '\u2010', '\u2011');

    // "pour cent", "percentage points": the number of tokens of the unit phrase at k, or 0.
    private int StartsWithUnitPhrase(int k)
    {
        foreach (string[] phrase in QuantityWords.UnitPhrases)
        {
            if (StartsWith(k, phrase))
            {
                return phrase.Length;
            }
        }
        return 0;
    }
}
