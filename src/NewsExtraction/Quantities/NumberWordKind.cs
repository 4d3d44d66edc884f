namespace NewsExtraction.Quantities;

/// <summary>The part a number word plays when words are combined into a cardinal.</summary>
internal enum NumberWordKind : byte
{
    /// <summary>Zero to nineteen: added to the tens (<c>vingt-deux</c>, <c>seventy-two</c>).</summary>
    Unit,

    /// <summary>Twenty to ninety: <c>soixante</c>, <c>forty</c>.</summary>
    Ten,

    /// <summary><c>cent</c>, <c>hundred</c>: multiplies what is below a hundred.</summary>
    Hundred,

    /// <summary><c>mille</c>, <c>thousand</c>, <c>million</c>, <c>milliard</c>, <c>billion</c>: closes a group of three digits.</summary>
    Scale,

    /// <summary><c>dozen</c>: twelve times what precedes (<c>two dozen</c>, <c>a dozen</c>).</summary>
    Dozen,

    /// <summary><c>un</c>, <c>une</c>, <c>a</c>, <c>an</c>: one only before a multiplier (<c>un million</c>, <c>a hundred</c>), else an article.</summary>
    Article,

    /// <summary><c>et</c>, <c>and</c>: joins <c>vingt et un</c>, <c>one hundred and five</c>.</summary>
    Connector,
}
