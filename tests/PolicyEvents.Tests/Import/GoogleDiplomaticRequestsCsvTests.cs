using System.Globalization;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Import;

public class GoogleDiplomaticRequestsCsvTests
{
    private static readonly CompanyId Google = new("google");
    private static readonly JurisdictionCode UnitedStates = new("US");
    private static readonly JurisdictionCode Ireland = new("IE");

    private static FigureImportResult ReadReal()
    {
        using var stream = FigureFixtures.Open(FigureFixtures.GoogleDiplomatic);
        return GoogleDiplomaticRequestsCsv.Read(stream, FigureFixtures.GoogleDiplomatic, Google);
    }

    private static FigureImportResult ReadText(string text)
    {
        using var stream = FigureFixtures.Encode(text, bom: true);
        return GoogleDiplomaticRequestsCsv.Read(stream, "dlr.csv", Google);
    }

    private const string Header = "Period Ending,Country/Region of Origin,CLDR Territory Code,Assisting Country,User Data Diplomatic Legal requests\n";

    [Fact]
    public void A_row_gives_the_origin_the_assisting_country_as_a_value_and_the_count()
    {
        var result = ReadReal();

        var albania = result.Figures[0];
        albania.Jurisdiction.Should().Be(new JurisdictionCode("AL"));
        albania.JurisdictionName.Should().Be("Albania");
        albania.Period.Should().Be(ReportingPeriod.HalfYearEndingOn(new LocalDate(2019, 6, 30)));
        albania.Period.IsStartDerived.Should().BeTrue();
        albania.Category.Should().Be(new RequestCategory(
            "User Data Diplomatic Legal requests (Assisting Country: United States)", RequestKinds.UserData, LegalProcessKind.MutualLegalAssistance, UnitedStates));
        albania.Figures.Should().Be(new RequestFigures(requests: PublishedNumber.Exact(1)));
        albania.Provenance.Should().Be(new FigureProvenance(FigureFixtures.GoogleDiplomatic, 2));
        var germany = result.Figures.Should().ContainSingle(f => f.Jurisdiction == new JurisdictionCode("DE") && f.Period.End == new LocalDate(2019, 6, 30) && f.Category.AssistingJurisdiction == Ireland).Subject;
        germany.Figures.Requests.Count.Should().Be(6);
    }

    [Fact]
    public void Hong_Kong_has_no_row_so_no_figures()
    {
        var result = ReadReal();

        FigureFixtures.Text(FigureFixtures.GoogleDiplomatic).Should().NotContain("Hong Kong").And.NotContain(",HK,");
        result.Figures.Should().NotContain(f => f.Jurisdiction == new JurisdictionCode("HK"), "Google lists only origins with diplomatic requests");
    }

    /// <summary>An independent reading: the file has no quotes, so a split at commas gives every cell.</summary>
    [Fact]
    public void Every_cell_of_the_real_export_is_where_the_header_says()
    {
        var lines = FigureFixtures.Lines(FigureFixtures.Text(FigureFixtures.GoogleDiplomatic));
        lines.Should().NotContain(l => l.Contains('"'));
        var result = ReadReal();

        result.Issues.Should().BeEmpty("every origin has a known code and both assisting countries map");
        result.Figures.Should().HaveCount(lines.Length - 1).And.HaveCount(399);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            var set = result.Figures[i - 1];
            set.Provenance!.Line.Should().Be(i + 1);
            set.Period.End.Should().Be(LocalDate.FromDateTime(DateTime.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
            set.JurisdictionName.Should().Be(cells[1]);
            set.Jurisdiction!.Value.Value.Should().Be(cells[2]);
            set.Category.AssistingJurisdiction.Should().Be(cells[3] switch { "United States" => UnitedStates, "Ireland" => Ireland, _ => throw new InvalidOperationException(cells[3]) });
            set.Category.Label.Should().EndWith($"(Assisting Country: {cells[3]})");
            set.Figures.Should().Be(new RequestFigures(requests: PublishedNumber.Exact(long.Parse(cells[4], CultureInfo.InvariantCulture))));
        }
        FigureValidator.Validate(result.Figures).Should().BeEmpty("each (origin, assisting country, half-year) is listed once");
    }

    [Fact]
    public void The_assisting_jurisdiction_survives_a_dataset_round_trip_and_is_validated()
    {
        var figures = ReadReal().Figures.Take(3).ToList();
        var metadata = new DatasetMetadata(new DatasetId("dlr"), "DLR", "1", Instant.FromUtc(2026, 1, 1, 0, 0));
        var dataset = new PolicyDataset(metadata, [new Company(Google, "Google")], figures: figures);

        var json = PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines);

        json.Should().Contain("\"assistingJurisdiction\":\"US\"");
        PolicyDatasetSerializer.FromJson(json).Should().Be(dataset);
        dataset.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Malformed_files_give_issues_not_exceptions()
    {
        var headerOnly = ReadText(Header);
        headerOnly.Figures.Should().BeEmpty();
        headerOnly.Issues.Should().ContainSingle().Which.Code.Should().Be("no-rows");

        var unknown = ReadText("Period Ending,Country/Region,Legal Process,User Data Requests\n2020-06-30,Hong Kong,All,1\n");
        unknown.Figures.Should().BeEmpty();
        unknown.Issues.Select(i => (i.Code, i.Column)).Should().Equal(
            ("missing-column", "Country/Region of Origin"), ("missing-column", "Assisting Country"), ("missing-column", "User Data Diplomatic Legal requests"));

        var bad = ReadText(Header + "06/30/2020,Albania,AL,United States,1\n2020-06-30,Albania,AL,United States,one\n2020-06-30,Albania,AL,,1\n2020-06-30,Albania,AL,Atlantis,2\n");
        bad.Issues.Select(i => (i.Code, i.Line)).Should().Equal(("invalid-date", 2), ("invalid-number", 3), ("missing-jurisdiction", 4), ("unmapped-jurisdiction", 5));
        var atlantis = bad.Figures.Should().ContainSingle().Subject;
        atlantis.Category.AssistingJurisdiction.Should().BeNull("a name that maps to nothing stays only in the label");
        atlantis.Category.Label.Should().Be("User Data Diplomatic Legal requests (Assisting Country: Atlantis)");

        ReadText(string.Empty).Issues.Should().ContainSingle().Which.Code.Should().Be("empty-file");
        var extra = ReadText(Header.TrimEnd('\n') + ",Notes\n2020-06-30,Albania,AL,United States,1,x\n2020-06-30,Argentina,AR,United States,3,y\n");
        extra.Issues.Should().ContainSingle().Which.Should().Match<FigureIssue>(i => i.Code == "unknown-column" && i.Column == "Notes");
    }
}
