namespace NewsExtraction.Entities;

/// <summary>Where a token is in its sentence, as the position features see it (the values are hashed into them).</summary>
internal enum TokenPosition : ulong
{
    /// <summary>The first token (of a sentence of one token too).</summary>
    First = 1,

    /// <summary>The last token.</summary>
    Last = 2,

    /// <summary>Any other.</summary>
    Middle = 3,
}
