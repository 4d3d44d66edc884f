namespace NewsExtraction;

/// <summary>The stages of extraction after tokenization and language identification, as flags.</summary>
[Flags]
public enum ExtractionStages
{
    /// <summary>Tokens, sentences and language only.</summary>
    None = 0,

    /// <summary>PERSON, ORGANIZATION and LOCATION from the entity model.</summary>
    Entities = 1,

    /// <summary>COUNTRY mentions with ISO codes, and canonical names of people and organisations.</summary>
    Countries = 2,

    /// <summary>QUANTITY mentions with normalised values.</summary>
    Quantities = 4,

    /// <summary>Quotes with their speakers and cues.</summary>
    Quotes = 8,

    /// <summary>DATE mentions with the day they resolve to.</summary>
    Dates = 16,

    /// <summary>Everything.</summary>
    All = Entities | Countries | Quantities | Quotes | Dates,
}
