using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Tests.Figures;

public class FigureValidatorTests
{
    private static readonly RequestCategory Legal = new("Other Legal Requests", RequestKinds.UserData, LegalProcessKind.LegalProcess);

    private static ReportedFigures Set(RequestFigures figures, ReportingPeriod? period = null, string code = "HK", RequestCategory? category = null, int line = 2, string company = "google") =>
        new(new CompanyId(company), new JurisdictionCode(code), code, period ?? ReportingPeriod.HalfYear(2020, 1), category ?? Legal, figures, new FigureProvenance("f.csv", line));

    [Fact]
    public void Plausible_figures_give_no_issue()
    {
        var sets = new[]
        {
            Set(new RequestFigures(PublishedNumber.Exact(262), PublishedNumber.Exact(285), PublishedNumber.Exact(62), PublishedNumber.Percentage(24))),
            Set(new RequestFigures(PublishedNumber.Exact(202), default, PublishedNumber.Exact(202), PublishedNumber.Percentage(100)), ReportingPeriod.HalfYear(2020, 2), line: 3),
            Set(new RequestFigures(PublishedNumber.Range(0, 249), default, PublishedNumber.Range(0, 249)), ReportingPeriod.HalfYear(2021, 1), line: 4),
            Set(new RequestFigures(), ReportingPeriod.HalfYear(2021, 2), line: 5),
        };

        FigureValidator.Validate(sets).Should().BeEmpty();
        FigureValidator.Validate([]).Should().BeEmpty();
    }

    [Theory]
    [InlineData("requests")]
    [InlineData("accounts")]
    [InlineData("produced")]
    public void A_negative_count_is_reported_with_its_field(string field)
    {
        var negative = PublishedNumber.Exact(-1);
        var figures = field switch
        {
            "requests" => new RequestFigures(requests: negative),
            "accounts" => new RequestFigures(accounts: negative),
            _ => new RequestFigures(requestsWithDataProduced: negative),
        };

        var issue = FigureValidator.Validate([Set(figures)]).Should().ContainSingle().Subject;

        issue.Code.Should().Be("negative-count");
        issue.Severity.Should().Be(FigureIssueSeverity.Warning);
        issue.Line.Should().Be(2);
        issue.Column.Should().Be(field switch { "requests" => "Requests", "accounts" => "Accounts", _ => "RequestsWithDataProduced" });
        issue.Message.Should().Contain("'-1'");
    }

    [Theory]
    [InlineData(-0.5, true)]
    [InlineData(0, false)]
    [InlineData(100, false)]
    [InlineData(100.5, true)]
    public void A_percentage_outside_0_to_100_is_reported(double percent, bool reported)
    {
        var issues = FigureValidator.Validate([Set(new RequestFigures(percentWithDataProduced: PublishedNumber.Percentage((decimal)percent)))]);

        issues.Select(i => i.Code).Should().Equal(reported ? ["percentage-out-of-range"] : Array.Empty<string>());
    }

    [Theory]
    [InlineData("10", "11", true)]
    [InlineData("10", "10", false)]
    [InlineData("0-249", "100", false)]
    [InlineData("0-249", "250", true)]
    [InlineData("100", "0-249", false)]
    [InlineData("", "5", false)]
    public void Produced_above_received_is_reported_only_when_certain(string received, string produced, bool reported)
    {
        var figures = new RequestFigures(requests: PublishedNumber.Parse(received), requestsWithDataProduced: PublishedNumber.Parse(produced));

        var issues = FigureValidator.Validate([Set(figures)]);

        issues.Select(i => i.Code).Should().Equal(reported ? ["produced-exceeds-received"] : Array.Empty<string>());
    }

    [Fact]
    public void Overlapping_periods_for_the_same_key_are_reported_on_the_later_set()
    {
        var figures = new RequestFigures(PublishedNumber.Exact(1));
        var sets = new[]
        {
            Set(figures, ReportingPeriod.HalfYear(2020, 1), line: 2),
            Set(figures, ReportingPeriod.Year(2020), line: 3),
            Set(figures, ReportingPeriod.HalfYear(2020, 2), line: 4),
            Set(figures, ReportingPeriod.HalfYear(2021, 1), line: 5),
            Set(figures, ReportingPeriod.Year(2020), code: "MO", line: 6),
            Set(figures, ReportingPeriod.Year(2020), category: new RequestCategory("Emergency Disclosure Requests"), line: 7),
            Set(figures, ReportingPeriod.Year(2020), company: "meta", line: 8),
        };

        var issues = FigureValidator.Validate(sets);

        issues.Select(i => (i.Code, i.Line)).Should().BeEquivalentTo(new[]
        {
            ("overlapping-periods", (int?)3),
            ("overlapping-periods", (int?)4),
        });
        issues.Should().OnlyContain(i => i.Message.Contains("f.csv:") && i.Column == null);
    }

    [Fact]
    public void The_same_dates_twice_are_a_duplicate_even_when_one_start_is_derived()
    {
        var figures = new RequestFigures(PublishedNumber.Exact(1));

        var issues = FigureValidator.Validate([
            Set(figures, ReportingPeriod.HalfYear(2020, 1), line: 2),
            Set(figures, ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 6, 30)), line: 9)]);

        var issue = issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("duplicate-period");
        issue.Line.Should().Be(9);
        issue.Message.Should().Contain("f.csv:2");
    }

    [Fact]
    public void Sets_without_a_code_are_keyed_by_their_published_name()
    {
        var figures = new RequestFigures(PublishedNumber.Exact(1));
        var un = Set(figures).WithJurisdiction(null, "United Nations");

        FigureValidator.Validate([un, un.WithJurisdiction(null, "Interpol")]).Should().BeEmpty();
        FigureValidator.Validate([un, un]).Should().ContainSingle().Which.Code.Should().Be("duplicate-period");
    }

    [Fact]
    public void Arguments_are_checked()
    {
        FluentActions.Invoking(() => FigureValidator.Validate(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FigureValidator.Validate([null!])).Should().Throw<ArgumentException>();
    }
}
