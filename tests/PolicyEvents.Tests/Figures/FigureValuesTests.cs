using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Tests.Figures;

public class FigureValuesTests
{
    private static readonly RequestCategory Total = new("Total Requests", RequestKinds.UserData | RequestKinds.EmergencyDisclosure, LegalProcessKind.All);

    private static ReportedFigures HongKong() => new(
        new CompanyId("facebook"),
        new JurisdictionCode("HK"),
        "Hong Kong",
        ReportingPeriod.HalfYear(2020, 1),
        Total,
        new RequestFigures(PublishedNumber.Exact(262), PublishedNumber.Exact(285), PublishedNumber.Exact(62), PublishedNumber.Percentage(24)),
        new FigureProvenance("meta-2020_H1.csv", 98));

    [Fact]
    public void RequestCategory_keeps_the_label_and_checks_its_mapping()
    {
        Total.Label.Should().Be("Total Requests");
        Total.IsMapped.Should().BeTrue();
        new RequestCategory("Something").Should().Be(new RequestCategory("Something", RequestKinds.None, LegalProcessKind.Unspecified));
        new RequestCategory("Something").IsMapped.Should().BeFalse();
        Total.WithKinds(RequestKinds.UserData).Kinds.Should().Be(RequestKinds.UserData);
        Total.WithLegalProcess(LegalProcessKind.Emergency).Should().NotBe(Total);
        Total.ToString().Should().Be("\"Total Requests\" (All: UserData, EmergencyDisclosure)");

        FluentActions.Invoking(() => new RequestCategory(" Total")).Should().Throw<ArgumentException>().WithParameterName("label");
        FluentActions.Invoking(() => new RequestCategory("Total", (RequestKinds)64)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kinds");
        FluentActions.Invoking(() => new RequestCategory("Total", RequestKinds.None, (LegalProcessKind)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("legalProcess");
        FluentActions.Invoking(() => Total.WithLegalProcess((LegalProcessKind)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RequestFigures_keeps_counts_and_percentages_apart()
    {
        var figures = new RequestFigures();
        figures.IsEmpty.Should().BeTrue();
        figures.ToString().Should().Be("requests ?, accounts ?, produced ? (?)");

        FluentActions.Invoking(() => new RequestFigures(requests: PublishedNumber.Percentage(24))).Should().Throw<ArgumentException>().WithParameterName("requests");
        FluentActions.Invoking(() => new RequestFigures(accounts: PublishedNumber.Percentage(24))).Should().Throw<ArgumentException>().WithParameterName("accounts");
        FluentActions.Invoking(() => new RequestFigures(requestsWithDataProduced: PublishedNumber.Percentage(24))).Should().Throw<ArgumentException>().WithParameterName("requestsWithDataProduced");
        FluentActions.Invoking(() => new RequestFigures(percentWithDataProduced: PublishedNumber.Exact(24))).Should().Throw<ArgumentException>().WithParameterName("percentWithDataProduced");
        FluentActions.Invoking(() => figures.WithRequests(PublishedNumber.Percentage(1))).Should().Throw<ArgumentException>("With… validates like the constructor");

        var filled = figures.WithRequests(PublishedNumber.Exact(262)).WithAccounts(PublishedNumber.Exact(285))
            .WithRequestsWithDataProduced(PublishedNumber.Exact(62)).WithPercentWithDataProduced(PublishedNumber.Percentage(24));
        filled.Should().Be(HongKong().Figures);
        filled.GetHashCode().Should().Be(HongKong().Figures.GetHashCode());
        filled.IsEmpty.Should().BeFalse();
        filled.ToString().Should().Be("requests 262, accounts 285, produced 62 (24%)");
        (filled == HongKong().Figures).Should().BeTrue();
        (filled != figures).Should().BeTrue();
    }

    [Fact]
    public void ReportedFigures_has_value_equality_and_validating_withers()
    {
        var a = HongKong();
        var b = HongKong();

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.WithProvenance(null).Should().NotBe(a);
        a.WithPeriod(ReportingPeriod.HalfYear(2020, 2)).Period.Should().Be(ReportingPeriod.HalfYear(2020, 2));
        a.WithCategory(new RequestCategory("Other")).Category.Label.Should().Be("Other");
        a.WithCompany(new CompanyId("meta")).Company.Should().Be(new CompanyId("meta"));
        a.WithFigures(new RequestFigures()).Figures.IsEmpty.Should().BeTrue();
        var un = a.WithJurisdiction(null, "United Nations");
        un.Jurisdiction.Should().BeNull();
        un.ToString().Should().StartWith("facebook \"United Nations\" 2020-01-01/2020-06-30");
        a.ToString().Should().Be("facebook HK 2020-01-01/2020-06-30 \"Total Requests\": requests 262, accounts 285, produced 62 (24%)");

        FluentActions.Invoking(() => a.WithJurisdiction(new JurisdictionCode("HK"), " ")).Should().Throw<ArgumentException>().WithParameterName("jurisdictionName");
        FluentActions.Invoking(() => a.WithJurisdiction(default(JurisdictionCode), "Hong Kong")).Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
        FluentActions.Invoking(() => a.WithCompany(default)).Should().Throw<ArgumentException>().WithParameterName("company");
        FluentActions.Invoking(() => a.WithPeriod(null!)).Should().Throw<ArgumentNullException>().WithParameterName("period");
        FluentActions.Invoking(() => a.WithCategory(null!)).Should().Throw<ArgumentNullException>().WithParameterName("category");
        FluentActions.Invoking(() => a.WithFigures(null!)).Should().Throw<ArgumentNullException>().WithParameterName("figures");
    }

    [Fact]
    public void FigureProvenance_is_a_file_name_and_a_one_based_line()
    {
        var provenance = new FigureProvenance("google.csv", 614);

        provenance.ToString().Should().Be("google.csv:614");
        provenance.Should().Be(new FigureProvenance("google.csv", 614));
        provenance.Should().NotBe(new FigureProvenance("google.csv", 615));
        FluentActions.Invoking(() => new FigureProvenance("google.csv", 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("line");
        FluentActions.Invoking(() => new FigureProvenance(string.Empty, 1)).Should().Throw<ArgumentException>().WithParameterName("fileName");
    }

    [Fact]
    public void FigureIssue_prints_like_a_compiler_and_checks_its_code()
    {
        var issue = new FigureIssue(FigureIssueSeverity.Warning, "unmapped-jurisdiction", "No code.", new FigureProvenance("google.csv", 614), "Country/Region");

        issue.ToString().Should().Be("google.csv:614 [Country/Region]: warning unmapped-jurisdiction: No code.");
        issue.FileName.Should().Be("google.csv");
        issue.Line.Should().Be(614);
        new FigureIssue(FigureIssueSeverity.Error, "empty-file", "Nothing.").ToString().Should().Be("error empty-file: Nothing.");
        new FigureIssue(FigureIssueSeverity.Error, "x", "y", column: "Accounts").ToString().Should().Be("[Accounts]: error x: y");
        issue.Should().Be(new FigureIssue(FigureIssueSeverity.Warning, "unmapped-jurisdiction", "No code.", new FigureProvenance("google.csv", 614), "Country/Region"));
        issue.GetHashCode().Should().Be(new FigureIssue(FigureIssueSeverity.Warning, "unmapped-jurisdiction", "No code.", new FigureProvenance("google.csv", 614), "Country/Region").GetHashCode());
        issue.Should().NotBe(new FigureIssue(FigureIssueSeverity.Error, "unmapped-jurisdiction", "No code.", new FigureProvenance("google.csv", 614), "Country/Region"));

        FluentActions.Invoking(() => new FigureIssue(FigureIssueSeverity.Warning, "Not A Slug", "m")).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => new FigureIssue(FigureIssueSeverity.Warning, "code", " ")).Should().Throw<ArgumentException>().WithParameterName("message");
        FluentActions.Invoking(() => new FigureIssue((FigureIssueSeverity)5, "code", "m")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("severity");
    }

    [Fact]
    public void FigureImportResult_compares_by_content()
    {
        var a = new PolicyEvents.Import.FigureImportResult([HongKong()], [new FigureIssue(FigureIssueSeverity.Warning, "w", "m")]);
        var b = new PolicyEvents.Import.FigureImportResult([HongKong()], [new FigureIssue(FigureIssueSeverity.Warning, "w", "m")]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.HasErrors.Should().BeFalse();
        a.ToString().Should().Be("1 figure sets, 1 issues (0 errors)");
        new PolicyEvents.Import.FigureImportResult(null, [new FigureIssue(FigureIssueSeverity.Error, "e", "m")]).HasErrors.Should().BeTrue();
        new PolicyEvents.Import.FigureImportResult(null, null).Figures.Should().BeEmpty();
        FluentActions.Invoking(() => new PolicyEvents.Import.FigureImportResult([null!], null)).Should().Throw<ArgumentException>().WithParameterName("figures");
    }

    [Fact]
    public void Every_public_figure_and_import_type_is_immutable()
    {
        var types = typeof(ReportedFigures).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "PolicyEvents.Figures" or "PolicyEvents.Import")
            .ToList();

        types.Should().HaveCountGreaterThan(10);
        // Exceptions (ImportMapException) are not values: System.Exception's HelpLink and Source have public setters.
        foreach (var type in types.Where(t => !t.IsEnum && !typeof(Exception).IsAssignableFrom(t)))
        {
            (type.IsValueType || type.IsSealed).Should().BeTrue($"{type.Name} must be sealed, static, a struct or an enum");
            type.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Should().BeEmpty($"{type.Name} must have no public setters");
            type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Should().BeEmpty($"{type.Name} must expose no fields");
        }
    }
}
