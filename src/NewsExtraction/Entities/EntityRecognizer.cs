using System.Buffers;
using System.Collections.Frozen;
using NewsExtraction.Names;
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
            document.ThrowIfCancellationRequested();
            ReadOnlySpan<Token> sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            Language language = SentenceLanguage.Of(document.Text, sentenceTokens, document.ModelLanguage);
            NerModel model = document.EntityModels.For(language);
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
                if (model.OutputType(sentenceLabels[i]) is EntityType type)
                {
                    AddMentions(document, type, sentence.FirstToken + i, sentence.FirstToken + end - 1, NameWords.For(language));
                }
                i = end - 1;
            }
            AddNamesAfterHonorifics(document, sentence, NameWords.For(language));
        }
        ArrayPool<byte>.Shared.Return(labels);
    }

    // "Ms Mohd-Saaid is to be replaced", "M. Mantei": the capitalised words after an honorific are a person's
    // name, where the model saw nothing.
    private static void AddNamesAfterHonorifics(DocumentContext document, Sentence sentence, NameWords words)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int end = sentence.FirstToken + sentence.TokenCount;
        for (int i = sentence.FirstToken; i < end - 1; i++)
        {
            // Honorifics are short and capitalised: most tokens are ruled out before the lookup.
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || tokens[i].Length > NameWords.MaxHonorificLength
                || !char.IsUpper(document.Text[tokens[i].Start]) || !words.IsHonorific(document.TokenText(i)))
            {
                continue;
            }
            int last = i;
            while (last + 1 < end && last - i < 3 && tokens[last + 1].Kind == TokenKind.Word && char.IsUpper(document.Text[tokens[last + 1].Start])
                && !words.IsTitle(document.TokenText(last + 1)))
            {
                last++;
            }
            if (last > i)
            {
                document.TryAddEntity(new EntityDraft(EntityType.Person, tokens[i + 1].Start, tokens[last].End));
                i = last;
            }
        }
    }

    // The model's span [first, last] as mentions: cut at brackets ("(Jon Dahl) Tomasson" is two names), trimmed
    // of what no name ends on, of the titles and roles before a person ("Mr", "M.", "Ayatollah") and of a
    // ministry's field ("ministre des [Transports] Andreas Scheuer").
    private static void AddMentions(DocumentContext document, EntityType type, int first, int last, NameWords words)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = first + 1; k < last; k++)
        {
            if (IsBracket(document, k))
            {
                AddMentions(document, type, first, k - 1, words);
                first = k + 1;
            }
        }
        while (first <= last && IsBracket(document, first))
        {
            first++;
        }
        // A name never ends on an elided article or punctuation (`Conseil de sécurité de l’`).
        while (last > first && tokens[last].Kind is TokenKind.Elision or TokenKind.Punctuation)
        {
            last--;
        }
        if (first > last)
        {
            return;
        }
        if (first < last && words.IsArticleOutsideNames(document.TokenText(first)))
        {
            first++; // "The [Commission] is buckling"
        }
        // "the US-funded [Radio Farda]": a compound that ends in a lower-case word describes the name.
        if (first < last && document.TokenText(first) is var head && head.LastIndexOf('-') is > 0 and var hyphen
            && hyphen + 1 < head.Length && char.IsLower(head[hyphen + 1]))
        {
            first++;
        }
        if (first == last && words.IsCapitalisedCommonNoun(document.TokenText(first)))
        {
            return; // "l'État", "le Smic": a capital by convention, no name
        }
        if (type == EntityType.Location && first == last && FollowsPortfolioRole(document, first, words))
        {
            return; // "secrétaire d'État chargé du Numérique": a portfolio, not a place
        }
        if (type == EntityType.Person && words.IsTitle(document.TokenText(first)))
        {
            while (first <= last && words.IsTitle(document.TokenText(first)))
            {
                first++;
            }
            if (first > last || !char.IsUpper(document.TokenText(first)[0]))
            {
                return; // a title alone ("le Premier ministre") names nobody
            }
        }
        if (type == EntityType.Person && last - first >= 2 && FollowsPortfolioRole(document, first, words))
        {
            first++;
        }
        if (type != EntityType.Person || IsPersonName(document, first, last))
        {
            document.TryAddEntity(new EntityDraft(type, tokens[first].Start, tokens[last].End));
        }
    }

    private static bool IsBracket(DocumentContext document, int k) =>
        document.Tokens[k].Kind == TokenKind.Punctuation && document.Text[document.Tokens[k].Start] is '(' or ')' or '[' or ']';

    // "ministre allemand des Transports", "Secretary of State": a role, then up to three lower-case words, then the field.
    private static bool FollowsPortfolioRole(DocumentContext document, int first, NameWords words)
    {
        for (int k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            ReadOnlySpan<char> word = document.TokenText(k);
            if (words.IsPortfolioRole(word))
            {
                return k < first - 1;
            }
            if (document.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Elision) || !char.IsLower(word[0]))
            {
                return false;
            }
        }
        return false;
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
