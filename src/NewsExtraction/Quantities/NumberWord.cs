namespace NewsExtraction.Quantities;

/// <summary>A number word's role and value: <c>(Ten, 70)</c> for <c>seventy</c>, <c>(Scale, 1e6)</c> for <c>millions</c>.</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, double Value);
