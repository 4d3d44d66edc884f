namespace NewsExtraction.Cli.Rendering;

/// <summary>One document to show: its text, what was extracted, and the gold to compare with (or null).</summary>
internal sealed record RenderedDocument(string Id, string Text, ExtractionResult Result, GoldComparison? Gold = null);
