using System.Text;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Reliability;

/// <summary>
/// The words of every diagnostic the malformed-input corpus produces, loaded whole and streamed record by record, pinned
/// in Fixtures/malformed-messages.txt: the manifest checks codes and locations, this checks what each message tells the
/// reader. A change to a message shows up as a diff of that file to review. To accept new messages, run the tests with
/// <c>POLICYEVENTS_UPDATE_MESSAGES=1</c>, which rewrites the file in the source tree, and review the diff.
/// </summary>
public class MalformedMessagesTests
{
    private const string FileName = "malformed-messages.txt";

    [Fact]
    public void Every_diagnostic_of_the_corpus_reads_as_recorded()
    {
        PinnedText.ShouldMatch(Describe(), FileName);
    }

    private static string Describe()
    {
        var text = new StringBuilder();
        foreach (var c in MalformedCorpusTests.Manifest.OrderBy(c => c.File, StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(MalformedCorpusTests.Folder, c.File));
            text.Append("== ").Append(c.File).Append('\n');
            var loaded = MalformedCorpusTests.Refuse(() => PolicyDatasetSerializer.Load(new MemoryStream(bytes), new DatasetReadOptions
            {
                FileName = c.File,
                Validate = c.Options == "validate",
                RejectUnknownMembers = c.Options == "strict",
            }));
            foreach (var diagnostic in loaded.Diagnostics)
            {
                text.Append("load: ").Append(Portable(diagnostic.ToString())).Append('\n');
            }
            foreach (var line in Streamed(bytes, c.File))
            {
                text.Append("stream: ").Append(Portable(line)).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Leaves out the words System.Text.Json adds after "Malformed JSON:" (and to a string it cannot decode): they belong to the runtime (they change between
    /// versions and are translated for other cultures), unlike the library's own, which are kept.
    /// </summary>
    private static string Portable(string line)
    {
        const string NotText = "error PE0001: The string is not valid UTF-8 or JSON text: ";
        if (line.IndexOf(NotText, StringComparison.Ordinal) is var notText and >= 0)
        {
            return line[..(notText + NotText.Length)] + "(System.Text.Json's words)";
        }
        const string Malformed = "error PE0001: Malformed JSON: ";
        var at = line.IndexOf(Malformed, StringComparison.Ordinal);
        if (at < 0)
        {
            return line;
        }
        var words = line[(at + Malformed.Length)..];
        string[] ours = ["the text is empty", "the text looks like", "a member name is not valid UTF-8", "the record type is not valid UTF-8"];
        return ours.Any(o => words.StartsWith(o, StringComparison.Ordinal)) ? line : line[..(at + Malformed.Length)] + "(System.Text.Json's words)";
    }

    private static List<string> Streamed(byte[] bytes, string file)
    {
        var lines = new List<string>();
        try
        {
            foreach (var record in PolicyDatasetSerializer.ReadRecords(new MemoryStream(bytes), new DatasetReadOptions { FileName = file }))
            {
                lines.AddRange(record.Warnings.Select(w => w.ToString()));
            }
        }
        catch (DatasetFormatException exception)
        {
            lines.AddRange(exception.Diagnostics.Select(d => d.ToString()));
        }
        return lines;
    }
}
