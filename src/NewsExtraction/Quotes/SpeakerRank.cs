namespace NewsExtraction.Quotes;

/// <summary>How strong a speaker candidate is: a named person beats the organisation or country they speak for.</summary>
internal enum SpeakerRank : byte
{
    /// <summary>No speaker found.</summary>
    None,

    /// <summary>The text names a source that has no name (<c>une source</c>, <c>they</c>): the quote has no speaker.</summary>
    Anonymous,

    /// <summary>Capitalised words next to a speech verb, where no entity was found.</summary>
    Capitalised,

    /// <summary>An organisation or country.</summary>
    Group,

    /// <summary>A person.</summary>
    Person,
}
