namespace NewsExtraction.Entities;

/// <summary>
/// A file or stream is not an entity model this version of the library can use (not a model, a damaged one, another
/// format version), or a model was given for another language than its own.
/// </summary>
public sealed class NerModelException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public NerModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the error that revealed it.</summary>
    public NerModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
