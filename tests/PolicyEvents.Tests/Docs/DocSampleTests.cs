using System.Text.RegularExpressions;
using DocSamples;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Docs;

/// <summary>The code samples of the documentation articles cannot rot: an article shows a sample only by including a
/// <c>#region</c> of samples/PolicyEvents.Samples.Docs (<c>[!code-csharp[](../samples/PolicyEvents.Samples.Docs/File.cs#name)]</c>),
/// which the build compiles; these tests run every sample and compare what it prints with the <c>text</c> block the
/// article shows right after it (CONTRIBUTING.md, "Documentation"). With <c>POLICYEVENTS_UPDATE_DOCS=1</c> a sample whose
/// output changed rewrites the article's block instead, for review as a diff.</summary>
/// <remarks>The samples print with <see cref="Console"/>, so this class runs alone (see <see cref="ConsoleCollection"/>).</remarks>
[Collection(ConsoleCollection.Name)]
public partial class DocSampleTests
{
    private const string SamplesFolder = "../samples/PolicyEvents.Samples.Docs/";

    /// <summary>The articles written before the samples project, whose code blocks are copied into tests that run them
    /// (named here) rather than included; new articles include their samples.</summary>
    private static readonly Dictionary<string, string> ArticlesCheckedByTheirOwnTests = new(StringComparer.Ordinal)
    {
        ["queries.md"] = "QueriesDocTests, ScopedQueriesDocTests, HongKong2020QueriesTests",
        ["figures.md"] = "FiguresBesidePolicyTests, FiguresInDatasetTests",
        ["format.md"] = "HongKong2020FormatTests, FiguresInDatasetTests",
        ["diff.md"] = "DatasetDiff tests and the CLI's diff tests",
        ["reliability.md"] = "the reliability tests",
    };

    public static TheoryData<string, string> Includes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (article, include) in AllIncludes())
        {
            data.Add(article, include.Groups["region"].Value);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Includes))]
    public void The_sample_prints_what_the_article_shows(string article, string region)
    {
        var text = Article(article);
        var include = IncludeRegex().Matches(text).Single(m => m.Groups["region"].Value == region);
        var file = include.Groups["file"].Value;
        file.Should().StartWith(SamplesFolder, "an article includes only compiled samples");
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", file));
        source.Should().Contain($"#region {region}\n", $"{file} holds the region {article} includes");

        var shown = OutputAfter(text, include);
        if (!SampleRunner.Names.Contains(region))
        {
            // A region of declarations (a type the sample uses) compiles with the project and prints nothing itself.
            shown.Should().BeNull($"{article} shows output after '{region}', which SampleRunner does not run");
            return;
        }
        using var output = new StringWriter { NewLine = "\n" };
        SampleRunner.TryRun(region, output).Should().BeTrue();
        if (shown is null)
        {
            output.ToString().Should().BeEmpty($"{article} shows no output after '{region}', so the sample must print nothing");
        }
        else
        {
            var printed = output.ToString().TrimEnd('\n');
            if (printed != shown && Environment.GetEnvironmentVariable("POLICYEVENTS_UPDATE_DOCS") == "1")
            {
                // Rewrites the article's output block in the source tree, so that the change shows up as a diff to review.
                var block = $"```text\n{shown}\n```";
                var at = text.IndexOf(block, include.Index, StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(RepositoryRoot.Path, "docs", article),
                    string.Concat(text.AsSpan(0, at), $"```text\n{printed}\n```", text.AsSpan(at + block.Length)));
                return;
            }
            printed.Should().Be(shown, $"{article} shows this output after '{region}' (POLICYEVENTS_UPDATE_DOCS=1 rewrites it)");
        }
    }

    [Fact]
    public void Every_sample_is_shown_by_an_article()
    {
        var shown = AllIncludes().Select(i => i.Include.Groups["region"].Value).ToList();
        shown.Should().OnlyHaveUniqueItems("each sample is shown once");
        shown.Should().Contain(SampleRunner.Names, "every sample the project runs is in an article");
    }

    [Fact]
    public void New_articles_hold_no_uncompiled_code()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md"))
        {
            var name = Path.GetFileName(path);
            if (ArticlesCheckedByTheirOwnTests.ContainsKey(name))
            {
                continue;
            }
            File.ReadAllText(path).Should().NotContain("```csharp", $"{name} must include its C# samples from samples/PolicyEvents.Samples.Docs, which a test runs");
        }
    }

    private static IEnumerable<(string Article, Match Include)> AllIncludes() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(path => IncludeRegex().Matches(Article(Path.GetFileName(path))).Select(m => (Path.GetFileName(path), m)));

    private static string Article(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", name)).ReplaceLineEndings("\n");

    /// <summary>The <c>text</c> block between this include and the next include or heading, or null when there is none.</summary>
    private static string? OutputAfter(string article, Match include)
    {
        var rest = article[(include.Index + include.Length)..];
        var end = NextIncludeOrHeading().Match(rest) is { Success: true } next ? next.Index : rest.Length;
        var block = TextBlock().Match(rest[..end]);
        return block.Success ? block.Groups["text"].Value : null;
    }

    [GeneratedRegex(@"\[!code-csharp\[[^\]]*\]\((?<file>[^)#]+)#(?<region>[^)]+)\)\]")]
    private static partial Regex IncludeRegex();

    [GeneratedRegex(@"\[!code-csharp|^#", RegexOptions.Multiline)]
    private static partial Regex NextIncludeOrHeading();

    [GeneratedRegex("^```text\n(?<text>.*?)\n```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex TextBlock();
}
