using System.Runtime.InteropServices;

namespace NewsExtraction.Quotes;

/// <summary>Who said a quote and the cue that introduces it (token indexes, -1 when there is none).</summary>
[StructLayout(LayoutKind.Auto)]
internal struct Attribution
{
    /// <summary>The speaker, or none.</summary>
    public SpeakerReference Speaker;

    /// <summary>First token of the cue, or -1.</summary>
    public int CueFirst;

    /// <summary>Last token of the cue, or -1.</summary>
    public int CueLast;

    /// <summary>An attribution with no speaker and no cue.</summary>
    public static Attribution Empty => new() { CueFirst = -1, CueLast = -1 };

    /// <summary>Whether the cue or speaker search found something: a named speaker or an unnamed source.</summary>
    public readonly bool IsSettled => Speaker.Rank != SpeakerRank.None;
}
