using System.Collections.Frozen;
using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>
/// The words of one language that the name stages read around and inside names: titles and roles that stay outside
/// a person's span, the portfolio nouns after which a capitalised word names a ministry's field, the nouns and
/// suffixes that make a name an organisation. Titles compare as written (<c>Me</c> the title, not <c>me</c>); the
/// other lists fold case and accents. Lookups take spans and allocate nothing.
/// </summary>
internal sealed partial class NameWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _honorifics;
    private readonly FoldedWordSet _portfolioRoles;
    private readonly FoldedWordSet _organizationNouns;
    private readonly FoldedWordSet _organizationHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _legalSuffixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pressHeads;
    private readonly FoldedWordSet _possessedByOrganizations;
    private readonly FoldedWordSet _personNouns;
    private readonly FoldedWordSet _indefiniteArticles;
    private readonly FoldedWordSet _copulas;
    private readonly FoldedWordSet _workplacePrepositions;
    private readonly FoldedWordSet _namePrepositions;
    private readonly FoldedWordSet _nameArticles;
    private readonly FoldedWordSet _articlesOutsideNames;
    private readonly FoldedWordSet _ministryNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalisedCommonNouns;

    private NameWords(string[] honorifics, string[] titles, string[] portfolioRoles, string[] organizationNouns, string[] organizationHeads,
        string[] pressHeads, string[] legalSuffixes, string[] possessedByOrganizations, string[] personNouns, string[] indefiniteArticles, string[] copulas, string[] workplacePrepositions,
        string[] namePrepositions, string[] nameArticles, string[] articlesOutsideNames, string[] ministryNouns,
        string[] capitalisedCommonNouns)
    {
        if (honorifics.Any(h => h.Length + 1 > MaxHonorificLength))
        {
            throw new ArgumentException($"An honorific is longer than {MaxHonorificLength - 1} letters.", nameof(honorifics));
        }
        _honorifics = honorifics.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = titles.Concat(honorifics).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _portfolioRoles = new(portfolioRoles);
        _organizationNouns = new(organizationNouns);
        _organizationHeads = new(organizationHeads);
        _pressHeads = pressHeads.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _legalSuffixes = legalSuffixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _possessedByOrganizations = new(possessedByOrganizations);
        _personNouns = new(personNouns);
        _indefiniteArticles = new(indefiniteArticles);
        _copulas = new(copulas);
        _workplacePrepositions = new(workplacePrepositions);
        _namePrepositions = new(namePrepositions);
        _nameArticles = new(nameArticles);
        _articlesOutsideNames = new(articlesOutsideNames);
        _ministryNouns = new(ministryNouns);
        _capitalisedCommonNouns = capitalisedCommonNouns.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest honorific of any language, with its period (<c>Messrs.</c>).</summary>
    public const int MaxHonorificLength = 7;

    /// <summary>The words of <paramref name="language"/> (French for <see cref="Language.Unknown"/>, as the models).</summary>
    public static NameWords For(Language language) => language == Language.English ? English : French;

    /// <summary>
    /// Whether <paramref name="word"/> is a title or role written before a name and outside its span: <c>Mr</c>,
    /// <c>Dr.</c>, <c>Ayatollah</c>, <c>M.</c>, <c>Mme</c>, <c>Me</c>.
    /// </summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(WithoutPeriod(word));

    /// <summary>
    /// Whether <paramref name="word"/> is an honorific, a title that only ever comes before a person's name, so that
    /// the capitalised word after it is one: <c>Mr</c>, <c>Dr</c>, <c>M.</c>, <c>Mme</c> (not <c>President</c>, which
    /// also opens <c>President Hotel</c>).
    /// </summary>
    public bool IsHonorific(ReadOnlySpan<char> word) => _honorifics.Contains(WithoutPeriod(word));

    /// <summary>A role whose field follows it with a capital: <c>ministre des [Transports]</c>, <c>Secretary of [State]</c>.</summary>
    public bool IsPortfolioRole(ReadOnlySpan<char> word) => _portfolioRoles.Contains(word);

    /// <summary>
    /// A common noun that, right before a name, says the name is an organisation: <c>the retailer [Laura Ashley]</c>,
    /// <c>l’équipementier [Bosch]</c>, <c>le quotidien [Libération]</c>.
    /// </summary>
    public bool IsOrganizationNoun(ReadOnlySpan<char> word) => _organizationNouns.Contains(word);

    /// <summary>A capitalised head word that makes a name an organisation wherever it stands in it: <c>High [Court]</c>, <c>[Parti] socialiste</c>.</summary>
    public bool IsOrganizationHead(ReadOnlySpan<char> word) => _organizationHeads.Contains(word);

    /// <summary>
    /// The capitalised word that opens a newspaper's title, as written: <c>[Courrier] Picard</c>, <c>[Journal] de la
    /// Vallée</c>, <c>the [Daily] Star</c>. With the capitalised words or the <c>de X</c> after it, the title is an
    /// organisation even where no cue word announces it.
    /// </summary>
    public bool IsPressHead(ReadOnlySpan<char> word) => _pressHeads.Contains(word);

    /// <summary>A company's legal form written after its name, as written: <c>plc</c>, <c>Ltd</c>, <c>SA</c>, <c>AG</c>.</summary>
    public bool IsLegalSuffix(ReadOnlySpan<char> word) => _legalSuffixes.Contains(WithoutPeriod(word));

    /// <summary>What only an organisation has, after its possessive: <c>X’s shares</c>, <c>X’s chief executive</c>.</summary>
    public bool IsPossessedByOrganizations(ReadOnlySpan<char> word) => _possessedByOrganizations.Contains(word);

    /// <summary>A noun for a person that may stand between an organisation noun and a name: <c>group [chairman] John Smith</c>.</summary>
    public bool IsPersonNoun(ReadOnlySpan<char> word) => _personNouns.Contains(word);

    /// <summary>An indefinite article, which may open an apposition: <c>Leetchi, [une] plateforme</c>.</summary>
    public bool IsIndefiniteArticle(ReadOnlySpan<char> word) => _indefiniteArticles.Contains(word);

    /// <summary>A copula that links a name to what it is: <c>EA [is] the biggest publisher</c>, <c>Leetchi [est] une filiale</c>.</summary>
    public bool IsCopula(ReadOnlySpan<char> word) => _copulas.Contains(word);

    /// <summary>The preposition between a person's job and where they work: <c>an analyst [at] X</c>, <c>économiste [chez] X</c>.</summary>
    public bool IsWorkplacePreposition(ReadOnlySpan<char> word) => _workplacePrepositions.Contains(word);

    /// <summary>A preposition inside an organisation's name: <c>Association [for] the Advancement</c>, <c>Cour [de] justice</c>.</summary>
    public bool IsNamePreposition(ReadOnlySpan<char> word) => _namePrepositions.Contains(word);

    /// <summary>A preposition or the article after it inside an organisation's name: <c>for [the]</c>, <c>de [la]</c>.</summary>
    public bool IsNameConnector(ReadOnlySpan<char> word) => _namePrepositions.Contains(word) || _nameArticles.Contains(word);

    /// <summary>
    /// An article that never opens a name, even capitalised: <c>[The] Commission</c>. French names keep theirs
    /// (<c>La Croix</c>, <c>Les Echos</c>, <c>La Louvière</c>).
    /// </summary>
    public bool IsArticleOutsideNames(ReadOnlySpan<char> word) => _articlesOutsideNames.Contains(word);

    /// <summary>The noun of a ministry, part of its name in any case: <c>[ministère] de l’Intérieur</c>, <c>[Ministry] of Defence</c>.</summary>
    public bool IsMinistryNoun(ReadOnlySpan<char> word) => _ministryNouns.Contains(word);

    /// <summary>
    /// A word written with a capital by convention that names no one entity on its own, as written: <c>l’[État]</c>,
    /// <c>la [République]</c>, <c>le [Smic]</c>, <c>les [Européens]</c>.
    /// </summary>
    public bool IsCapitalisedCommonNoun(ReadOnlySpan<char> word) => _capitalisedCommonNouns.Contains(word);

    private static ReadOnlySpan<char> WithoutPeriod(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
}
