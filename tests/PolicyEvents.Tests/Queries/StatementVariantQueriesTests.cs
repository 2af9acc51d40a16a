using PolicyEvents.Comparison;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// Statements as each source reported them, on a small dataset cut from the Hong Kong 2020 reference dataset: Twitter's
/// statement in Fox Business's wording with the wording other outlets print as a variant, and AFP's Facebook fragment with
/// the attribution to WhatsApp that The Independent and MacRumors give the same words. Searched, validated, written and
/// read back, and compared.
/// </summary>
public class StatementVariantQueriesTests
{
    private static readonly StatementId TwitterReviewing = new("twitter-2020-07-reviewing-law");
    private static readonly StatementId FacebookDueDiligence = new("facebook-afp-human-rights-due-diligence");
    private static readonly SourceId Independent = new("independent-2020-07-06-whatsapp");
    private static readonly SourceId MacRumors = new("macrumors-2020-07-06-whatsapp");

    // TechCrunch and The Hill print Twitter's words as "vague and without clear definition". Release 1.0.0 of the reference
    // dataset (kept under Fixtures/releases) has no variants; these tests add their own to it, with two test stand-ins as
    // sources (no address, not pages read for the dataset). Release 2.0.0 records the variants it read itself
    // (HongKong2020ScopedAnswersTests).
    private static readonly Source TechCrunch = new(new SourceId("test-techcrunch-twitter-hong-kong"), "TechCrunch", "Test stand-in for TechCrunch's report");
    private static readonly Source TheHill = new(new SourceId("test-thehill-twitter-hong-kong"), "The Hill", "Test stand-in for The Hill's report");
    private const string AndWithout = "vague and without clear definition";

