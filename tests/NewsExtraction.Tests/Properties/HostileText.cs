using System.Text;
using CsCheck;

namespace NewsExtraction.Tests.Properties;

/// <summary>
/// Generators of news-like and adversarial texts: words, names and speech verbs of both languages, quotation marks
/// of every style (nested, unbalanced, mixed), long digit runs and grouped numbers, ranges, brackets, lone
/// surrogates, other scripts, HTML fragments, very long tokens and every kind of white space.
/// </summary>
internal static class HostileText
{
    private static readonly Gen<string> Words = Gen.OneOf(
        "Emmanuel Macron", "Macron", "M. Macron", "Joe Biden", "Biden", "Kim Jong-un", "Kim", "l'Otan", "OTAN", "Nations unies",
        "ONU", "Organisation mondiale de la santé", "OMS", "Russie", "russe", "Séoul", "Corée du Sud", "coréens", "United States",
        "U.S.", "Pentagon", "a déclaré", "a dit", "a-t-il ajouté", "selon", "said", "told reporters", "he said", "il", "elle",
        "Le président", "the minister", "soldats", "soldiers", "morts", "dollars", "millions", "milliards", "de", "à", "entre",
        "et", "between", "and", "from", "to", "des milliers de", "une dizaine de", "about", "environ", "près de", "le", "la", "the",
        "lundi", "Monday", "2024", "10 %", "$5m", "€", "1914-1918", "du 8 au 13 octobre", "Mr", "Dr.", "St.", "Jr.");

    private static readonly Gen<string> Marks = Gen.Char["«»“”„‟‹›\"'‘’"].Select(c => c.ToString());

    private static readonly Gen<string> Spaces = Gen.OneOf(" ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u202F", "\u2029", "");

    private static readonly Gen<string> Punctuation = Gen.OneOf(".", ",", ":", ";", "!", "?", "…", "–", "—", "-", "/", "...", "?!");

    private static readonly Gen<string> Brackets = Gen.OneOf("(", ")", "[", "]", "{", "}", "<", ">", "((", "))");

    private static readonly Gen<string> DigitRuns = Gen.String[Gen.Char['0', '9'], 1, 400];

    private static readonly Gen<string> GroupedNumbers =
        from first in Gen.Int[0, 999]
        from separator in Gen.OneOf(",", ".", " ", "\u00A0", "\u202F", "'")
        from groups in Gen.Int[0, 130]
        from decimals in Gen.OneOf("", ",5", ".25", ",000")
        select first + string.Concat(Enumerable.Repeat(separator + "000", groups)) + decimals;

    private static readonly Gen<string> Ranges =
        from low in Gen.OneOf("0", "1", "10", "2,5", "0,0")
        from connector in Gen.OneOf("-", "–", " à ", " to ", " and ", " et ")
        from high in Gen.OneOf("0", "1.000", "1,000", "1 000", "12,000", "3 millions", "0–1.000")
        select low + connector + high;

    private static readonly Gen<string> LoneSurrogates = Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString());

    private static readonly Gen<string> OtherScripts = Gen.OneOf(
        "Москва", "Путин", "القاهرة", "北京", "東京都", "Αθήνα", "😀", "👨‍👩‍👧", "ﬁ", "e\u0301", "\u200B", "\uFEFF", "\u0000", "\uFFFF");

    private static readonly Gen<string> Html = Gen.OneOf(
        "<p>", "</p>", "<div class=\"jsx-1\">", "<a href='x'>", "&amp;", "&nbsp;", "<br/>", "<script>var a = \"b\";</script>",
        "style=\"color:red\"", "<!-- « -->", "{\"text\": \"x\"}");

    private static readonly Gen<string> LongTokens = Gen.OneOf<string>(
        Gen.String[Gen.Char['a', 'z'], 100, 3000],
        Gen.String[Gen.Char['A', 'Z'], 100, 1000],
        Gen.Int[50, 500].Select(n => string.Join("-", Enumerable.Repeat("Jean", n))),
        Gen.Int[50, 500].Select(n => new string('.', n)),
        Gen.Int[50, 500].Select(n => string.Concat(Enumerable.Repeat("« ", n))));

    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        (12, Words), (6, Marks), (6, Spaces), (4, Punctuation), (2, Brackets), (2, DigitRuns), (2, GroupedNumbers),
        (2, Ranges), (1, LoneSurrogates), (1, OtherScripts), (1, Html), (1, LongTokens));

    /// <summary>A text of up to <paramref name="maxPieces"/> pieces, mostly separated by spaces.</summary>
    public static Gen<string> Text(int maxPieces = 60) =>
        Gen.Select(Piece, Gen.OneOf(" ", " ", " ", "")).Array[0, maxPieces].Select(pieces =>
        {
            var text = new StringBuilder();
            foreach ((string piece, string separator) in pieces)
            {
                text.Append(piece).Append(separator);
            }
            return text.ToString();
        });

    /// <summary>Only quotation marks, letters and spaces: the soups that once made quotes overlap.</summary>
    public static Gen<string> MarkSoup { get; } = Gen.String[Gen.Char["«»“”„‟‹›\"'ab  \n"], 0, 40];
}
