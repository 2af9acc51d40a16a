using System.Text;
using PolicyEvents.Domain;
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
