namespace NewsExtraction.Quotes;

/// <summary>What opens reported speech at a token (<see cref="SpeechCueMatcher"/>).</summary>
internal enum CueKind : byte
{
    /// <summary>No cue.</summary>
    None,

    /// <summary>A speech verb or verb phrase: its subject is the speaker.</summary>
    Verb,

    /// <summary>A source marker (<c>selon</c>, <c>according to</c>): the speaker follows it.</summary>
    Source,
}
