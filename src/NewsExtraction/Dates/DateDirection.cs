namespace NewsExtraction.Dates;

/// <summary>Which way from the document's date a day reference points: what <c>dernier</c>, <c>next</c> or a verb's tense say.</summary>
internal enum DateDirection : byte
{
    /// <summary>Nothing says; the nearest reading wins.</summary>
    None,

    /// <summary>Before the document's date (or on it): <c>lundi dernier</c>, <c>a annoncé</c>, <c>yesterday</c>.</summary>
    Past,

    /// <summary>After the document's date (or on it): <c>samedi prochain</c>, <c>recevra</c>, <c>will</c>.</summary>
    Future,
}
