using NewsExtraction.Serialization;

namespace NewsExtraction.Fuzz;

/// <summary>
/// What every extraction guarantees, whatever its text: spans that are the slices their offsets name, entities and
/// quotes sorted and never overlapping, finite values, and a result the JSON writer accepts. Shared by the fuzzing
/// harness and the property tests.
/// </summary>
public static class ResultInvariants
{
    /// <exception cref="InvalidOperationException">The result breaks a guarantee; the message says which.</exception>
    public static void Check(string text, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        Require(ReferenceEquals(text, result.Text), "the result's text is not the input");
        int previousEnd = 0;
        foreach (Entity entity in result.Entities)
        {
            Require(entity.Start >= previousEnd, $"entity {entity.Start}-{entity.End} overlaps or precedes the one before (ending at {previousEnd})");
            CheckSpan(text, entity.Start, entity.End, entity.Text, "entity", allowEmpty: false);
            Require(entity.Value is null || double.IsFinite(entity.Value.Value), $"entity {entity.Start}-{entity.End} has the value {entity.Value}");
            previousEnd = entity.End;
        }
        previousEnd = 0;
        foreach (Quote quote in result.Quotes)
        {
            Require(quote.Start >= previousEnd, $"quote {quote.Start}-{quote.End} overlaps or precedes the one before (ending at {previousEnd})");
            CheckSpan(text, quote.Start, quote.End, quote.Text, "quote", allowEmpty: true);
            if (quote.Speaker is { } speaker)
            {
                CheckSpan(text, speaker.Start, speaker.End, speaker.Text, "speaker", allowEmpty: false);
            }
            previousEnd = quote.End;
        }
        Require(ExtractionJson.Serialize(result, "id").Length > 0, "empty JSON");
    }

    private static void CheckSpan(string text, int start, int end, string spanText, string what, bool allowEmpty)
    {
        Require(start >= 0 && end <= text.Length && (allowEmpty ? start <= end : start < end), $"{what} {start}-{end} is outside the text of {text.Length} characters");
        Require(text.AsSpan(start, end - start).SequenceEqual(spanText), $"{what} {start}-{end} is \"{spanText}\", not the text's slice");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
