using System.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>Safe by default: every way of loading validates the dataset, refuses one with errors listing every error at its
/// file, line and column, lets warnings through, and loads an inconsistent dataset only when asked to
/// (<see cref="DatasetReadOptions.WithoutValidation"/>).</summary>
public sealed class ValidatingLoadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyevents-validating-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Header = """{"type":"dataset","formatVersion":"1.0","metadata":{"id":"m","title":"M","version":"1","created":"2026-01-01T00:00:00Z"}}""";

    private const string Acme = """{"type":"company","id":"acme","name":"Acme"}""";

    /// <summary>A source without a publisher: a warning (PE0112), not an error.</summary>
    private const string Blog = """{"type":"source","id":"blog","title":"Blog"}""";

    private static string Event(string id, string company, string more = "") =>
        $$"""{"type":"event","id":"{{id}}","company":"{{company}}","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-06","recorded":"2026-01-01T00:00:00Z"{{more}}}""";

    /// <summary>Two events of a company the dataset does not define (lines 4 and 6), one citing a source it does not define
    /// (line 5), and a warning (line 3).</summary>
    private static readonly string Dangling = string.Join("\n",
        Header, Acme, Blog, Event("e1", "nobody"), Event("e2", "acme", ""","sources":["gone"]"""), Event("e3", "ghost")) + "\n";

    /// <summary>Every problem of <see cref="Dangling"/>: severity, code, line, column, JSON path.</summary>
    private static readonly (DiagnosticSeverity, string, int?, int?, string?)[] DanglingProblems =
    [
        (DiagnosticSeverity.Warning, DiagnosticCodes.IncompleteSource, 3, 1, "$.publisher"),
        (DiagnosticSeverity.Error, DiagnosticCodes.UnknownCompany, 4, 1, "$.company"),
        (DiagnosticSeverity.Error, DiagnosticCodes.UnknownSource, 5, 1, "$.sources[0]"),
        (DiagnosticSeverity.Error, DiagnosticCodes.UnknownCompany, 6, 1, "$.company"),
    ];

    public static TheoryData<string> Loads() => ["LoadFile", "LoadFileAsync", "ReadFile", "ReadFileAsync", "Load", "LoadAsync", "Read", "ReadAsync", "FromJson"];

    private static async Task LoadByDefault(string how, string path)
    {
        var options = new DatasetReadOptions { FileName = path }; // names the file in diagnostics when reading a stream or text
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Dangling));
        _ = how switch
        {
            "LoadFile" => PolicyDatasetSerializer.LoadFile(path),
            "LoadFileAsync" => await PolicyDatasetSerializer.LoadFileAsync(path),
            "ReadFile" => PolicyDatasetSerializer.ReadFile(path).Dataset,
            "ReadFileAsync" => (await PolicyDatasetSerializer.ReadFileAsync(path)).Dataset,
            "Load" => PolicyDatasetSerializer.Load(stream, options),
            "LoadAsync" => await PolicyDatasetSerializer.LoadAsync(stream, options),
            "Read" => PolicyDatasetSerializer.Read(stream, options).Dataset,
            "ReadAsync" => (await PolicyDatasetSerializer.ReadAsync(stream, options)).Dataset,
            _ => PolicyDatasetSerializer.FromJson(Dangling, options),
        };
    }

    [Theory]
    [MemberData(nameof(Loads))]
    public async Task By_default_a_dataset_with_dangling_references_is_refused_with_every_problem_located(string how)
    {
        var path = Path.Combine(_folder, "dangling.jsonl");
        await File.WriteAllTextAsync(path, Dangling);

        var act = () => LoadByDefault(how, path);

        var exception = (await act.Should().ThrowExactlyAsync<DatasetValidationException>()).Which;
        exception.Diagnostics.Select(d => (d.Severity, d.Code, d.Location.Line, d.Location.Column, d.Location.Path))
            .Should().BeEquivalentTo(DanglingProblems, "every error is listed, with the warnings, each where its record was read");
        exception.Diagnostics.Should().OnlyContain(d => d.Location.File == path);
        exception.Message.Should().StartWith("The dataset has 3 error(s) and 1 warning(s):");
    }

    [Fact]
    public void The_document_form_is_refused_the_same_way_with_each_record_s_line_and_column()
    {
        var dataset = PolicyDatasetSerializer.FromJson(Dangling, DatasetReadOptions.WithoutValidation);
        var document = PolicyDatasetSerializer.ToJson(dataset);

        var act = () => PolicyDatasetSerializer.FromJson(document, new DatasetReadOptions { FileName = "dangling.json" });

        var problems = act.Should().Throw<DatasetValidationException>().Which.Diagnostics;
        problems.Where(d => d.IsError).Select(d => d.Code).Should().BeEquivalentTo([DiagnosticCodes.UnknownCompany, DiagnosticCodes.UnknownSource, DiagnosticCodes.UnknownCompany]);
        problems.Should().OnlyContain(d => d.Location.File == "dangling.json" && d.Location.Line > 1 && d.Location.Column > 1 && d.Location.Path!.StartsWith("$.", StringComparison.Ordinal));
        problems.Select(d => d.Location.Line).Should().OnlyHaveUniqueItems("each problem is on its own record's line");
    }

    [Fact]
    public void Without_validation_an_inconsistent_dataset_loads_for_inspection_and_lists_the_same_problems()
    {
        var path = Path.Combine(_folder, "dangling.jsonl");
        File.WriteAllText(path, Dangling);

        var dataset = PolicyDatasetSerializer.LoadFile(path, DatasetReadOptions.WithoutValidation);
        var read = PolicyDatasetSerializer.ReadFile(path, new DatasetReadOptions { Validate = false });

        dataset.Events.Select(e => e.Company.Value).Should().BeEquivalentTo(["nobody", "acme", "ghost"]);
        read.Dataset.Should().Be(dataset);
        read.Validate().Select(d => (d.Severity, d.Code, d.Location.Line, d.Location.Column, d.Location.Path)).Should().BeEquivalentTo(DanglingProblems);
    }

    [Fact]
    public async Task Warnings_alone_never_stop_a_load()
    {
        // A newer minor version with a member this version does not know (PE0005), and a source without a publisher (PE0112).
        var text = string.Join("\n", Header.Replace("\"1.0\"", "\"1.7\"", StringComparison.Ordinal), Acme.Replace("}", ",\"founded\":1999}", StringComparison.Ordinal), Blog,
            Event("e1", "acme", ""","sources":["blog"]""")) + "\n";

        var read = PolicyDatasetSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var loaded = await PolicyDatasetSerializer.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        read.Dataset.Events.Should().ContainSingle();
        loaded.Should().Be(read.Dataset);
        read.Validate().Should().OnlyContain(d => !d.IsError).And.Contain(d => d.Code == DiagnosticCodes.UnknownMember)
            .And.Contain(d => d.Code == DiagnosticCodes.IncompleteSource && d.Location.Line == 3);
    }

    [Fact]
    public void Validation_is_on_unless_turned_off_and_turning_it_off_keeps_the_limits()
    {
        DatasetReadOptions.Default.Validate.Should().BeTrue();
        new DatasetReadOptions().Validate.Should().BeTrue();
        new DatasetReadOptions { FileName = "x.json" }.Validate.Should().BeTrue();
        var off = DatasetReadOptions.WithoutValidation;
        off.Validate.Should().BeFalse();
        (off.MaxBytes, off.MaxDepth, off.MaxStringBytes, off.MaxRecords, off.Format, off.RejectUnknownMembers)
            .Should().Be((DatasetReadOptions.DefaultMaxBytes, DatasetReadOptions.DefaultMaxDepth, DatasetReadOptions.DefaultMaxStringBytes,
                DatasetReadOptions.DefaultMaxRecords, DatasetFormat.Auto, false));
    }
}