    /// <summary>The reference dataset's Twitter, Facebook and WhatsApp records (statements, sources, events, companies,
    /// jurisdiction) as of release 1.0.0, with the two statements given their variants.</summary>
    private static PolicyDataset Variants()
    {
        var hongKong = PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "releases", "hong-kong-2020-1.0.0.json"));
        var twitter = hongKong.GetStatement(TwitterReviewing);
        var facebook = hongKong.GetStatement(FacebookDueDiligence);
        var whatsapp = hongKong.GetStatement(new StatementId("whatsapp-2020-07-06-pending-further-assessment"));
        var statements = hongKong.Statements
            .Where(s => s.Speaker.Company.Value is "twitter" or "facebook" or "whatsapp")
            .Select(s => s.Id == TwitterReviewing ? s.WithVariants([new StatementVariant(AndWithout, null, [TechCrunch.Id, TheHill.Id])])
                : s.Id == FacebookDueDiligence ? s.WithVariants([new StatementVariant(null, whatsapp.Speaker, [Independent, MacRumors])])
                : s)
            .ToList();
        var companies = new HashSet<string>(StringComparer.Ordinal) { "twitter", "facebook", "whatsapp" };
        return new PolicyDataset(hongKong.Metadata.WithSources([]), hongKong.Companies.Where(c => companies.Contains(c.Id.Value)), hongKong.Jurisdictions,
            [.. hongKong.Sources, TechCrunch, TheHill], statements, hongKong.Triggers,
            hongKong.Events.Where(e => companies.Contains(e.Company.Value)));
    }

    [Fact]
    public void The_reading_is_the_stored_statement_and_the_variants_hold_the_other_wording_and_attribution()
    {
        var dataset = Variants();
        var twitter = dataset.GetStatement(TwitterReviewing);
        var facebook = dataset.GetStatement(FacebookDueDiligence);
        var whatsapp = dataset.GetStatement(new StatementId("whatsapp-2020-07-06-pending-further-assessment"));

        twitter.Text.Should().EndWith("are vague without clear definition", "Fox Business's wording is the dataset's reading");
        twitter.Variants.Should().ContainSingle().Which.Text.Should().Be(AndWithout);
        facebook.Speaker.Company.Should().Be(new CompanyId("facebook"), "AFP's attribution is the reading");
        facebook.Variants.Should().ContainSingle().Which.Speaker!.Company.Should().Be(new CompanyId("whatsapp"));
        whatsapp.Text.Should().Contain(facebook.Text, "The Independent and MacRumors print AFP's Facebook words as WhatsApp's");
        whatsapp.Sources.Should().Equal(Independent, MacRumors);
        dataset.Validate().Should().OnlyContain(d => d.Code == DiagnosticCodes.SourceWithoutTitle, "the reference dataset leaves some titles out");
    }

    [Fact]
    public void A_word_only_in_a_variant_finds_the_statement_and_the_match_names_the_variant()
    {
        var dataset = Variants();
        var history = PolicyHistory.From(dataset);

        var match = history.SearchStatements("vague and without").Should().ContainSingle().Subject;

        match.Statement.Id.Should().Be(TwitterReviewing);
        match.Variant.Should().Be(dataset.GetStatement(TwitterReviewing).Variants[0]);
        match.Text.Should().Be(AndWithout);
        match.Speaker.Should().Be(match.Statement.Speaker, "the variant keeps the reading's speaker");
        match.Events.Select(e => e.Id.Value).Should().Equal("twitter-hk-2020-07-06");

        var reading = history.SearchStatements("vague without").Should().ContainSingle().Subject;
        reading.Variant.Should().BeNull("the reading's words matched");
        reading.Text.Should().Be(reading.Statement.Text);
        history.SearchStatements("VAGUE").Should().ContainSingle().Which.Variant.Should().BeNull("a statement is found once, by its reading first");
    }

    [Fact]
    public void A_variant_attribution_finds_the_statement_among_the_other_companys_statements()
    {
        var history = PolicyHistory.From(Variants());

        var whatsapp = history.SearchStatements(company: new CompanyId("whatsapp")).ToList();

        whatsapp.Select(m => m.Statement.Id.Value).Should().BeEquivalentTo("facebook-afp-human-rights-due-diligence", "whatsapp-2020-07-06-pending-further-assessment");
        var attributed = whatsapp.Single(m => m.Statement.Id == FacebookDueDiligence);
        attributed.Variant!.Sources.Should().Equal(Independent, MacRumors);
        attributed.Company.Should().Be(new CompanyId("whatsapp"));
        attributed.Text.Should().Be("formal human rights due diligence and consultations with human rights experts");
        history.SearchStatements("human rights experts", new CompanyId("facebook")).Single(m => m.Statement.Id == FacebookDueDiligence)
            .Variant.Should().BeNull("AFP's attribution to Facebook is the reading");
        history.SearchStatements(AndWithout, new CompanyId("whatsapp")).Should().BeEmpty("text and company must match the same wording");
    }

    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public void The_dataset_is_written_as_format_1_1_and_reads_back_equal(DatasetFormat format)
    {
        var dataset = Variants();

        var json = PolicyDatasetSerializer.ToJson(dataset, format);
        var read = PolicyDatasetSerializer.FromJson(json);

        read.Should().Be(dataset);
        read.GetStatement(FacebookDueDiligence).Variants.Single().Speaker!.Company.Value.Should().Be("whatsapp");
        json.Should().Contain("1.1");
    }

    [Fact]
    public void A_variant_naming_a_source_or_company_the_dataset_lacks_is_reported_at_the_variant()
    {
        var dataset = Variants();
        var index = dataset.Statements.IndexOf(dataset.GetStatement(FacebookDueDiligence));
        var broken = dataset.GetStatement(FacebookDueDiligence)
            .WithVariants([new StatementVariant(null, new Speaker(new CompanyId("instagram")), [Independent, new SourceId("no-such-source")])]);
        var statements = dataset.Statements.SetItem(index, broken);
        var read = PolicyDatasetSerializer.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            PolicyDatasetSerializer.ToJson(new PolicyDataset(dataset.Metadata, dataset.Companies, dataset.Jurisdictions, dataset.Sources, statements,
                dataset.Triggers, dataset.Events)))), DatasetReadOptions.WithoutValidation);

        var diagnostics = read.Validate().Where(d => d.Code != DiagnosticCodes.SourceWithoutTitle).ToList();

        diagnostics.Select(d => (d.Code, d.Location.Path)).Should().BeEquivalentTo(
        [
            (DiagnosticCodes.UnknownCompany, $"$.statements[{index}].variants[0].speaker.company"),
            (DiagnosticCodes.UnknownSource, $"$.statements[{index}].variants[0].sources[1]"),
        ]);
        diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error && d.Location.Line != null);
        diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownSource).Message.Should().Contain("'no-such-source'").And.Contain("variant 0");
        diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownCompany).Message.Should().Contain("'instagram'");
    }

    [Fact]
    public void The_diff_names_the_variant_members_that_changed()
    {
        var older = Variants();
        var twitter = older.GetStatement(TwitterReviewing);
        var index = older.Statements.IndexOf(twitter);
        var newer = new PolicyDataset(older.Metadata, older.Companies, older.Jurisdictions, older.Sources,
            older.Statements.SetItem(index, twitter.WithVariants([twitter.Variants[0].WithSources([TechCrunch.Id])]).WithParaphrase(true)),
            older.Triggers, older.Events);

        var change = DatasetDiff.Compare(older, newer).Changes.Should().ContainSingle().Subject;

        change.Kind.Should().Be(DatasetRecordKind.Statement);
        change.Members.Should().Equal(
            new MemberChange("paraphrase", null, "true"),
            new MemberChange("variants",
                $$"""[{"text":"{{AndWithout}}","sources":["test-techcrunch-twitter-hong-kong","test-thehill-twitter-hong-kong"]}]""",
                $$"""[{"text":"{{AndWithout}}","sources":["test-techcrunch-twitter-hong-kong"]}]"""));
    }
}
