namespace NewsExtraction;

/// <summary>Converts <see cref="Language"/> values to and from their output codes (<c>fr</c>, <c>en</c>, <c>unknown</c>).</summary>
public static class LanguageCodes
{
    /// <summary>The code written in the output schema: <c>fr</c>, <c>en</c> or <c>unknown</c>.</summary>
    public static string ToCode(this Language language) => language switch
    {
        Language.French => "fr",
        Language.English => "en",
        _ => "unknown",
    };

    /// <summary>Parses <c>fr</c>, <c>en</c>, <c>unknown</c> (any case, also <c>french</c> and <c>english</c>).</summary>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a language.</returns>
    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "fr" or "fra" or "fre" or "french": language = Language.French; return true;
            case "en" or "eng" or "english": language = Language.English; return true;
            case "unknown" or "und": language = Language.Unknown; return true;
            default: language = Language.Unknown; return false;
        }
    }

    /// <summary>Throws unless <paramref name="language"/> is one of the named values (not a cast such as <c>(Language)99</c>).</summary>
    internal static void ThrowIfUndefined(Language language, string parameterName)
    {
        if (language is not (Language.Unknown or Language.French or Language.English))
        {
            throw new ArgumentOutOfRangeException(parameterName, language, $"{(int)language} is not a Language: use French, English or Unknown.");
        }
    }
}
