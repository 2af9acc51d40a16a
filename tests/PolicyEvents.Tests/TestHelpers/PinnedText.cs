using System.Runtime.CompilerServices;
using System.Text;

namespace PolicyEvents.Tests.TestHelpers;

/// <summary>
/// Compares text the library produced with a reviewed copy in <c>tests/PolicyEvents.Tests/Fixtures</c>, naming the first
/// line that differs. With <c>POLICYEVENTS_UPDATE_MESSAGES=1</c> it first rewrites the copy (in the source tree and beside
/// the tests) so that the change shows up as a diff to review.
/// </summary>
internal static class PinnedText
{
    internal static void ShouldMatch(string actual, string fileName, [CallerFilePath] string caller = "")
    {
        var copy = Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);
        if (Environment.GetEnvironmentVariable("POLICYEVENTS_UPDATE_MESSAGES") == "1")
        {
            // The caller sits one folder below the test project (e.g. Reliability/), whose Fixtures folder is pinned.
            var source = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(caller))!, "Fixtures", fileName);
            File.WriteAllText(source, actual, new UTF8Encoding(false));
            File.WriteAllText(copy, actual, new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(copy).ReplaceLineEndings("\n").Split('\n');
        var lines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expected.Length, lines.Length)).FirstOrDefault(i => expected[i] != lines[i], -1);
        first.Should().Be(-1, "line {0} of {1} should read{2}{3}{2}but the library now gives{2}{4}", first + 1, fileName, Environment.NewLine,
            first >= 0 ? expected[first] : "", first >= 0 ? lines[first] : "");
        lines.Should().HaveSameCount(expected, "{0} should hold every line and no other", fileName);
    }
}
