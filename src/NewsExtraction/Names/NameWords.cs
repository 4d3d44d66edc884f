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
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _portfolioRoles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _organizationNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _organizationHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _legalSuffixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _possessedByOrganizations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _indefiniteArticles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _copulas;

    private NameWords(string[] titles, string[] portfolioRoles, string[] organizationNouns, string[] organizationHeads,
        string[] legalSuffixes, string[] possessedByOrganizations, string[] personNouns, string[] indefiniteArticles, string[] copulas)
    {
        _titles = titles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _portfolioRoles = Folded(portfolioRoles);
        _organizationNouns = Folded(organizationNouns);
        _organizationHeads = Folded(organizationHeads);
        _legalSuffixes = legalSuffixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _possessedByOrganizations = Folded(possessedByOrganizations);
        _personNouns = Folded(personNouns);
        _indefiniteArticles = Folded(indefiniteArticles);
        _copulas = Folded(copulas);
    }

    /// <summary>The words of <paramref name="language"/> (French for <see cref="Language.Unknown"/>, as the models).</summary>
    public static NameWords For(Language language) => language == Language.English ? English : French;

    /// <summary>
    /// Whether <paramref name="word"/> is a title or role written before a name and outside its span: <c>Mr</c>,
    /// <c>Dr.</c>, <c>Ayatollah</c>, <c>M.</c>, <c>Mme</c>, <c>Me</c>.
    /// </summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word.Length > 1 && word[^1] == '.' ? word[..^1] : word);

    /// <summary>A role whose field follows it with a capital: <c>ministre des [Transports]</c>, <c>Secretary of [State]</c>.</summary>
    public bool IsPortfolioRole(ReadOnlySpan<char> word) => ContainsFolded(_portfolioRoles, word);

    /// <summary>
    /// A common noun that, right before a name, says the name is an organisation: <c>the retailer [Laura Ashley]</c>,
    /// <c>l’équipementier [Bosch]</c>, <c>le quotidien [Libération]</c>.
    /// </summary>
    public bool IsOrganizationNoun(ReadOnlySpan<char> word) => ContainsFolded(_organizationNouns, word);

    /// <summary>A capitalised head word that makes a name an organisation wherever it stands in it: <c>High [Court]</c>, <c>[Parti] socialiste</c>.</summary>
    public bool IsOrganizationHead(ReadOnlySpan<char> word) => ContainsFolded(_organizationHeads, word);

    /// <summary>A company's legal form written after its name, as written: <c>plc</c>, <c>Ltd</c>, <c>SA</c>, <c>AG</c>.</summary>
    public bool IsLegalSuffix(ReadOnlySpan<char> word) => _legalSuffixes.Contains(word.Length > 1 && word[^1] == '.' ? word[..^1] : word);

    /// <summary>What only an organisation has, after its possessive: <c>X’s shares</c>, <c>X’s chief executive</c>.</summary>
    public bool IsPossessedByOrganizations(ReadOnlySpan<char> word) => ContainsFolded(_possessedByOrganizations, word);

    /// <summary>A noun for a person that may stand between an organisation noun and a name: <c>group [chairman] John Smith</c>.</summary>
    public bool IsPersonNoun(ReadOnlySpan<char> word) => ContainsFolded(_personNouns, word);

    /// <summary>An indefinite article, which may open an apposition: <c>Leetchi, [une] plateforme</c>.</summary>
    public bool IsIndefiniteArticle(ReadOnlySpan<char> word) => ContainsFolded(_indefiniteArticles, word);

    /// <summary>A copula that links a name to what it is: <c>EA [is] the biggest publisher</c>, <c>Leetchi [est] une filiale</c>.</summary>
    public bool IsCopula(ReadOnlySpan<char> word) => ContainsFolded(_copulas, word);

    private static bool ContainsFolded(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word)
    {
        if (word.Length > PhraseDictionary.MaxKeyLength)
        {
            return false;
        }
        Span<char> folded = stackalloc char[word.Length];
        TextFolding.Fold(word, folded);
        return set.Contains(folded);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Folded(string[] words) =>
        words.Select(w => TextFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
