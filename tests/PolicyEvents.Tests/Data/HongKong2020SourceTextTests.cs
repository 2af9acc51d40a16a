using System.Security.Cryptography;

namespace PolicyEvents.Tests.Data;

/// <summary>Every quote and every date wording in the dataset appears verbatim in the verified text of each source it cites.</summary>
public class HongKong2020SourceTextTests
{
    [Fact]
    public void The_primary_article_is_the_byte_for_byte_copy_named_in_the_provenance_note()
    {
        var bytes = File.ReadAllBytes(HongKong2020Fixture.PathOf(Path.Combine("sources", HongKong2020Fixture.PrimaryArticleFile)));
        var provenance = File.ReadAllText(HongKong2020Fixture.PathOf(Path.Combine("sources", "PROVENANCE.md")));

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        hash.Should().Be("18b9655ec4a1e198f7dc52c25c8b28da592d68762db8a8357d90c95b69e71fb8");
        provenance.Should().Contain(hash).And.Contain($"Size: {bytes.Length} bytes");
    }

    [Fact]
    public void Every_source_has_a_verified_text_and_its_URL_is_in_the_provenance_note()
    {
        using var document = HongKong2020Fixture.Open();
        var provenance = File.ReadAllText(HongKong2020Fixture.PathOf(Path.Combine("sources", "PROVENANCE.md")));

        var figureProvenance = File.ReadAllText(HongKong2020Fixture.PathOf(Path.Combine("figures", "PROVENANCE.md")));
        var figures = HongKong2020Fixture.Items(document.RootElement, "figures").Select(f => f.GetProperty("provenance")).ToList();

        foreach (var source in HongKong2020Fixture.Items(document.RootElement, "sources"))
        {
            var id = source.GetProperty("id").GetString()!;
            var files = figures.Where(p => p.GetProperty("source").GetString() == id).Select(p => p.GetProperty("file").GetString()!).Distinct().ToList();
            if (files.Count > 0)
            {
                // A report behind published figures: its verified text is the export itself, kept byte for byte with the tests,
                // from the repository folder the source's URL names (at the commit in Fixtures/figures/PROVENANCE.md).
                files.Should().OnlyContain(f => File.Exists(HongKong2020Fixture.PathOf(Path.Combine("figures", f))), id);
                var url = new Uri(source.GetProperty("url").GetString()!);
                var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
                figureProvenance.Should().Contain($"commit `{segments[3]}`", id).And.Contain(string.Join('/', segments[4..]), id);
                continue;
            }
            HongKong2020Fixture.SourceText(id).Should().NotBeNullOrWhiteSpace(id);
            provenance.Should().Contain(source.GetProperty("url").GetString()!, id);
        }
    }

