namespace NewsExtraction.Text;

/// <summary>What a token is, as decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (and digits or inner hyphens and apostrophes after a letter): <c>Jean-Pierre</c>, <c>G7</c>, <c>aujourd'hui</c>.</summary>
    Word,

    /// <summary>A French elided article or pronoun with its apostrophe: <c>l’</c>, <c>qu'</c>.</summary>
    Elision,

    /// <summary>An English clitic split Penn-Treebank style: <c>'s</c>, <c>n't</c>, <c>'ll</c>.</summary>
    Clitic,

    /// <summary>A French inverted subject pronoun split from its verb: <c>-t-il</c>, <c>-on</c>.</summary>
    InvertedPronoun,

    /// <summary>An abbreviation or initial that keeps its period: <c>M.</c>, <c>U.S.</c>, <c>J.-C.</c>, <c>etc.</c>.</summary>
    Abbreviation,

    /// <summary>Digits with their grouping and decimal separators: <c>1.500</c>, <c>12 000</c>, <c>3,5</c>, <c>22.10.2024</c>.</summary>
    Number,

    /// <summary>A quotation mark: « » “ ” „ ‹ › ".</summary>
    QuotationMark,

    /// <summary>Punctuation; a run of the same mark is one token (<c>...</c>, <c>&gt;&gt;&gt;</c>).</summary>
    Punctuation,

    /// <summary>Any other symbol: currency signs, <c>%</c>, <c>=</c>, bullets.</summary>
    Symbol,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle: <c>@AFP</c>.</summary>
    Handle,

    /// <summary>A hashtag: <c>#Ukraine</c>.</summary>
    Hashtag,

    /// <summary>An emoji, with its modifiers and joiners.</summary>
    Emoji,
}
