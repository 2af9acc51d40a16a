using System.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Serialization;

public class CanonicalFormTests
{
    [Fact]
    public void Reading_a_canonical_document_and_writing_it_back_gives_identical_bytes()
    {
        var bytes = File.ReadAllBytes(Fixtures.Data("valid/small.json"));

        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(bytes));
        using var written = new MemoryStream();
        PolicyDatasetSerializer.Save(dataset, written);

        written.ToArray().Should().Equal(bytes);
        dataset.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Reading_canonical_json_lines_and_writing_them_back_gives_identical_bytes()
    {
        var bytes = File.ReadAllBytes(Fixtures.Data("valid/small.jsonl"));

        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(bytes));
        using var written = new MemoryStream();
        PolicyDatasetSerializer.Save(dataset, written, DatasetFormat.JsonLines);

        written.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Both_forms_and_a_hand_written_file_hold_the_same_dataset()
    {
        var document = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));
        var lines = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.jsonl"));
        var handwritten = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small-handwritten.json"));

        lines.Should().Be(document);
        handwritten.Should().Be(document);
        PolicyDatasetSerializer.ToJson(handwritten).Should().Be(File.ReadAllText(Fixtures.Data("valid/small.json")));
    }

    [Fact]
    public void Canonical_text_uses_two_space_indentation_newlines_and_a_trailing_newline()
    {
        var text = PolicyDatasetSerializer.ToJson(PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json")));

        text.Should().StartWith("{\n  \"formatVersion\": \"1.0\",\n  \"metadata\": {\n    \"id\"");
        text.Should().EndWith("}\n").And.NotContain("\r").And.NotContain("null").And.NotContain("[]");
    }

    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public void A_dataset_states_the_lowest_format_version_that_holds_it(DatasetFormat format)
    {
        var small = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));
        var set = new ReportedFigures(small.Companies[0].Id, new JurisdictionCode("HK"), "Hong Kong",
            ReportingPeriod.HalfYear(2020, 1), new RequestCategory("Account requests"), new RequestFigures(PublishedNumber.Exact(8)));
        var with10 = new PolicyDataset(small.Metadata, small.Companies, small.Jurisdictions, small.Sources, small.Statements,
            small.Triggers, small.Events, [set]);
        var withOutcome = new PolicyDataset(small.Metadata, small.Companies, small.Jurisdictions, small.Sources, small.Statements,
            small.Triggers, small.Events, [new ReportedFigures(set.Company, set.Jurisdiction, set.JurisdictionName, set.Period, set.Category,
                new RequestFigures(PublishedNumber.Exact(8), requestsRejected: PublishedNumber.Exact(4)))]);
        var withAssisting = new PolicyDataset(small.Metadata, small.Companies, small.Jurisdictions, small.Sources, small.Statements,
            small.Triggers, small.Events, [new ReportedFigures(set.Company, set.Jurisdiction, set.JurisdictionName, set.Period,
                new RequestCategory("Diplomatic requests", assistingJurisdiction: new JurisdictionCode("US")), set.Figures)]);

        Version(with10).Should().Be("1.0", "a 1.0 reader reads everything in it");
        Version(withOutcome).Should().Be("1.1", "outcome figures were added in 1.1");
        Version(withAssisting).Should().Be("1.1", "the assisting jurisdiction was added in 1.1");
        PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(withOutcome, format)).Should().Be(withOutcome);

        string Version(PolicyDataset dataset)
        {
            var text = PolicyDatasetSerializer.ToJson(dataset, format);
            var at = text.IndexOf("\"formatVersion\"", StringComparison.Ordinal);
            var start = text.IndexOf('"', text.IndexOf(':', at)) + 1;
            return text[start..text.IndexOf('"', start)];
        }
    }

    [Fact]
    public void The_loaded_fixture_keeps_every_date_precision_and_qualifier()
    {
        var dataset = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));

        var dates = dataset.Events.SelectMany(e => new[] { e.Effective, e.Announced })
            .Concat(dataset.Sources.Select(s => s.Published)).Concat(dataset.Statements.Select(s => s.Date))
            .OfType<PartialDate>().ToList();
        dates.Select(d => d.Precision).Distinct().Should().BeEquivalentTo(Enum.GetValues<DatePrecision>());
        dates.Select(d => d.Qualifier).Distinct().Should().BeEquivalentTo(Enum.GetValues<DateQualifier>());
        dataset.GetEvent(new EventId("chat-hk-2020-07-fix")).Recorded.Should().Be(NodaTime.Instant.FromUtc(2026, 11, 29, 8, 0).PlusNanoseconds(123456789));
        dataset.GetStatement(new StatementId("chat-2020-07")).Text.Should().Be("我們暫停處理。");
    }

    [Fact]
    public async Task Async_file_save_and_load_round_trip_and_match_the_sync_bytes()
    {
        var dataset = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));
        var folder = Directory.CreateTempSubdirectory("policyevents-tests-");
        try
        {
            var path = Path.Combine(folder.FullName, "copy.jsonl");
            await PolicyDatasetSerializer.SaveFileAsync(dataset, path);
            var loaded = await PolicyDatasetSerializer.LoadFileAsync(path);

            loaded.Should().Be(dataset);
            File.ReadAllBytes(path).Should().Equal(File.ReadAllBytes(Fixtures.Data("valid/small.jsonl")));
            Directory.GetFiles(folder.FullName).Should().ContainSingle();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_failed_save_leaves_the_old_target_intact_and_no_temporary_file()
    {
        var dataset = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));
        var folder = Directory.CreateTempSubdirectory("policyevents-tests-");
        try
        {
            // The target is a folder with a file inside: the final move must fail.
            var target = Path.Combine(folder.FullName, "data.json");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "keep.txt"), "old");

            var act = () => PolicyDatasetSerializer.SaveFile(dataset, target);

            act.Should().Throw<Exception>().Which.Should().Match(e => e is IOException || e is UnauthorizedAccessException);
            File.ReadAllText(Path.Combine(target, "keep.txt")).Should().Be("old");
            Directory.GetFileSystemEntries(folder.FullName).Should().ContainSingle().Which.Should().Be(target);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Saving_over_an_existing_file_replaces_it()
    {
        var dataset = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));
        var folder = Directory.CreateTempSubdirectory("policyevents-tests-");
        try
        {
            var path = Path.Combine(folder.FullName, "data.json");
            File.WriteAllText(path, "old content");

            PolicyDatasetSerializer.SaveFile(dataset, path);

            File.ReadAllText(path, Encoding.UTF8).Should().Be(PolicyDatasetSerializer.ToJson(dataset));
            Directory.GetFiles(folder.FullName).Should().ContainSingle();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
