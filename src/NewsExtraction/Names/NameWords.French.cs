namespace NewsExtraction.Names;

internal sealed partial class NameWords
{
    /// <summary>French titles, roles and organisation cues.</summary>
    public static readonly NameWords French = new(
        honorifics: ["M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "Pr"],
        titles:
        [
            "Me", "Mes", "Monsieur", "Madame", "Mademoiselle",
            "Maître", "Docteur", "Professeur", "Monseigneur", "Président", "Présidente", "Premier", "Première", "Ministre",
            "Général", "Gal", "Colonel", "Capitaine", "Commandant", "Lieutenant", "Sergent", "Amiral", "Cheikh", "Ayatollah",
            "Imam", "Rabbin", "Abbé", "Cardinal", "Pape", "Sénateur", "Sénatrice", "Député", "Députée", "Maire", "Juge",
            "Commissaire", "Inspecteur",
        ],
        portfolioRoles: ["ministre", "secrétaire", "chargé", "chargée", "délégué", "déléguée", "commissaire"],
        organizationNouns:
        [
            "société", "entreprise", "firme", "groupe", "géant", "enseigne", "chaîne", "constructeur", "équipementier",
            "compagnie", "transporteur", "banque", "assureur", "courtier", "brasseur", "fabricant", "producteur",
            "fournisseur", "éditeur", "studio", "label", "opérateur", "filiale", "distributeur", "journal", "quotidien",
            "hebdomadaire", "mensuel", "magazine", "radio", "télévision", "site", "plateforme", "plate-forme", "institut",
            "agence", "parti", "syndicat", "club", "association", "fondation", "cabinet", "start-up", "startup", "jeune-pousse",
            "organisme", "régulateur", "mouvement", "formation", "hôpital", "clinique", "réseau", "application", "messagerie",
        ],
        organizationHeads:
        [
            "Cour", "Tribunal", "Conseil", "Commission", "Comité", "Parlement", "Assemblée", "Sénat", "Agence", "Association",
            "Fédération", "Union", "Parti", "Ministère", "Office", "Autorité", "Banque", "Institut", "Fondation", "Société",
            "Compagnie", "Groupe", "Organisation", "Service", "Syndicat", "Confédération", "Université", "École", "Ecole",
            "Collège", "Lycée", "Préfecture", "Police", "Gendarmerie", "Armée", "Caisse", "Mutuelle", "Crédit",
        ],
        pressHeads: ["Journal", "Courrier", "Gazette", "Tribune", "Nouvelliste", "Dépêche", "Quotidien"],
        legalSuffixes:
        [
            "SA", "SAS", "SARL", "SNC", "SE", "AG", "GmbH", "NV", "BV", "SpA", "Inc", "Ltd", "plc", "Corp", "Holding", "Groupe",
        ],
        possessedByOrganizations: [],
        personNouns:
        [
            "président", "présidente", "directeur", "directrice", "fondateur", "fondatrice", "patron", "patronne",
            "porte-parole", "responsable", "dirigeant", "dirigeante", "chef", "membre", "ministre", "député", "députée",
            "analyste", "économiste", "avocat", "avocate", "rédacteur", "rédactrice", "journaliste", "conseiller",
            "conseillère", "élu", "élue", "militant", "militante", "salarié", "salariée", "employé", "employée",
            "fondé", "administrateur", "administratrice", "actionnaire", "gérant", "gérante", "cofondateur", "cofondatrice",
        ],
        indefiniteArticles: ["un", "une"],
        copulas: ["est", "était", "reste", "devient", "demeure"],
        workplacePrepositions: ["chez"],
        namePrepositions: ["de", "du", "des", "d'", "pour"],
        nameArticles: ["la", "l'", "le", "les"],
        articlesOutsideNames: [],
        ministryNouns: ["ministère", "secrétariat"],
        capitalisedCommonNouns:
        [
            "État", "Etat", "République", "Constitution", "Smic", "SMIC", "Européens", "Européennes", "Africains",
            "Africaines", "Asiatiques", "Occidentaux", "Arabes",
        ]);
}
