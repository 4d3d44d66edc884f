using System.Buffers;
using System.Collections.Frozen;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Entities;

/// <summary>
/// Tags PERSON, ORGANIZATION and LOCATION sentence by sentence, with the entity model of the document's language, or of
/// the other language for a sentence clearly written in it (<see cref="SentenceLanguage"/>).
/// </summary>
internal sealed class EntityRecognizer : IDocumentStage
{
    // Lower-case words a person's name may hold; any other lower-case word means the span is not a name
    // ("vice-ministre des [Affaires étrangères]").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles =
        FrozenSet.Create(StringComparer.Ordinal,
            "de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "ter", "zu", "af", "da", "di", "do", "dos", "das",
            "del", "della", "y", "e", "bin", "ben", "ibn", "al", "el", "bint", "abu", "st.")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The embedded model for <paramref name="language"/> (French for <see cref="Language.Unknown"/>).</summary>
    public static NerModel ModelFor(Language language) => EntityModels.Embedded.For(language);

    public void Process(DocumentContext document)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        byte[] labels = ArrayPool<byte>.Shared.Rent(Math.Max(1, tokens.Length));
        foreach (Sentence sentence in document.Sentences)
        {
            ReadOnlySpan<Token> sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            NerModel model = document.EntityModels.For(SentenceLanguage.Of(document.Text, sentenceTokens, document.ModelLanguage));
            Span<byte> sentenceLabels = labels.AsSpan(sentence.FirstToken, sentence.TokenCount);
            model.Tag(document.Text, sentenceTokens, sentenceLabels);
            for (int i = 0; i < sentenceLabels.Length; i++)
            {
                if (!model.IsBegin(sentenceLabels[i]))
                {
                    continue;
                }
                int end = i + 1;
                while (end < sentenceLabels.Length && sentenceLabels[end] == sentenceLabels[i] + 1)
                {
                    end++;
                }
                int last = sentence.FirstToken + end - 1;
                // A name never ends on an elided article or punctuation (`Conseil de sécurité de l’`).
                while (last > sentence.FirstToken + i && tokens[last].Kind is TokenKind.Elision or TokenKind.Punctuation)
                {
                    last--;
                }
                int first = sentence.FirstToken + i;
                if (model.OutputType(sentenceLabels[i]) is EntityType type
                    && (type != EntityType.Person || IsPersonName(document, first, last)))
                {
                    document.TryAddEntity(new EntityDraft(type, tokens[first].Start, tokens[last].End));
                }
                i = end - 1;
            }
        }
        ArrayPool<byte>.Shared.Return(labels);
    }

    private static bool IsPersonName(DocumentContext document, int first, int last)
    {
        if (first == last && document.Tokens[first].Kind == TokenKind.Abbreviation)
        {
            return false; // a lone initial: "on X." ends a sentence, it names nobody
        }
        for (int k = first; k <= last; k++)
        {
            ReadOnlySpan<char> word = document.TokenText(k);
            if (char.IsLower(word[0]) && !NameParticles.Contains(word))
            {
                return false;
            }
        }
        return true;
    }
}