    [Fact]
    public void Every_statement_appears_verbatim_in_each_of_its_sources()
    {
        using var document = HongKong2020Fixture.Open();
        var checkedQuotes = 0;

        foreach (var statement in HongKong2020Fixture.Items(document.RootElement, "statements"))
        {
            var text = statement.GetProperty("text").GetString()!;
            var sources = HongKong2020Fixture.Strings(statement, "sources");
            sources.Should().NotBeEmpty(statement.GetProperty("id").GetString());
            foreach (var source in sources)
            {
                HongKong2020Fixture.SourceText(source).Should().Contain(text, "statement {0} cites {1}", statement.GetProperty("id"), source);
                checkedQuotes++;
            }
        }

        checkedQuotes.Should().BeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void Every_variant_wording_appears_verbatim_in_each_source_that_prints_it()
    {
        using var document = HongKong2020Fixture.Open();
        var checkedVariants = 0;

        foreach (var statement in HongKong2020Fixture.Items(document.RootElement, "statements"))
        {
            var id = statement.GetProperty("id").GetString();
            foreach (var variant in HongKong2020Fixture.Items(statement, "variants"))
            {
                // A variant without its own text gives the reading's words to another speaker: those words must be in its sources.
                var text = HongKong2020Fixture.OptionalString(variant, "text") ?? statement.GetProperty("text").GetString()!;
                foreach (var source in HongKong2020Fixture.Strings(variant, "sources"))
                {
                    HongKong2020Fixture.SourceText(source).Should().Contain(text, "a variant of {0} cites {1}", id, source);
                    checkedVariants++;
                }
            }
        }

        checkedVariants.Should().BeGreaterThanOrEqualTo(9);
    }

    [Fact]
    public void Where_a_variant_names_a_person_the_source_names_them()
    {
        using var document = HongKong2020Fixture.Open();

        var named = HongKong2020Fixture.Items(document.RootElement, "statements")
            .SelectMany(s => HongKong2020Fixture.Items(s, "variants"))
            .Where(v => v.TryGetProperty("speaker", out var speaker) && speaker.TryGetProperty("person", out _))
            .ToList();

        named.Should().NotBeEmpty();
        foreach (var variant in named)
        {
            var person = variant.GetProperty("speaker").GetProperty("person").GetString()!;
            foreach (var source in HongKong2020Fixture.Strings(variant, "sources"))
            {
                HongKong2020Fixture.SourceText(source).Should().Contain(person, source);
            }
        }
    }

    [Fact]
    public void Every_date_claim_wording_appears_verbatim_in_its_source()
    {
        using var document = HongKong2020Fixture.Open();
        var checkedClaims = 0;

        foreach (var trigger in HongKong2020Fixture.Items(document.RootElement, "triggers"))
        {
            foreach (var claim in HongKong2020Fixture.Items(trigger, "effectiveClaims"))
            {
                var wording = claim.GetProperty("wording").GetString()!;
                foreach (var source in HongKong2020Fixture.Strings(claim, "sources"))
                {
                    HongKong2020Fixture.SourceText(source).Should().Contain(wording, source);
                    checkedClaims++;
                }
            }
        }

        checkedClaims.Should().BeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public void The_second_trigger_is_the_Article_43_implementation_rules_as_news_gov_hk_names_them()
    {
        using var document = HongKong2020Fixture.Open();
        var trigger = HongKong2020Fixture.ById(document.RootElement, "triggers", "hk-nsl-article-43-implementation-rules");

        trigger.GetProperty("effective").GetString().Should().Be("2020-07-07");
        HongKong2020Fixture.SourceText("newsgovhk-2020-07-06-article-43-rules-gazetted")
            .Should().Contain(trigger.GetProperty("title").GetString()!).And.Contain("will take effect on July 7");
    }

    [Fact]
    public void The_trigger_title_is_the_law_s_name_as_the_official_sources_print_it()
    {
        using var document = HongKong2020Fixture.Open();
        var trigger = HongKong2020Fixture.ById(document.RootElement, "triggers", "hk-national-security-law");
        var title = trigger.GetProperty("title").GetString()!;

        HongKong2020Fixture.SourceText("people-xinhua-2020-06-30-law-takes-effect").Should().Contain(title);
        HongKong2020Fixture.SourceText("newsgovhk-2020-06-30-security-law-welcomed").Should().Contain(title);
    }

    [Fact]
    public void Every_phrase_a_note_quotes_appears_in_one_of_the_event_s_sources()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var urls = HongKong2020Fixture.Items(root, "sources").ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("url").GetString()!);
        var checkedPhrases = 0;

        foreach (var e in HongKong2020Fixture.Items(root, "events"))
        {
            var sources = HongKong2020Fixture.Strings(e, "sources");
            var evidence = string.Concat(sources.Select(s => HongKong2020Fixture.SourceText(s) + "\n" + urls[s] + "\n"));
            var note = HongKong2020Fixture.OptionalString(e, "note") ?? "";
            var parts = note.Split('"');
            for (var i = 1; i < parts.Length; i += 2)
            {
                if (parts[i].Length < 3)
                {
                    continue; // the EDTF qualifier "?" is named, not quoted
                }
                evidence.Should().Contain(parts[i], "the note of {0} quotes it", e.GetProperty("id"));
                checkedPhrases++;
            }
        }

        checkedPhrases.Should().BeGreaterThan(20);
    }
}
