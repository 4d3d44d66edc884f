using System.Runtime.InteropServices;

namespace NewsExtraction.Quotes;

/// <summary>Where a speaker is named: an entity of the document, or a span of capitalised words; or nobody.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct SpeakerReference(int Entity, int Start, int End, SpeakerRank Rank)
{
    /// <summary>A source the text gives without a name.</summary>
    public static SpeakerReference Anonymous => new(-1, 0, 0, SpeakerRank.Anonymous);

    /// <summary>Whether a speaker with a name was found.</summary>
    public bool IsNamed => Rank > SpeakerRank.Anonymous;
}
