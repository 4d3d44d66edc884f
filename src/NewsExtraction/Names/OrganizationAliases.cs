using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using NewsExtraction.Pipeline;
using NewsExtraction.Text;

namespace NewsExtraction.Names;

/// <summary>
/// The organisations the news names most, with their aliases in French and English and their acronyms, each
/// group under one stable key (<c>OTAN</c>, <c>Otan</c>, <c>NATO</c>, <c>Alliance atlantique</c> → <c>NATO</c>),
/// including the institutions that stand for a government (<c>Kremlin</c>, <c>Maison-Blanche</c>, <c>Élysée</c>).
/// Use the key to join mentions across documents and languages.
/// </summary>
public static class OrganizationAliases
{
    // Key first, then aliases. "~" marks an alias that names the organisation only once it is known to be an
    // organisation (by the entity model): too generic or too often a word to be tagged on its own.
    private static readonly string[][] Groups =
    [
        ["NATO", "OTAN", "Otan", "NATO", "Alliance atlantique", "Alliance nord-atlantique", "Alliance Atlantique",
            "Organisation du traité de l'Atlantique nord", "North Atlantic Treaty Organization", "North Atlantic Alliance", "~Alliance"],
        ["United Nations", "ONU", "Onu", "UN", "U.N.", "Nations unies", "Nations Unies", "Organisation des Nations unies",
            "Organisation des Nations Unies", "United Nations"],
        ["UN Security Council", "Conseil de sécurité de l'ONU", "Conseil de sécurité des Nations unies", "Conseil de sécurité des Nations Unies",
            "UN Security Council", "U.N. Security Council", "United Nations Security Council", "~Conseil de sécurité", "~Security Council"],
        ["UN General Assembly", "Assemblée générale de l'ONU", "Assemblée générale des Nations unies", "UN General Assembly",
            "United Nations General Assembly", "~Assemblée générale", "~General Assembly"],
        ["European Union", "UE", "EU", "Union européenne", "European Union"],
        ["European Commission", "Commission européenne", "European Commission", "~Commission"],
        ["European Parliament", "Parlement européen", "European Parliament"],
        ["European Council", "Conseil européen", "European Council"],
        ["European Central Bank", "BCE", "ECB", "Banque centrale européenne", "European Central Bank"],
        ["World Health Organization", "OMS", "WHO", "Organisation mondiale de la santé", "Organisation mondiale de la Santé", "World Health Organization"],
        ["International Monetary Fund", "FMI", "IMF", "Fonds monétaire international", "International Monetary Fund"],
        ["World Bank", "Banque mondiale", "World Bank"],
        ["World Trade Organization", "OMC", "WTO", "Organisation mondiale du commerce", "World Trade Organization"],
        ["UNESCO", "Unesco", "UNESCO"],
        ["UNICEF", "Unicef", "UNICEF"],
        ["UNHCR", "HCR", "UNHCR", "Haut-Commissariat des Nations unies pour les réfugiés", "UN refugee agency"],
        ["World Food Programme", "PAM", "WFP", "Programme alimentaire mondial", "World Food Programme"],
        ["IAEA", "AIEA", "IAEA", "Agence internationale de l'énergie atomique", "International Atomic Energy Agency"],
        ["International Criminal Court", "CPI", "ICC", "Cour pénale internationale", "International Criminal Court"],
        ["International Court of Justice", "CIJ", "ICJ", "Cour internationale de justice", "Cour internationale de Justice", "International Court of Justice"],
        ["OSCE", "OSCE", "Organisation pour la sécurité et la coopération en Europe", "Organization for Security and Co-operation in Europe"],
        ["OECD", "OCDE", "OECD", "Organisation de coopération et de développement économiques", "Organisation for Economic Co-operation and Development"],
        ["OPEC", "Opep", "OPEP", "OPEC", "Organisation des pays exportateurs de pétrole", "Organization of the Petroleum Exporting Countries"],
        ["G7", "G7", "G-7"],
        ["G20", "G20", "G-20"],
        ["African Union", "Union africaine", "African Union", "~UA", "~AU"],
        ["ASEAN", "Asean", "ASEAN", "Anase"],
        ["Arab League", "Ligue arabe", "Arab League"],
        ["ECOWAS", "Cédéao", "CEDEAO", "Cedeao", "ECOWAS", "Communauté économique des États de l'Afrique de l'Ouest", "Economic Community of West African States"],
        ["Council of Europe", "Conseil de l'Europe", "Council of Europe"],
        ["ICRC", "CICR", "ICRC", "Comité international de la Croix-Rouge", "International Committee of the Red Cross"],
        ["Red Cross", "Croix-Rouge", "Red Cross"],
        ["Amnesty International", "Amnesty International", "~Amnesty"],
        ["Human Rights Watch", "HRW", "Human Rights Watch"],
        ["Doctors Without Borders", "MSF", "Médecins sans frontières", "Médecins Sans Frontières", "Doctors Without Borders"],
        ["Interpol", "Interpol"],
        ["Europol", "Europol"],
        ["Frontex", "Frontex"],
        ["Hamas", "Hamas"],
        ["Hezbollah", "Hezbollah", "Hizbollah"],
        ["Islamic State", "État islamique", "Etat islamique", "Islamic State", "Daech", "Daesh", "ISIS", "ISIL", "~EI", "~IS"],
        ["Wagner Group", "Wagner Group", "~groupe Wagner", "~Wagner"],
        ["Taliban", "talibans", "Talibans", "Taliban"],
        ["Agence France-Presse", "AFP", "Agence France-Presse", "Agence France Presse"],
        ["Reuters", "Reuters"],
        ["Associated Press", "AP", "Associated Press"],
        ["Bloomberg", "Bloomberg"],
        ["BBC", "BBC"],
        ["CNN", "CNN"],
        ["Yonhap", "Yonhap"],
        ["KCNA", "KCNA", "Korean Central News Agency", "agence officielle nord-coréenne KCNA"],
        ["TASS", "TASS", "Tass"],
        ["RIA Novosti", "RIA Novosti", "Ria Novosti"],
        ["Xinhua", "Xinhua", "Chine nouvelle"],
        ["Al Jazeera", "Al Jazeera", "Al-Jazeera"],
        ["Franceinfo", "Franceinfo", "franceinfo", "France Info"],
        ["France Télévisions", "France Télévisions"],
        ["Radio France", "Radio France"],
        ["RFI", "RFI"],
        ["France 24", "France 24"],
        ["LCI", "LCI"],
        ["TF1", "TF1"],
        ["BFMTV", "BFMTV", "BFM TV"],
        ["The New York Times", "New York Times"],
        ["The Washington Post", "Washington Post"],
        ["The Wall Street Journal", "Wall Street Journal"],
        ["Financial Times", "Financial Times"],
        ["Kremlin", "Kremlin"],
        ["White House", "Maison-Blanche", "Maison Blanche", "White House"],
        ["Pentagon", "Pentagone", "Pentagon"],
        ["Élysée", "Élysée", "Elysée", "Elysee", "palais de l'Élysée"],
        ["Matignon", "Matignon"],
        ["Quai d'Orsay", "Quai d'Orsay"],
        ["Downing Street", "Downing Street"],
        ["US State Department", "département d'État", "Département d'État", "département d'Etat", "State Department", "Department of State"],
        ["Federal Reserve", "Fed", "Réserve fédérale", "Federal Reserve"],
        ["Banque de France", "Banque de France"],
        ["Insee", "Insee", "INSEE"],
        ["Cour des comptes", "Cour des comptes"],
        ["Conseil constitutionnel", "Conseil constitutionnel"],
        ["Assemblée nationale", "Assemblée nationale"],
        ["Medef", "Medef", "MEDEF"],
        ["CGT", "CGT"],
        ["CFDT", "CFDT"],
        ["CIA", "CIA"],
        ["FBI", "FBI"],
        ["Mossad", "Mossad"],
        ["FSB", "FSB"],
        ["MI6", "MI6"],
        ["DGSE", "DGSE"],
        ["National Intelligence Service (South Korea)", "NIS", "Service national de renseignement", "Service de renseignement national",
            "National Intelligence Service"],
        ["Israel Defense Forces", "Tsahal", "IDF", "Israel Defense Forces"],

        // Social networks and the platforms the news quotes.
        ["Facebook", "Facebook"],
        ["Twitter", "Twitter"],
        ["Instagram", "Instagram"],
        ["YouTube", "YouTube", "Youtube"],
        ["TikTok", "TikTok", "Tiktok"],
        ["WhatsApp", "WhatsApp", "Whatsapp"],
        ["Snapchat", "Snapchat"],
        ["LinkedIn", "LinkedIn"],
        ["Telegram", "~Telegram"],
        ["Google", "Google"],
        ["Microsoft", "Microsoft"],
        ["Wikipedia", "Wikipedia", "Wikipédia"],
        ["Netflix", "Netflix"],

        // Parties, with their short names and the adjectives that name them ("Tory leader", "Conservative MP").
        ["Labour Party", "Labour Party", "Labour"],
        ["Conservative Party", "Conservative Party", "Conservatives", "Conservative", "Tories", "Tory"],
        ["Liberal Democrats", "Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem"],
        ["Scottish National Party", "Scottish National Party", "SNP"],
        ["UK Independence Party", "UK Independence Party", "UKIP", "Ukip"],
        ["Plaid Cymru", "Plaid Cymru"],
        ["Sinn Féin", "Sinn Féin", "Sinn Fein"],
        ["Democratic Unionist Party", "Democratic Unionist Party", "DUP"],
        ["Republican Party", "Republican Party", "GOP"],
        ["Democratic Party", "Democratic Party"],
        ["La République en marche", "La République en marche", "République en marche", "LREM", "LaREM", "En marche"],
        ["Les Républicains", "Les Républicains", "LR"],
        ["Parti socialiste", "Parti socialiste", "PS"],
        ["Rassemblement national", "Rassemblement national", "RN"],
        ["Front national", "Front national", "FN"],
        ["La France insoumise", "La France insoumise", "France insoumise", "LFI"],
        ["Europe Écologie Les Verts", "Europe Écologie Les Verts", "Europe Ecologie Les Verts", "EELV"],
        ["Parti communiste", "Parti communiste français", "Parti communiste", "parti communiste", "PCF"],
        ["MoDem", "MoDem", "Modem", "Mouvement démocrate"],
        ["UDI", "UDI"],
        ["Debout la France", "Debout la France"],
        ["Vlaams Belang", "Vlaams Belang"],
        ["N-VA", "N-VA", "NVA"],
        ["Mouvement réformateur", "Mouvement réformateur", "MR"],
        ["Ecolo", "Ecolo"],
        ["PTB", "PTB", "Parti du travail de Belgique"],
        ["Parti québécois", "Parti québécois", "PQ"],
        ["Coalition avenir Québec", "Coalition avenir Québec", "Coalition Avenir Québec", "CAQ"],
        ["Parti libéral du Québec", "Parti libéral du Québec", "PLQ"],
        ["Québec solidaire", "Québec solidaire"],
        ["Bloc québécois", "Bloc québécois"],
        ["UDC", "UDC", "Union démocratique du centre"],
        ["PLR", "PLR"],

        // Unions.
        ["Force ouvrière", "Force ouvrière", "FO"],
        ["UNSA", "Unsa", "UNSA"],
        ["CFE-CGC", "CFE-CGC"],
        ["FSU", "FSU"],
        ["TUC", "TUC", "Trades Union Congress"],

        // Newspapers, radio and television.
        ["Le Monde", "Le Monde"],
        ["Libération", "Libération"],
        ["Le Figaro", "Le Figaro"],
        ["La Croix", "La Croix"],
        ["Les Echos", "Les Echos", "Les Échos"],
        ["Le Parisien", "Le Parisien"],
        ["Le Journal du dimanche", "Journal du dimanche", "Journal du Dimanche", "JDD"],
        ["L'Express", "L'Express"],
        ["Le Point", "Le Point"],
        ["L'Obs", "L'Obs", "Nouvel Observateur"],
        ["Mediapart", "Mediapart"],
        ["Ouest-France", "Ouest-France"],
        ["Le Canard enchaîné", "Canard enchaîné"],
        ["Le Soir", "Le Soir"],
        ["La Libre Belgique", "La Libre Belgique", "La Libre"],
        ["RTBF", "RTBF"],
        ["VRT", "VRT"],
        ["RTL", "RTL"],
        ["Le Devoir", "Le Devoir"],
        ["La Presse", "La Presse"],
        ["Le Journal de Montréal", "Journal de Montréal"],
        ["Radio-Canada", "Radio-Canada"],
        ["TVA", "TVA"],
        ["Le Temps", "Le Temps"],
        ["Tribune de Genève", "Tribune de Genève"],
        ["RTS", "RTS"],
        ["France Inter", "France Inter"],
        ["France 2", "France 2"],
        ["France 3", "France 3"],
        ["Europe 1", "Europe 1"],
        ["Canal+", "Canal+"],
        ["CNews", "CNews"],
        ["BBC One", "BBC One"],
        ["BBC News", "BBC News"],
        ["BBC World Service", "BBC World Service"],
        ["Sky News", "Sky News"],
        ["ITV", "ITV"],
        ["Channel 4", "Channel 4"],
        ["The Daily Telegraph", "Daily Telegraph"],
        ["Daily Mail", "Daily Mail"],
        ["Daily Mirror", "Daily Mirror"],
        ["Daily Star", "Daily Star"],
        ["Daily Express", "Daily Express"],
        ["The Guardian", "~Guardian"],
        ["The Observer", "~Observer"],
        ["The Economist", "Economist"],
        ["Fox News", "Fox News"],
        ["NBC", "NBC"],
        ["CBS", "CBS"],
        ["CNBC", "CNBC"],
        ["NPR", "NPR"],
        ["USA Today", "USA Today"],

        // Polling institutes.
        ["Ifop", "Ifop", "IFOP"],
        ["Ipsos", "Ipsos", "IPSOS"],
        ["Odoxa", "Odoxa"],
        ["Elabe", "Elabe"],
        ["OpinionWay", "OpinionWay"],
        ["Harris Interactive", "Harris Interactive"],
        ["BVA", "BVA"],
        ["Kantar", "Kantar"],
        ["YouGov", "YouGov"],
        ["Gallup", "Gallup"],
        ["Léger", "~Léger"],
    ];

