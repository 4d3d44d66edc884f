namespace NewsExtraction.Text;

/// <summary>Infers a phrase's <see cref="CaseRule"/> and checks a text against it.</summary>
internal static class CaseRules
{
    /// <summary>
    /// The rule for <paramref name="surface"/> (tokens joined by single spaces): <see cref="CaseRule.Exact"/> when a
    /// token is an acronym (two or more capitals, no lower case), <see cref="CaseRule.Any"/> when it has no capital,
    /// else <paramref name="mixedCase"/>.
    /// </summary>
    public static CaseRule Infer(string surface, CaseRule mixedCase)
    {
        bool anyUpper = false;
        foreach (Range range in surface.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> token = surface.AsSpan()[range];
            int upper = 0, lower = 0;
            foreach (char c in token)
            {
                upper += char.IsUpper(c) ? 1 : 0;
                lower += char.IsLower(c) ? 1 : 0;
            }
            if (upper >= 2 && lower == 0)
            {
                return CaseRule.Exact;
            }
            anyUpper |= upper > 0;
        }
        return anyUpper ? mixedCase : CaseRule.Any;
    }

    /// <summary>
    /// Whether tokens <c>[first, first + count)</c> of <paramref name="text"/> agree with <paramref name="surface"/>
    /// under <paramref name="rule"/>. The tokens are known to fold to the surface's tokens, so their lengths agree.
    /// </summary>
    public static bool Matches(CaseRule rule, string surface, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count)
    {
        if (rule == CaseRule.Capitalized)
        {
            return char.IsUpper(text[tokens[first].Start]) || IsAllUpper(text[tokens[first].Start..tokens[first + count - 1].End]);
        }
        ReadOnlySpan<char> rest = surface;
        for (int i = first; i < first + count; i++)
        {
            int space = rest.IndexOf(' ');
            if (!WordMatches(rule, space < 0 ? rest : rest[..space], tokens[i].In(text)))
            {
                return false;
            }
            rest = space < 0 ? [] : rest[(space + 1)..];
        }
        return true;
    }

    /// <summary>Whether one word (a token, or a part of a hyphenated one) agrees with its <paramref name="expected"/> form.</summary>
    public static bool WordMatches(CaseRule rule, ReadOnlySpan<char> expected, ReadOnlySpan<char> actual)
    {
        switch (rule)
        {
            case CaseRule.Any:
                return true;
            case CaseRule.Capitalized:
                return char.IsUpper(actual[0]) || IsAllUpper(actual);
            case CaseRule.Initials:
                return char.IsUpper(actual[0]) == char.IsUpper(expected[0]) || (actual.Length > 1 && IsAllUpper(actual));
        }
        if (expected.Length != actual.Length)
        {
            return false;
        }
        for (int c = 0; c < actual.Length; c++)
        {
            if (char.IsUpper(actual[c]) != char.IsUpper(expected[c]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="s"/> has letters and none of them is lower case.</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letter |= char.IsLetter(c);
        }
        return letter;
    }
}
