using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Reliability;

/// <summary>Replays the malformed-input corpus (Fixtures/malformed, described row by row in its MANIFEST.md): every file is
/// refused with the library's own exception, whose first error has the expected code, line, column and path.</summary>
public class MalformedCorpusTests
{
    internal static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "malformed");

    internal sealed record Case(string File, string Options, string Exception, string Code, int Line, int Column, string Path, string What);

    internal static IReadOnlyList<Case> Manifest { get; } = File.ReadAllLines(Path.Combine(Folder, "MANIFEST.md"))
        .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| file ", StringComparison.Ordinal))
        .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
        .Select(c => new Case(c[1], c[2], c[3], c[4], int.Parse(c[5], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture), c[7].Trim('`'), c[8]))
        .ToList();

    public static TheoryData<string> Files() => [.. Manifest.Select(c => c.File)];

    private static DatasetReadOptions OptionsFor(Case c) => new()
    {
        FileName = c.File,
        Validate = c.Options == "validate",
        RejectUnknownMembers = c.Options == "strict",
    };

    [Fact]
    public void The_manifest_describes_every_file_of_the_corpus_and_no_other()
    {
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).Where(f => f != "MANIFEST.md" && !f!.StartsWith('.'));

        Manifest.Should().HaveCountGreaterThanOrEqualTo(60);
        Manifest.Select(c => c.File).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(files);
        Manifest.Should().OnlyContain(c => c.What.Length > 0 && c.Code.StartsWith("PE0", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_is_refused_with_the_expected_diagnostic(string file)
    {
        var c = Manifest.Single(m => m.File == file);
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        var exception = Refuse(() => PolicyDatasetSerializer.Load(new MemoryStream(bytes), OptionsFor(c)));

        exception.GetType().Name.Should().Be(c.Exception);
        var first = exception.Diagnostics.First(d => d.IsError);
        (first.Code, first.Location).Should().Be((c.Code, new DiagnosticLocation(file, c.Line, c.Column, c.Path)), because: first.ToString());
        first.Message.Should().NotBeNullOrWhiteSpace();
        exception.Diagnostics.Should().OnlyContain(d => d.Location.File == file && d.Location.Line >= 1 && d.Location.Column >= 1
            && d.Location.Path != null && d.Location.Path.StartsWith('$'));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_file_is_refused_the_same_way_when_read_asynchronously_from_a_file(string file)
    {
        var c = Manifest.Single(m => m.File == file);
        var path = Path.Combine(Folder, file);
        var synchronous = Refuse(() => PolicyDatasetSerializer.LoadFile(path, OptionsFor(c)));

        var act = () => PolicyDatasetSerializer.LoadFileAsync(path, OptionsFor(c));

        var asynchronous = (await act.Should().ThrowAsync<DatasetValidationException>()).Which;
        asynchronous.GetType().Should().Be(synchronous.GetType());
        asynchronous.Diagnostics.Should().Equal(synchronous.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Streaming_a_file_as_json_lines_throws_only_the_library_exception(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        // Streaming checks each line on its own (not repeated ids or references), so some files stream without error;
        // none may throw anything but the library's exception.
        try
        {
            foreach (var record in PolicyDatasetSerializer.ReadRecords(new MemoryStream(bytes), new DatasetReadOptions { FileName = file }))
            {
                record.Value.Should().NotBeNull();
            }
        }
        catch (DatasetFormatException exception)
        {
            exception.Diagnostics.Should().Contain(d => d.IsError && d.Location.Line >= 1 && d.Location.Path != null);
        }
    }

    internal static DatasetValidationException Refuse(Func<PolicyDataset> load)
    {
        PolicyDataset? loaded = null;
        try
        {
            loaded = load();
        }
        catch (DatasetValidationException exception)
        {
            return exception;
        }
        loaded.Should().BeNull("a malformed file must never give a dataset");
        throw new InvalidOperationException("unreachable");
    }
}
