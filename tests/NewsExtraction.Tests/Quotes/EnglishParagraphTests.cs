namespace NewsExtraction.Tests.Quotes;

/// <summary>
/// English news paragraphs written for these tests, with every quote they hold: its text, its speaker's name and
/// its cue. English is held to the same bar as the French gold articles.
/// </summary>
public sealed class EnglishParagraphTests
{
    public static TheoryData<string, string[]> Paragraphs => new()
    {
        {
            "WASHINGTON — The [O:Pentagon] said on Wednesday that about 3,000 North Korean soldiers had been sent to eastern [C:Russia]. \"If they are co-belligerents, if their intention is to participate in this war on Russia's behalf, that is a very, very serious issue,\" Defense Secretary [P:Lloyd Austin] told reporters in Rome.",
            ["If they are co-belligerents, if their intention is to participate in this war on Russia's behalf, that is a very, very serious issue, | Lloyd Austin | told"]
        },
        {
            "\"The world cannot look away,\" UN Secretary-General [P:Antonio Guterres] told reporters in Geneva. \"Hundreds of thousands of children are at risk of starving.\"",
            ["The world cannot look away, | Antonio Guterres | told", "Hundreds of thousands of children are at risk of starving. | Antonio Guterres | "]
        },
        {
            "British Foreign Secretary [P:David Lammy] said the [C:UK] would give an extra £40 million. \"We will not stand by,\" he said.",
            ["We will not stand by, | David Lammy | said"]
        },
        {
            "White House spokesman [P:John Kirby] briefed journalists on Thursday. Asked about the deployment, the spokesman said it was \"a dangerous and destabilising development\".",
            ["a dangerous and destabilising development | John Kirby | said"]
        },
        {
            "According to the [O:World Health Organization], \"about 70% of hospitals in the conflict areas are no longer working\".",
            ["about 70% of hospitals in the conflict areas are no longer working | World Health Organization | According to"]
        },
        {
            "\"We are seeing a very significant escalation,\" said [P:Mark Rutte], [O:NATO]'s secretary general, after a meeting in Brussels.",
            ["We are seeing a very significant escalation, | Mark Rutte | said"]
        },
        {
            "[P:Zelensky=Volodymyr Zelensky] addressed parliament on Tuesday. \"We have held the line for two years,\" he said. \"We will hold it for as long as it takes.\n\n\"Our partners must understand that every delay costs lives.\"",
            ["We have held the line for two years, | Volodymyr Zelensky | said", "We will hold it for as long as it takes. | Volodymyr Zelensky | ", "Our partners must understand that every delay costs lives. | Volodymyr Zelensky | "]
        },
        {
            "[C:China] urged restraint on Monday. In a statement, it said all parties should \"avoid any action that could escalate tensions\".",
            ["avoid any action that could escalate tensions | China | said"]
        },
        {
            "\"The troops are already at the front,\" a senior U.S. official told [O:Reuters], speaking on condition of anonymity.",
            ["The troops are already at the front, |  | told"]
        },
        {
            "[P:Kaja Kallas]: \"Russia must pay for the damage it has caused.\"",
            ["Russia must pay for the damage it has caused. | Kaja Kallas | :"]
        },
        {
            "The so-called \"peace plan\" was presented in a documentary titled \"The Long Road\". [P:Antony Blinken] dismissed it as \"a non-starter\".",
            ["a non-starter | Antony Blinken | dismissed"]
        },
        {
            "\"We will rebuild every school and every hospital.\" — [P:Denys Shmyhal], Ukrainian prime minister",
            ["We will rebuild every school and every hospital. | Denys Shmyhal | —"]
        },
        {
            "\"The talks were constructive,\" [P:Sergei Lavrov] said after meeting his counterpart. [P:Choe Son-hui] replied that the two countries would \"stand together until victory\".",
            ["The talks were constructive, | Sergei Lavrov | said", "stand together until victory | Choe Son-hui | replied"]
        },
        {
            "NATO warns of \"a significant escalation\"\n\nNATO Secretary General [P:Mark Rutte] said on Monday that sending troops to fight in Ukraine \"would mark a significant escalation\" of the war.",
            ["a significant escalation | Mark Rutte | warns", "would mark a significant escalation | Mark Rutte | said"]
        },
        {
            "[P:Ursula von der Leyen] had warned in March that Europe was \"not prepared\". She added on Friday: \"We are now catching up.\"",
            ["not prepared | Ursula von der Leyen | had warned", "We are now catching up. | Ursula von der Leyen | added"]
        },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Every_quote_is_found_with_its_speaker_and_cue(string marked, string[] expected)
    {
        string[] actual = [.. MarkedDocument.Extract(marked, Language.English).Select(q => $"{q.Text} | {q.Speaker?.Name} | {q.Cue}")];
        Assert.Equal(expected, actual);
    }
}
