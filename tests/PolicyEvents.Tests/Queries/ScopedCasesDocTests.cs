using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// The six cases of docs/queries.md ("Scoped policies: six cases from July 2020"), run on the example dataset
/// docs/examples/hong-kong-2020-scopes.json. Each test runs the code between its <c>// &lt;doc:name&gt;</c> markers, and
/// checks that the document shows that code, character for character, in the C# block after <c>&lt;!-- case: name --&gt;</c>,
/// and that the text block after it is what the code prints. Edit the code here and the document together.
/// </summary>
public partial class ScopedCasesDocTests
{
    private const string Doc = "docs/queries.md";
    private const string Self = "tests/PolicyEvents.Tests/Queries/ScopedCasesDocTests.cs";

    private static readonly Lazy<PolicyHistory> History = new(() =>
        PolicyHistory.From(PolicyDatasetSerializer.LoadFile(Path.Combine(RepositoryRoot.Path, "docs", "examples", "hong-kong-2020-scopes.json"))));

    [Fact]
    public void Zoom_from_and_related_to_Hong_Kong() => Check("zoom", (history, hk, Console) =>
    {
        // <doc:zoom>
        var zoom = new CompanyId("zoom");
        var us = new JurisdictionCode("US");
        foreach (var request in new[]
        {
            new GovernmentRequest(hk, RequestKinds.UserData, Requesters.LawEnforcement),   // from the Hong Kong police
            new GovernmentRequest(us, RequestKinds.Content, Requesters.Courts, subject: hk), // from a US court, about a Hong Kong user
            new GovernmentRequest(us, RequestKinds.Content, Requesters.Courts, subject: us), // from a US court, about a US user
        })
        {
            var answer = history.PolicyFor(zoom, request, new LocalDate(2020, 7, 10));
            Console.WriteLine($"{request}: {(answer.HasPolicy ? $"{answer.Policy.Stance} ({answer.Event.Id})" : "no recorded policy")}");
        }
        // </doc:zoom>
    });

    [Fact]
    public void Telegram_about_Hong_Kong_users() => Check("telegram", (history, hk, Console) =>
    {
        // <doc:telegram>
        foreach (var piece in history.PoliciesAbout(hk, new LocalDate(2020, 7, 10)))
        {
            Console.WriteLine($"{piece.Company,-8} {piece.Policy.Stance} since {piece.Since} ({piece.Event.Id}): {piece.Scope}");
        }
        // A request from the Hong Kong government that does not say whose data it wants:
        var request = new GovernmentRequest(hk, RequestKinds.UserData, Requesters.Government);
        Console.WriteLine(history.PolicyFor(new CompanyId("telegram"), request, new LocalDate(2020, 7, 10)));
        // </doc:telegram>
    });

    [Fact]
    public void Apple_content_and_non_content() => Check("apple", (history, hk, Console) =>
    {
        // <doc:apple>
        foreach (var piece in history.PolicyMap(new CompanyId("apple"), hk, new LocalDate(2020, 7, 10)))
        {
            Console.WriteLine($"{piece.Event.Id}: {piece.Policy}");
            Console.WriteLine($"  since {piece.Since} ({piece.Basis} date {(piece.Basis == EffectiveBasis.Effective ? piece.Event.Effective : piece.Event.Announced)})");
        }
        // </doc:apple>
    });

    [Fact]
    public void Google_user_data_content_removal_and_the_formal_channel() => Check("google", (history, hk, Console) =>
    {
        // <doc:google>
        var google = new CompanyId("google");
        foreach (var period in history.ScopedTimeline(google, hk))
        {
            Console.WriteLine($"[{period.Start}, {period.End?.ToString() ?? "…"}) {period.Event.Id}: {period.Policy}");
        }
        var userData = new GovernmentRequest(hk, RequestKinds.NonContent, Requesters.LawEnforcement);
        var removal = new GovernmentRequest(hk, RequestKinds.ContentRemoval, Requesters.Government);
        foreach (var date in new[] { new LocalDate(2020, 7, 10), new LocalDate(2020, 9, 1) })
        {
            foreach (var request in new[] { userData, removal })
            {
                var answer = history.PolicyFor(google, request, date);
                Console.WriteLine($"{date:uuuu-MM-dd} {request.Kind,-14} {answer.Policy.Stance,-17} {answer.Event.Id}"
                    + (answer.Policy.Channel is { } channel ? $", through {channel}" : ""));
            }
        }
        // </doc:google>
    });

