using System.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Validation;

/// <summary>Every diagnostic code, each from a small bad file, with its line, column and JSON path.</summary>
public class DiagnosticCodeTests
{
    // Lines 1 to 3 of every bad document; the test's own lines start at line 4.
    private const string Head = """
        {
          "formatVersion": "1.0",
          "metadata": { "id": "bad", "title": "Bad", "version": "1", "created": "2026-01-01T00:00:00Z" },
        """;

    private const string Acme = """    { "id": "acme", "name": "Acme" }""";

    private static string Event(string members = "", string company = "acme", string jurisdiction = "HK", string effective = "\"2020-07-06\"", string stance = "paused", string id = "e1") =>
        $$"""    { "id": "{{id}}", "company": "{{company}}", "jurisdiction": "{{jurisdiction}}", "policy": { "stance": "{{stance}}" }, "effective": {{effective}}, "recorded": "2026-01-01T00:00:00Z"{{members}} }""";

    private static string Document(params string[] lines) => Head + "\n" + string.Join("\n", lines) + "\n}\n";

    private static DatasetFormatException LoadFails(string text, DatasetReadOptions? options = null)
    {
        var act = () => PolicyDatasetSerializer.FromJson(text, options ?? new DatasetReadOptions { FileName = "bad.json" });
        return act.Should().Throw<DatasetFormatException>().Which;
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string text) =>
        Read(text, new DatasetReadOptions { FileName = "bad.json", Validate = false }).Validate();

    private static void Expect(IEnumerable<Diagnostic> diagnostics, string code, DiagnosticSeverity severity, int line, int column, string path)
    {
        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == code).Subject;
        diagnostic.Severity.Should().Be(severity);
        diagnostic.Location.Should().Be(new DiagnosticLocation("bad.json", line, column, path), because: diagnostic.ToString());
        diagnostic.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void PE0001_malformed_json_is_reported_one_based()
    {
        var text = Document("""  "companies": [ { "id": "acme", "name": "Acme", } ]""");

        var exception = LoadFails(text);

        Expect(exception.Diagnostics, "PE0001", DiagnosticSeverity.Error, 4, 50, "$.companies[0]"); // the brace after the trailing comma
        exception.Diagnostics[0].Message.Should().NotContain("LineNumber");
        exception.Diagnostics[0].Message.Should().Be("Malformed JSON: a comma after an object's last member; JSON allows no trailing comma (remove it).");
    }

    [Fact]
    public void PE0001_a_trailing_comma_in_an_array_is_named_without_the_readers_advice()
    {
        var exception = LoadFails(Document("""  "companies": [ { "id": "acme", "name": "Acme" }, ]"""));

        exception.Diagnostics[0].Message.Should().Be("Malformed JSON: a comma after an array's last item; JSON allows no trailing comma (remove it).");
    }

    [Fact]
    public void PE0002_wrong_type()
    {
        var exception = LoadFails(Document("""  "companies": [ { "id": "acme", "name": 42 } ]"""));

        Expect(exception.Diagnostics, "PE0002", DiagnosticSeverity.Error, 4, 42, "$.companies[0].name");
    }

    [Fact]
    public void PE0002_null_is_not_a_value()
    {
        var exception = LoadFails(Document("""  "companies": [ { "id": "acme", "name": "Acme", "parent": null } ]"""));

        Expect(exception.Diagnostics, "PE0002", DiagnosticSeverity.Error, 4, 60, "$.companies[0].parent");
    }

    [Fact]
    public void PE0003_missing_member()
    {
        var exception = LoadFails(Document("""  "companies": [""", """    { "id": "acme" }""", "  ]"));

        Expect(exception.Diagnostics, "PE0003", DiagnosticSeverity.Error, 5, 5, "$.companies[0]");
        exception.Diagnostics.Single().Message.Should().Contain("'name'");
    }

    [Fact]
    public void PE0004_duplicate_member()
    {
        var exception = LoadFails(Document("""  "companies": [ { "id": "acme", "name": "A", "name": "B" } ]"""));

        Expect(exception.Diagnostics, "PE0004", DiagnosticSeverity.Error, 4, 47, "$.companies[0].name");
    }

    [Fact]
    public void PE0005_unknown_member_is_a_warning_or_an_error_on_request()
    {
        var text = Document("""  "companies": [ { "id": "acme", "name": "Acme", "colour": "red" } ]""");

        var read = Read(text, new DatasetReadOptions { FileName = "bad.json" });
        Expect(read.Warnings, "PE0005", DiagnosticSeverity.Warning, 4, 50, "$.companies[0].colour");
        Expect(read.Validate(), "PE0005", DiagnosticSeverity.Warning, 4, 50, "$.companies[0].colour");

        var exception = LoadFails(text, new DatasetReadOptions { FileName = "bad.json", RejectUnknownMembers = true });
        Expect(exception.Diagnostics, "PE0005", DiagnosticSeverity.Error, 4, 50, "$.companies[0].colour");
    }

