namespace NewsExtraction.Cli.Input;

/// <summary>One document read from the command's inputs, or the reason it could not be read.</summary>
/// <param name="Id">The document's identifier (file name without extension, or the record's <c>id</c>).</param>
/// <param name="Text">The text; <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Language">The language the record names, if any.</param>
/// <param name="Error">Why the record could not be read, or <see langword="null"/>.</param>
/// <param name="Date">The document's date the record gives, if any.</param>
internal sealed record InputDocument(string Id, string? Text, Language? Language, string? Error, DateOnly? Date = null)
{
    public static InputDocument Failed(string id, string error) => new(id, null, null, error);
}