    [Fact]
    public void TikTok_within_days() => Check("tiktok", (history, hk, Console) =>
    {
        // <doc:tiktok>
        var tiktok = new CompanyId("tiktok");
        foreach (var day in new[] { 6, 8, 11 })
        {
            var date = new LocalDate(2020, 7, day);
            var possibly = history.PolicyAt(tiktok, hk, date);                       // DateReading.Earliest
            var certainly = history.PolicyAt(tiktok, hk, date, DateReading.Latest);
            Console.WriteLine($"{date:uuuu-MM-dd}: possibly {(possibly.HasPolicy ? possibly.Policy.Stance.ToString() : "nothing yet")}, "
                + $"certainly {(certainly.HasPolicy ? certainly.Policy.Stance.ToString() : "nothing yet")}");
        }
        var answer = history.PolicyAt(tiktok, hk, new LocalDate(2020, 7, 11));
        Console.WriteLine($"{answer.Event.Effective}: window {answer.Window}, by its {answer.Basis} date");
        // </doc:tiktok>
    });

    [Fact]
    public void Quotes_worded_differently_across_outlets() => Check("variants", (history, hk, Console) =>
    {
        // <doc:variants>
        foreach (var words in new[] { "vague and without clear definition", "consultations with human rights experts" })
        {
            foreach (var match in history.SearchStatements(words))
            {
                var statement = match.Statement;
                Console.WriteLine($"{statement.Id} (matched {(match.Variant is null ? "the reading" : "a variant")})");
                Console.WriteLine($"  reading: {statement.Speaker}: \"{statement.Text}\"; {string.Join(", ", statement.Sources)}");
                foreach (var variant in statement.Variants)
                {
                    Console.WriteLine($"  variant: {variant.Speaker ?? statement.Speaker}: "
                        + $"{(variant.Text is { } text ? $"\"{text}\"" : "the same words")}; {string.Join(", ", variant.Sources)}");
                }
            }
        }
        // </doc:variants>
    });

    [Fact]
    public void Latency_per_scope_piece() => Check("latency", (history, hk, Console) =>
    {
        // <doc:latency>
        foreach (var response in history.ScopedResponsesTo(new TriggerId("hk-national-security-law")))
        {
            Console.WriteLine($"{response.Change.Event.Id,-22} {response.Change.Policy.Stance,-19} in effect after {response.EffectiveDelay.TotalDays:0.0} days, "
                + (response.AnnouncementDelay is { } delay ? $"announced after {delay.TotalDays:0.0} days" : "no announcement date"));
        }
        // </doc:latency>
    });

    [Fact]
    public void The_example_dataset_is_valid_canonical_format_1_1()
    {
        var path = Path.Combine(RepositoryRoot.Path, "docs", "examples", "hong-kong-2020-scopes.json");
        var read = PolicyDatasetSerializer.ReadFile(path);

        read.Validate().Should().OnlyContain(d => d.Code == DiagnosticCodes.SourceWithoutTitle, "only the sources without a title are reported");
        PolicyDatasetSerializer.ToJson(read.Dataset).Should().Be(File.ReadAllText(path).ReplaceLineEndings("\n"), "the file is canonical");
        File.ReadAllText(path).Should().Contain("\"formatVersion\": \"1.1\"");
        read.Dataset.Events.Should().Contain(e => e.Policy.Scope.Origin == RequestOrigin.AnyJurisdiction)
            .And.Contain(e => e.Policy.Channel != null).And.Contain(e => e.Effective != null && e.Effective.Value.IsInterval);
    }

    private static void Check(string name, Action<PolicyHistory, JurisdictionCode, TextWriter> snippet)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        snippet(History.Value, new JurisdictionCode("HK"), output);

        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, Doc)).ReplaceLineEndings("\n");
        var marker = doc.IndexOf($"<!-- case: {name} -->", StringComparison.Ordinal);
        marker.Should().BeGreaterThan(-1, $"{Doc} should mark the case with <!-- case: {name} -->");
        var (code, afterCode) = Block(doc, "```csharp\n", marker);
        var (text, _) = Block(doc, "```text\n", afterCode);

        code.Should().Be(Snippet(name), $"{Doc} should show the code that {Self} runs for '{name}'");
        text.Should().Be(output.ToString(), $"{Doc} should show what the '{name}' code prints");
    }

    /// <summary>The contents of the first fenced block opening with <paramref name="fence"/> after <paramref name="from"/>.</summary>
    private static (string Contents, int End) Block(string doc, string fence, int from)
    {
        var start = doc.IndexOf(fence, from, StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, $"a {fence.Trim()} block should follow");
        start += fence.Length;
        var end = doc.IndexOf("```\n", start, StringComparison.Ordinal);
        return (doc[start..end], end + 4);
    }

    /// <summary>This file's lines between the markers of a case, without their common indentation.</summary>
    private static string Snippet(string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, Self)).ReplaceLineEndings("\n");
        var match = SnippetPattern().Matches(source).Single(m => m.Groups["name"].Value == name);
        var lines = match.Groups["body"].Value.Split('\n')[..^1];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(lines.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
    }

    [GeneratedRegex(@"// <doc:(?<name>[a-z]+)>\n(?<body>(?:.*\n)*?)\s*// </doc:\k<name>>")]
    private static partial Regex SnippetPattern();
}
