namespace PolicyEvents.Synthetic;

/// <summary>The word pools the generator draws from: invented names, and statements worded like real ones.</summary>
internal static class SyntheticText
{
    internal static readonly string[] CompanyStems =
    [
        "Lum", "Vex", "Orb", "Quill", "Nim", "Zeph", "Cor", "Tal", "Hex", "Bry", "Mor", "Sol", "Kin", "Pax", "Rhe",
        "Ulv", "Dra", "Fen", "Gal", "Jor", "Ist", "Wyn", "Ost", "Elm", "Cael", "Tors", "Nov", "Arc", "Sen", "Vir",
    ];

    internal static readonly string[] CompanySuffixes =
    [
        "atel", "ora", "ify", "io", "ex", "ly", "net", "wave", "hub", "base", "grid", "loop", "cast", "mesh", "sync",
        "ware", "chat", "cloud", "pay", "verse",
    ];

    internal static readonly string[] CompanyForms = ["", "", " Inc.", " Ltd", " Technologies", " Platforms", " Communications", " GmbH"];

    internal static readonly string[] Publishers =
    [
        "Reuters", "Agence France-Presse", "RTHK", "The Guardian", "South China Morning Post", "Hong Kong Free Press",
        "The Verge", "TechCrunch", "Financial Times", "Nikkei Asia", "BBC News", "Le Monde", "Der Spiegel",
        "The Washington Post", "Bloomberg", "Rest of World", "Company blog", "Transparency report", "Associated Press",
        "Al Jazeera",
    ];

    internal static readonly string[] Agencies = ["AFP", "Reuters", "AP", "dpa", "Kyodo", "EFE"];

    internal static readonly string[] Headlines =
    [
        "{0} pauses data requests from {1} authorities",
        "{0} says it is reviewing how it handles requests from {1}",
        "{0} resumes processing of government requests in {1}",
        "{0} to accept {1} requests only through mutual legal assistance",
        "{0} withdraws from {1} after new security law",
        "{0} refuses to hand over user data to {1} police",
        "Tech firms including {0} weigh response to {1} data law",
        "{0} transparency report shows fewer requests from {1}",
    ];

    internal static readonly string[] Statements =
    [
        "{0} has paused the processing of data requests from {1} authorities {2}. We believe freedom of expression is a fundamental human right and support the right of people to express themselves without fear for their safety or other repercussions.",
        "We are reviewing the new law in {1} {2}, and during this time we are not processing new requests for user data from the authorities there. {0} remains committed to transparency.",
        "\"{0} has always had a global process for handling government requests for user data,\" a spokesperson said, adding that requests from {1} would now be assessed {2}.",
        "Effective immediately, {0} will only accept requests from {1} through the mutual legal assistance treaty process, {2}.",
        "{0} has decided to stop operating its services in {1} {2}. We thank our users there for their support.",
        "We have not produced any data in response to requests from {1} since the law took effect, and we will continue to refuse such requests {2}.",
        "As always, {0} reviews every request from {1} for legal sufficiency and pushes back where requests are overly broad {2}.",
        "{0} will resume responding to requests from {1} under our usual process {2}; emergency disclosure requests continue to be reviewed case by case.",
    ];

    internal static readonly string[] ChineseStatements =
    [
        "{0}已暫停處理{1}當局的用戶資料要求，{2}。我們相信言論自由是基本人權。",
        "{0}正在檢視{1}的新法例，在此期間不會處理新的用戶資料要求（{2}）。",
        "{0}表示，來自{1}的要求將只會透過司法互助程序處理，{2}。",
    ];

    internal static readonly string[] Reasons =
    [
        "pending further assessment of the new law",
        "while we assess the impact on our users",
        "including formal human rights due diligence and consultations with human rights experts",
        "in line with our global policies",
        "until further notice",
        "as required by applicable law",
        "after consultation with international human rights experts",
        "on a case-by-case basis",
    ];

    internal static readonly string[] Conditions =
    [
        "pending further assessment of the National Security Law",
        "until a formal human rights due diligence is complete",
        "subject to review by the company's legal team",
        "while the law is under review by courts",
    ];

    internal static readonly string[] Exceptions =
    [
        "emergency disclosure requests are still reviewed case by case",
        "content removal requests continue to be assessed under local law",
        "requests received through the MLAT process are still answered",
    ];

    internal static readonly string[] Products = ["Messenger", "Search", "Cloud", "Mail", "Video", "Photos", "Maps", "Pay"];

    internal static readonly string[] Roles = ["spokesperson", "general counsel", "head of public policy", "chief privacy officer", "vice-president, communications"];

    internal static readonly string[] Notes =
    [
        "Effective date inferred from the announcement.",
        "Sources differ on the day; the earlier one is recorded.",
        "Reported by several outlets from the same agency copy.",
    ];

    private static readonly string[] GivenNames = ["Ada", "Wei", "Samir", "Lena", "Kofi", "Mei", "Jonas", "Priya", "Tomás", "Yuki", "Grace", "Omar"];

    private static readonly string[] FamilyNames = ["Chan", "Okafor", "Schmidt", "Nakamura", "Haddad", "Silva", "Novak", "Wong", "Kowalski", "Dubois", "Lee", "Patel"];

#pragma warning disable CA5394 // Deterministic test data, not security.
    internal static string Pick(Random random, string[] pool) => pool[random.Next(pool.Length)];

    internal static string Person(Random random) => Pick(random, GivenNames) + " " + Pick(random, FamilyNames);
}
