namespace NewsExtraction.Quotes;

/// <summary>The word classes of <see cref="QuoteLexicon"/> a word belongs to.</summary>
[Flags]
internal enum WordTraits : uint
{
    /// <summary>In no list.</summary>
    None = 0,

    /// <summary>May stand inside a verb group: auxiliary, negation, clitic, short adverb (<c>a</c>, <c>n'</c>, <c>aussi</c>, <c>has</c>).</summary>
    Auxiliary = 1 << 0,

    /// <summary>A finite auxiliary a quote can open with when it goes on its sentence (<c>a</c>, <c>ont</c>, <c>has</c>).</summary>
    FiniteAuxiliary = 1 << 1,

    /// <summary>A form of <c>être</c> or <c>be</c>: with a participle, a passive.</summary>
    BeForm = 1 << 2,

    /// <summary>A reflexive pronoun (<c>s'</c>, <c>se</c>): with <c>être</c>, still an active verb.</summary>
    Reflexive = 1 << 3,

    /// <summary>A definite or possessive determiner (<c>le</c>, <c>l'</c>, <c>the</c>, <c>his</c>).</summary>
    DefiniteDeterminer = 1 << 4,

    /// <summary>An indefinite determiner (<c>un</c>, <c>des</c>, <c>a</c>, <c>some</c>).</summary>
    IndefiniteDeterminer = 1 << 5,

    /// <summary>A preposition (<c>de</c>, <c>à</c>, <c>of</c>, <c>to</c>).</summary>
    Preposition = 1 << 6,

    /// <summary>A preposition introducing whom words are said to (<c>à</c>, <c>auprès</c>, <c>to</c>).</summary>
    AddresseePreposition = 1 << 7,

    /// <summary>A word opening a new clause (<c>que</c>, <c>mais</c>, <c>which</c>, <c>because</c>).</summary>
    ClauseStarter = 1 << 8,

    /// <summary>A conjunction opening a reported clause (<c>que</c>, <c>that</c>).</summary>
    Subordinator = 1 << 9,

    /// <summary>A coordinating conjunction (<c>et</c>, <c>and</c>).</summary>
    Conjunction = 1 << 10,

    /// <summary>A noun for a work or a verb of naming: a capitalised quote after it is a title (<c>le film</c>, <c>intitulé</c>, <c>dubbed</c>).</summary>
    TitleWord = 1 << 11,

    /// <summary>A distancing word: the quote after it is irony (<c>soi-disant</c>, <c>so-called</c>).</summary>
    ScareMarker = 1 << 12,

    /// <summary>A body through which a state speaks: a demonym with it names the speaker (<c>le gouvernement allemand</c>).</summary>
    Institution = 1 << 13,

    /// <summary>A relative pronoun that is the subject of its clause: <c>qui</c>, <c>who</c>.</summary>
    RelativePronoun = 1 << 14,

    /// <summary>A title before a name, outside the person's span: <c>M.</c>, <c>Mme</c>, <c>Mr</c>, <c>Dr</c>.</summary>
    Honorific = 1 << 15,

    /// <summary>A noun that a few quoted words right after it name (<c>la loi « anticasseurs »</c>, <c>the designation "enemy combatant"</c>).</summary>
    NamingNoun = 1 << 16,

    /// <summary>A demonstrative pronoun that a relative clause makes a person: <c>celui</c> (qui), <c>the one</c> (who).</summary>
    Demonstrative = 1 << 17,
}
