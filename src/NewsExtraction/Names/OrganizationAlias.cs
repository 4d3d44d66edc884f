using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>One way of writing a well-known organisation, and the organisation's stable key.</summary>
/// <param name="Key">The stable key shared by every alias of the organisation (<c>NATO</c>).</param>
/// <param name="Surface">The alias as written, its tokens joined by single spaces (<c>Alliance nord-atlantique</c>).</param>
/// <param name="Case">How a text's case must agree with it.</param>
/// <param name="Tags">Whether the alias is unambiguous enough to be tagged ORGANIZATION where the entity model missed it.</param>
internal sealed record OrganizationAlias(string Key, string Surface, CaseRule Case, bool Tags);