    [Fact]
    public void PE0006_invalid_value_such_as_a_bad_edtf_date()
    {
        var exception = LoadFails(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event(effective: "\"2020-02-30\""), "  ]"));

        Expect(exception.Diagnostics, "PE0006", DiagnosticSeverity.Error, 8, 107, "$.events[0].effective");
        exception.Diagnostics.Single().Message.Should().Contain("day 30 does not exist in 2020-02");
    }

    [Fact]
    public void Every_problem_of_a_file_is_listed_not_just_the_first()
    {
        var exception = LoadFails(Document("""  "companies": [""", """    { "id": "Acme", "name": " x" },""", """    { "name": "B" }""", "  ]"));

        exception.Diagnostics.Select(d => (d.Code, d.Location.Line)).Should().Equal(("PE0006", 5), ("PE0006", 5), ("PE0003", 6));
    }

    [Fact]
    public void PE0007_a_newer_major_version_is_refused_clearly()
    {
        var text = Head.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal) + "\n  \"gadgets\": []\n}\n";

        var exception = LoadFails(text);

        Expect(exception.Diagnostics, "PE0007", DiagnosticSeverity.Error, 2, 20, "$.formatVersion");
        exception.Diagnostics.Single().Message.Should().Contain("newer").And.Contain("upgrade");
    }

    [Fact]
    public void A_newer_minor_version_loads_with_warnings()
    {
        var text = Head.Replace("\"1.0\"", "\"1.7\"", StringComparison.Ordinal) + "\n  \"companies\": [ { \"id\": \"acme\", \"name\": \"Acme\", \"founded\": 1999 } ]\n}\n";

        var read = Read(text);

        read.Dataset.Companies.Should().ContainSingle();
        read.Warnings.Should().ContainSingle(d => d.Code == "PE0005");
    }

    private static DatasetReadResult Read(string text, DatasetReadOptions? options = null) =>
        PolicyDatasetSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

    private const string LinesHeader = """{"type":"dataset","formatVersion":"1.0","metadata":{"id":"bad","title":"Bad","version":"1","created":"2026-01-01T00:00:00Z"}}""";

    [Fact]
    public void PE0008_an_unknown_record_type_in_json_lines_is_skipped_with_a_warning()
    {
        var text = LinesHeader + "\n" + """{"type":"removal","company":"acme","requests":12}""" + "\n";

        var read = Read(text, new DatasetReadOptions { FileName = "bad.json" });

        Expect(read.Warnings, "PE0008", DiagnosticSeverity.Warning, 2, 9, "$.type");
    }

    [Fact]
    public void PE0009_json_lines_without_a_header()
    {
        var text = """{"type":"company","id":"acme","name":"Acme"}""" + "\n";

        var exception = LoadFails(text, new DatasetReadOptions { FileName = "bad.json", Format = DatasetFormat.JsonLines });

        exception.Diagnostics.Should().Contain(d => d.Code == "PE0009" && d.Location.Line == 1 && d.Location.Column == 1 && d.Location.Path == "$");
    }

    [Fact]
    public void Json_lines_locations_name_the_line_and_a_path_within_it()
    {
        var text = LinesHeader + "\n" + """{"type":"company","id":"acme","name":"Acme"}""" + "\n" + """{"type":"event","id":"e1","company":"nobody","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-06","recorded":"2026-01-01T00:00:00Z"}""" + "\n";

        Expect(Validate(text), "PE0101", DiagnosticSeverity.Error, 3, 1, "$.company");
    }

    [Fact]
    public void PE0101_unknown_company()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event(company: "nobody"), "  ]")),
            "PE0101", DiagnosticSeverity.Error, 8, 5, "$.events[0].company");
    }

    [Fact]
    public void PE0102_unknown_parent_company()
    {
        Expect(Validate(Document("""  "companies": [""", """    { "id": "acme", "name": "Acme", "parent": "nobody" }""", "  ]")),
            "PE0102", DiagnosticSeverity.Error, 5, 5, "$.companies[0].parent");
    }

    [Fact]
    public void PE0103_unknown_source()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],", """  "statements": [""",
                """    { "id": "s1", "text": "We paused.", "speaker": { "company": "acme" }, "language": "en", "sources": ["missing"] }""", "  ]")),
            "PE0103", DiagnosticSeverity.Error, 8, 5, "$.statements[0].sources[0]");
    }

    [Fact]
    public void PE0104_unknown_statement()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event(""", "statements": ["missing"]"""), "  ]")),
            "PE0104", DiagnosticSeverity.Error, 8, 5, "$.events[0].statements[0]");
    }

    [Fact]
    public void PE0105_unknown_trigger()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event(""", "trigger": "missing" """), "  ]")),
            "PE0105", DiagnosticSeverity.Error, 8, 5, "$.events[0].trigger");
    }

    [Fact]
    public void PE0106_unknown_superseded_event()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event(""", "supersedes": "missing" """), "  ]")),
            "PE0106", DiagnosticSeverity.Error, 8, 5, "$.events[0].supersedes");
    }

    [Fact]
    public void PE0107_unknown_jurisdiction()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event(jurisdiction: "QQ"), "  ]")),
            "PE0107", DiagnosticSeverity.Error, 8, 5, "$.events[0].jurisdiction");
    }

    [Fact]
    public void A_jurisdiction_defined_by_the_dataset_is_known()
    {
        var text = Document("""  "companies": [""", Acme, "  ],", """  "jurisdictions": [ { "code": "QQ", "name": "Q", "kind": "other", "timeZone": "Etc/UTC" } ],""",
            """  "events": [""", Event(jurisdiction: "QQ"), "  ]");

        var dataset = PolicyDatasetSerializer.FromJson(text);

        dataset.Validate().Should().BeEmpty();
        dataset.Registry.Get("QQ").Name.Should().Be("Q");
        dataset.Registry.Get("HK").Name.Should().Be("Hong Kong");
    }

    [Fact]
    public void PE0108_duplicate_id()
    {
        var exception = LoadFails(Document("""  "companies": [""", Acme + ",", """    { "id": "acme", "name": "Acme again" }""", "  ]"));

        Expect(exception.Diagnostics, "PE0108", DiagnosticSeverity.Error, 6, 5, "$.companies[1]");
        exception.Diagnostics.Single().Message.Should().Contain("$.companies[0], line 5");
    }

    [Fact]
    public void PE0109_statement_dated_after_every_source()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],",
                """  "sources": [ { "id": "news", "publisher": "News", "title": "T", "published": "2020-07-06" } ],""",
                """  "statements": [""",
                """    { "id": "s1", "text": "We paused.", "speaker": { "company": "acme" }, "date": "2020-07-10", "language": "en", "sources": ["news"] }""", "  ]")),
            "PE0109", DiagnosticSeverity.Error, 9, 5, "$.statements[0].date");
    }

    [Fact]
    public void PE0110_conflicting_events()
    {
        var diagnostics = Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event() + ",", Event(id: "e2", stance: "refusing"), "  ]"));

        Expect(diagnostics, "PE0110", DiagnosticSeverity.Error, 9, 5, "$.events[1].policy");
    }

    [Fact]
    public void PE0110_does_not_apply_when_one_event_supersedes_the_other()
    {
        Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event() + ",", Event(""", "supersedes": "e1" """, id: "e2", stance: "refusing"), "  ]"))
            .Should().BeEmpty();
    }

    private static string ScopedEvent(string id, string jurisdiction, string stance, string scope, string date = "\"announced\": \"2020-07-06\"") =>
        $$"""    { "id": "{{id}}", "company": "acme", "jurisdiction": "{{jurisdiction}}", "policy": { "stance": "{{stance}}", "scope": {{scope}} }, {{date}}, "recorded": "2026-01-01T00:00:00Z" }""";

    [Fact]
    public void PE0110_does_not_apply_to_scopes_that_share_no_request()
    {
        Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""",
                ScopedEvent("e1", "HK", "formalChannelOnly", """{ "requestKinds": ["content"] }""", "\"effective\": \"2020-07-06\"") + ",",
                ScopedEvent("e2", "HK", "respondingAsUsual", """{ "requestKinds": ["nonContent"] }""", "\"effective\": \"2020-07-06\""), "  ]"))
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ "products": ["mail"] }""", """{ "products": ["chat"] }""", false)]
    [InlineData("""{ "products": ["mail", "chat"] }""", """{ "products": ["chat"] }""", true)]
    [InlineData("""{ "products": ["mail"] }""", """{ "requestKinds": ["userData"] }""", true)]
    [InlineData("""{ "subjectJurisdictions": ["HK"] }""", """{ "subjectJurisdictions": ["MO"] }""", false)]
    [InlineData("""{ "subjectJurisdictions": ["MO", "HK"] }""", """{ "subjectJurisdictions": ["HK"] }""", true)]
    [InlineData("""{ "subjectJurisdictions": ["HK"] }""", """{ "requestKinds": ["userData"] }""", true)]
    public void PE0110_applies_to_scopes_that_share_a_product_or_a_subject_jurisdiction(string first, string second, bool conflict)
    {
        var diagnostics = Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""",
            ScopedEvent("e1", "HK", "formalChannelOnly", first, "\"effective\": \"2020-07-06\"") + ",",
            ScopedEvent("e2", "HK", "respondingAsUsual", second, "\"effective\": \"2020-07-06\""), "  ]"));

        diagnostics.Select(d => d.Code).Should().BeEquivalentTo(conflict ? ["PE0110"] : Array.Empty<string>());
    }

    [Fact]
    public void PE0119_contradictory_scopes()
    {
        var diagnostics = Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""",
            ScopedEvent("e1", "HK", "paused", """{ "requestKinds": ["userData"] }""") + ",",
            ScopedEvent("e2", "US", "refusing", """{ "subjectJurisdictions": ["HK"], "origin": "anyJurisdiction" }"""), "  ]"));

        Expect(diagnostics, "PE0119", DiagnosticSeverity.Warning, 9, 5, "$.events[1].policy");
        diagnostics.Should().ContainSingle();
    }

    [Fact]
    public void PE0119_does_not_apply_to_other_jurisdictions_equal_stances_or_other_dates()
    {
        Validate(Document("""  "companies": [""", Acme, "  ],", """  "events": [""",
                ScopedEvent("e1", "HK", "paused", """{ "requestKinds": ["userData"] }""") + ",",
                ScopedEvent("e2", "US", "refusing", """{ "requestKinds": ["userData"] }""") + ",",
                ScopedEvent("e3", "US", "refusing", """{ "subjectJurisdictions": ["US"] }""") + ",",
                ScopedEvent("e4", "HK", "refusing", """{ "origin": "anyJurisdiction" }""", "\"announced\": \"2020-07-07\""), "  ]"))
            .Should().BeEmpty();
    }

    [Fact]
    public void PE0111_statement_without_a_source()
    {
        Expect(Validate(Document("""  "companies": [""", Acme, "  ],", """  "statements": [""",
                """    { "id": "s1", "text": "We paused.", "speaker": { "company": "acme" }, "language": "en" }""", "  ]")),
            "PE0111", DiagnosticSeverity.Warning, 8, 5, "$.statements[0]");
    }

    [Fact]
    public void PE0120_source_without_a_title()
    {
        Expect(Validate(Document("""  "sources": [""", """    { "id": "news", "publisher": "News" }""", "  ]")),
            "PE0120", DiagnosticSeverity.Information, 5, 5, "$.sources[0].title");
    }

    [Fact]
    public void PE0113_parent_cycle()
    {
        var diagnostics = Validate(Document("""  "companies": [""", """    { "id": "a", "name": "A", "parent": "b" },""", """    { "id": "b", "name": "B", "parent": "a" }""", "  ]"));

        Expect(diagnostics, "PE0113", DiagnosticSeverity.Error, 5, 5, "$.companies[0].parent");
    }

    [Fact]
    public void PE0201_merge_conflict_names_both_datasets_and_the_record()
    {
        var left = PolicyDatasetSerializer.FromJson(Document("""  "companies": [""", Acme, "  ]"), new DatasetReadOptions { FileName = "left.json" });
        var right = PolicyDatasetSerializer.FromJson(Document("""  "companies": [""", """    { "id": "acme", "name": "ACME Corporation" }""", "  ]"), new DatasetReadOptions { FileName = "bad.json" });

        var act = () => left.Merge(right);

        var diagnostics = act.Should().Throw<DatasetValidationException>().Which.Diagnostics;
        diagnostics.Should().ContainSingle().Which.Should().Be(new Diagnostic(DiagnosticSeverity.Error, "PE0201",
            "The company 'acme' differs between dataset 'bad' ($.companies[0]) and dataset 'bad' ($.companies[0]); give one of them another id, or make them equal.",
            new DiagnosticLocation(null, null, null, "$.companies[0]")));
    }

    [Fact]
    public void Validating_on_load_refuses_a_dataset_with_errors()
    {
        var text = Document("""  "companies": [""", Acme, "  ],", """  "events": [""", Event(company: "nobody"), "  ]");

        var act = () => PolicyDatasetSerializer.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), new DatasetReadOptions { Validate = true });

        act.Should().Throw<DatasetValidationException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == "PE0101");
    }

    [Fact]
    public void Validating_on_load_keeps_a_dataset_whose_findings_are_only_warnings()
    {
        var text = Document("""  "companies": [""", Acme, "  ],", """  "statements": [""",
            """    { "id": "s1", "text": "We paused.", "speaker": { "company": "acme" }, "language": "en" }""", "  ]");

        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), new DatasetReadOptions { Validate = true });

        dataset.Statements.Should().ContainSingle();
        dataset.Validate().Should().ContainSingle().Which.Code.Should().Be("PE0111");
    }

    [Fact]
    public void PE0103_and_PE0107_are_checked_in_jurisdictions_and_triggers_too()
    {
        var diagnostics = Validate(Document(
            """  "jurisdictions": [ { "code": "QQ-A", "name": "A", "kind": "subdivision", "timeZone": "Etc/UTC", "parent": "QQ" } ],""",
            """  "triggers": [""",
            """    { "id": "t1", "jurisdiction": "XQ", "title": "Law", "effective": "2020-07-01", "sources": ["gone"],""",
            """      "effectiveClaims": [{ "date": "2020-07-02", "sources": ["lost"] }] }""",
            "  ]"));

        diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Path)).Should().Equal(
            ("PE0107", 4, "$.jurisdictions[0].parent"),
            ("PE0107", 6, "$.triggers[0].jurisdiction"),
            ("PE0103", 6, "$.triggers[0].sources[0]"),
            ("PE0103", 6, "$.triggers[0].effectiveClaims[0].sources[0]"));
        diagnostics[1].Message.Should().StartWith("Trigger 't1' names jurisdiction 'XQ'");
        diagnostics[0].Message.Should().StartWith("Jurisdiction 'QQ-A' names jurisdiction 'QQ'");
    }

    [Fact]
    public void PE0103_in_the_metadata_sources()
    {
        var text = """
            {
              "formatVersion": "1.0",
              "metadata": { "id": "bad", "title": "Bad", "version": "1", "created": "2026-01-01T00:00:00Z", "sources": ["nowhere"] }
            }
            """;

        var diagnostic = Validate(text).Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be("PE0103");
        diagnostic.Location.Line.Should().Be(3);
        diagnostic.Location.Path.Should().Be("$.metadata.sources[0]");
        diagnostic.Message.Should().Be("The dataset's metadata names source 'nowhere', which the dataset does not define.");
    }

    [Fact]
    public void PE0101_a_statement_attributed_to_an_unknown_company()
    {
        var diagnostics = Validate(Document("""  "sources": [ { "id": "news", "publisher": "News", "title": "T" } ],""", """  "statements": [""",
            """    { "id": "s1", "text": "We paused.", "speaker": { "company": "nobody" }, "language": "en", "sources": ["news"] }""", "  ]"));

        Expect(diagnostics, "PE0101", DiagnosticSeverity.Error, 6, 5, "$.statements[0].speaker.company");
        diagnostics.Single().Message.Should().Be("Statement 's1' is attributed to company 'nobody', which the dataset does not define.");
    }

    [Theory]
    [InlineData("""{ "id": "news", "publisher": "News" }""", "PE0120: $.sources[0].title: Source 'news' has no title: readers find it by its address; give its title where it is known.")]
    [InlineData("""{ "id": "news", "title": "T" }""", "PE0112: $.sources[0].publisher: Source 'news' has no publisher: give a publisher so readers can find it.")]
    [InlineData("""{ "id": "news" }""", "PE0112: $.sources[0].publisher: Source 'news' has no publisher: give a publisher so readers can find it.",
        "PE0120: $.sources[0].title: Source 'news' has no title: readers find it by its address; give its title where it is known.")]
    public void PE0112_and_PE0120_name_what_a_source_lacks(string source, params string[] expected)
    {
        var diagnostics = Validate(Document("""  "sources": [""", "    " + source, "  ]"));

        diagnostics.Select(d => $"{d.Code}: {d.Location.Path}: {d.Message}").Should().Equal(expected);
        diagnostics.Should().OnlyContain(d => d.Severity == (d.Code == "PE0112" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information));
    }

    [Fact]
    public void PE0109_allows_a_statement_dated_the_day_after_its_source_was_published()
    {
        Validate(Document("""  "companies": [""", Acme, "  ],",
                """  "sources": [ { "id": "news", "publisher": "News", "title": "T", "published": "2020-07-06" } ],""",
                """  "statements": [""",
                """    { "id": "s1", "text": "We paused.", "speaker": { "company": "acme" }, "date": "2020-07-07", "language": "en", "sources": ["news"] }""", "  ]"))
            .Should().BeEmpty("a source's day in one zone can be the next day in another");
    }
}
