using System.Runtime.InteropServices;

namespace NewsExtraction.Quotes;

/// <summary>What <see cref="QuoteLexicon"/> knows of one word: its classes, its role, what it is as a pronoun, what cue it opens.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct WordInfo
{
    /// <summary>The word classes it belongs to.</summary>
    public WordTraits Traits { get; init; }

    /// <summary>The id of the role it names (<c>ministre</c>, <c>spokesman</c>), <see cref="QuoteLexicon.SourceRole"/> for an unnamed source, or -1.</summary>
    public sbyte Role { get; init; }

    /// <summary>As a subject pronoun (<c>il</c>, <c>he</c>).</summary>
    public PronounKind SubjectPronoun { get; init; }

    /// <summary>As the pronoun after <c>selon</c> or <c>according to</c> (<c>lui</c>, <c>him</c>).</summary>
    public PronounKind ObjectPronoun { get; init; }

    /// <summary>The cue it can open.</summary>
    public SpeechVerbs.CueWord Cue { get; init; }

    /// <summary>Whether it belongs to any of <paramref name="traits"/>.</summary>
    public bool Is(WordTraits traits) => (Traits & traits) != 0;

    /// <summary>Whether it names a role.</summary>
    public bool IsRole => Role >= 0;
}
