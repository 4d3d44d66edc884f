namespace NewsExtraction.Quotes;

/// <summary>What a personal pronoun can stand for when it names a speaker.</summary>
internal enum PronounKind : byte
{
    /// <summary>Not a pronoun.</summary>
    None,

    /// <summary><c>he</c>, <c>she</c>: a person.</summary>
    Person,

    /// <summary><c>il</c>, <c>elle</c>: a person, or an organisation or country of that grammatical gender.</summary>
    PersonOrGroup,

    /// <summary><c>it</c>: an organisation or country.</summary>
    Group,

    /// <summary><c>ils</c>, <c>they</c>: several sources, none of which can be named alone.</summary>
    Plural,
}
