namespace NewsExtraction;

/// <summary>The language of a document or sentence.</summary>
public enum Language : byte
{
    /// <summary>Neither French nor English, or too little text to tell.</summary>
    Unknown = 0,

    /// <summary>French (<c>fr</c>).</summary>
    French = 1,

    /// <summary>English (<c>en</c>).</summary>
    English = 2,
}
