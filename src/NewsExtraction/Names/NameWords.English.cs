namespace NewsExtraction.Names;

internal sealed partial class NameWords
{
    /// <summary>English titles, roles and organisation cues.</summary>
    public static readonly NameWords English = new(
        honorifics: ["Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Drs", "Prof", "Rev", "Revd"],
        titles:
        [
            "Miss", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Reverend", "Rabbi", "Imam", "Sheikh", "Ayatollah", "Mullah",
            "Bishop", "Archbishop", "Cardinal", "Pope", "President", "Chancellor", "Premier", "Senator", "Sen", "Rep",
            "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "Minister", "Secretary", "Ambassador", "Judge",
            "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Lt", "Sergeant",
            "Sgt", "Admiral", "Adm", "Commander", "Cdr", "Inspector", "Detective", "Det", "Commissioner",
        ],
        portfolioRoles: ["minister", "secretary", "commissioner"],
        organizationNouns:
        [
            "company", "firm", "group", "giant", "retailer", "chain", "carmaker", "automaker", "airline", "carrier", "bank",
            "lender", "broker", "insurer", "brewer", "maker", "manufacturer", "producer", "supplier", "publisher", "studio",
            "label", "operator", "conglomerate", "subsidiary", "supermarket", "grocer", "newspaper", "paper", "tabloid",
            "daily", "weekly", "magazine", "broadcaster", "channel", "network", "website", "site", "platform", "pollster",
            "institute", "agency", "party", "union", "club", "charity", "foundation", "think-tank", "watchdog", "regulator",
            "developer", "distributor", "exporter", "importer", "outlet", "consultancy", "stockbroker", "app",
        ],
        organizationHeads:
        [
            "Court", "Committee", "Commission", "Council", "Parliament", "Assembly", "Senate", "Congress", "Agency",
            "Association", "Federation", "Union", "Party", "Ministry", "Department", "Office", "Authority", "Board",
            "Bank", "Institute", "Institution", "Foundation", "Society", "Corporation", "Company", "Group", "Organisation",
            "Organization", "Service", "Commons", "Tribunal", "Club", "League", "University", "College", "School",
            "Police", "Army", "Navy",
        ],
        pressHeads: ["Daily", "Journal", "Gazette"],
        legalSuffixes:
        [
            "plc", "Plc", "PLC", "Ltd", "Limited", "Inc", "Corp", "Corporation", "Co", "LLC", "LLP", "LP", "Holdings",
            "Group", "AG", "SA", "SE", "NV", "BV", "GmbH", "SpA", "AB", "ASA", "Oyj", "KK",
        ],
        possessedByOrganizations:
        [
            "shares", "share", "stock", "shareholders", "profits", "profit", "revenues", "revenue", "sales", "earnings",
            "turnover", "subsidiary", "subsidiaries", "headquarters", "board", "products", "brands", "stores", "shops",
            "customers", "workforce", "employees", "chairman", "chairwoman", "ceo", "website",
        ],
        personNouns:
        [
            "chairman", "chairwoman", "chair", "chief", "boss", "executive", "director", "founder", "owner", "spokesman",
            "spokeswoman", "spokesperson", "president", "analyst", "head", "manager", "leader", "member", "minister",
            "secretary", "editor", "reporter", "correspondent", "economist", "officer", "official", "lawyer", "adviser",
            "advisor", "employee", "worker", "striker", "player", "coach", "captain", "star", "singer", "actor", "actress",
        ],
        indefiniteArticles: ["a", "an"],
        copulas: ["is", "was", "remains", "became"],
        workplacePrepositions: ["at"],
        namePrepositions: ["of", "for"],
        nameArticles: ["the"],
        articlesOutsideNames: ["the"],
        ministryNouns: ["ministry", "department"],
        capitalisedCommonNouns: ["State", "Government", "Constitution", "Europeans", "Africans", "Asians", "Westerners", "Arabs"]);
}