    // Spellings of one phrase key (OTAN, Otan): any of them may match, each with its own case rule.
    private static readonly OrganizationAlias[][] Spellings;

    /// <summary>The aliases by phrase key; a value indexes the spellings that <see cref="Find(DocumentContext, int, int)"/> checks.</summary>
    internal static PhraseDictionary Phrases { get; }

    static OrganizationAliases()
    {
        var spellings = new List<List<OrganizationAlias>>();
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string[] group in Groups)
        {
            foreach (string written in group.AsSpan(1))
            {
                bool tags = written[0] != '~';
                string alias = tags ? written : written[1..];
                string key = PhraseDictionary.KeyOf(alias);
                if (!phrases.TryGetValue(key, out int index))
                {
                    phrases[key] = index = spellings.Count;
                    spellings.Add([]);
                }
                string surface = string.Join(' ', Tokenizer.Tokenize(alias).Select(t => alias[t.Start..t.End]));
                spellings[index].Add(new OrganizationAlias(group[0], surface, CaseRules.Infer(surface, CaseRule.Initials), tags));
            }
        }
        Spellings = [.. spellings.Select(s => s.ToArray())];
        Phrases = new PhraseDictionary(phrases);
    }

    /// <summary>Finds the stable key of an organisation from one of its names, as written in a document.</summary>
    /// <param name="name">A name such as <c>Otan</c>, <c>Nations unies</c> or <c>White House</c>.</param>
    /// <param name="key">The organisation's key (<c>NATO</c>, <c>United Nations</c>, <c>White House</c>), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a known alias.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGetKey(string name, [NotNullWhen(true)] out string? key)
    {
        ArgumentNullException.ThrowIfNull(name);
        Token[] tokens = ArrayPool<Token>.Shared.Rent(Math.Max(1, name.Length));
        try
        {
            int count = Tokenizer.Tokenize(name, tokens);
            OrganizationAlias? alias = Find(name, TextFolding.Fold(name), tokens.AsSpan(0, count), 0, count);
            key = alias?.Key;
            return alias is not null;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    /// <summary>The alias spelled by tokens <c>[first, first + count)</c> of the document, if its case agrees.</summary>
    internal static OrganizationAlias? Find(DocumentContext document, int first, int count) =>
        Find(document.Text, document.FoldedText, document.Tokens, first, count);

    /// <summary>The alias of <paramref name="hit"/>, found by <see cref="Phrases"/> at token <paramref name="first"/> of the document, if its case agrees.</summary>
    internal static OrganizationAlias? Find(DocumentContext document, int first, PhraseHit hit) =>
        Spelling(document.Text, document.Tokens, first, hit.TokenCount, hit.Value);

    /// <summary>The alias spelled by tokens <c>[first, first + count)</c> of <paramref name="text"/> (<paramref name="folded"/> when folded), if its case agrees.</summary>
    private static OrganizationAlias? Find(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int first, int count) =>
        count > 0 && Phrases.TryGetValue(folded, tokens, first, count, out int index) ? Spelling(text, tokens, first, count, index) : null;

    // The spelling of phrase "index" whose case the tokens agree with.
    private static OrganizationAlias? Spelling(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count, int index)
    {
        foreach (OrganizationAlias alias in Spellings[index])
        {
            if (CaseRules.Matches(alias.Case, alias.Surface, text, tokens, first, count))
            {
                return alias;
            }
        }
        return null;
    }
}
