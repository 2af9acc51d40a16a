using System.Text;
using System.Text.Json;
using PolicyEvents.Domain;
using PolicyEvents.Synthetic;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Synthetic;

[Trait("Category", "Slow")]
public class SyntheticDatasetTests
{
    private static readonly Lazy<SyntheticDataset> TenThousand = new(() => SyntheticDataset.Generate(10_000));

    [Fact]
    public void The_same_seed_gives_the_same_events_and_the_same_bytes()
    {
        var first = SyntheticDataset.Generate(2_000, seed: 7);
        var second = SyntheticDataset.Generate(2_000, seed: 7);

        second.Companies.Should().Equal(first.Companies);
        second.Sources.Should().Equal(first.Sources);
        second.Statements.Should().Equal(first.Statements);
        second.Events.Should().Equal(first.Events);
        SyntheticJsonLines.ToUtf8Bytes(second).Should().Equal(SyntheticJsonLines.ToUtf8Bytes(first));
    }

    [Fact]
    public void Another_seed_gives_other_events()
    {
        var first = SyntheticDataset.Generate(2_000, seed: 7);
        var other = SyntheticDataset.Generate(2_000, seed: 8);

        other.Events.Should().NotEqual(first.Events);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(10_000)]
    public void It_generates_the_requested_number_of_events_for_500_companies(int count)
    {
        var dataset = count == 10_000 ? TenThousand.Value : SyntheticDataset.Generate(count);

        dataset.Events.Should().HaveCount(count);
        dataset.Companies.Should().HaveCount(SyntheticDataset.CompanyCount);
        dataset.Events.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_generated_dataset_has_no_validation_errors_so_the_load_benchmarks_load_it()
    {
        var errors = TenThousand.Value.ToPolicyDataset().Validate().Where(d => d.IsError).ToList();

        errors.Should().BeEmpty();
        TenThousand.Value.Statements.Should().Contain(s => s.Date != null, "most statements keep the date they were said");
    }

    [Fact]
    public void Every_reference_resolves_and_every_collection_is_sorted_by_id()
    {
        var dataset = TenThousand.Value;
        var companies = dataset.Companies.Select(c => c.Id).ToHashSet();
        var sources = dataset.Sources.Select(s => s.Id).ToHashSet();
        var statements = dataset.Statements.Select(s => s.Id).ToHashSet();

        dataset.Companies.Where(c => c.Parent is not null).Should().NotBeEmpty()
            .And.OnlyContain(c => companies.Contains(c.Parent!.Value));
        dataset.Statements.Should().OnlyContain(s => companies.Contains(s.Speaker.Company) && s.Sources.All(sources.Contains));
        dataset.Events.Should().OnlyContain(e => companies.Contains(e.Company)
            && JurisdictionRegistry.Default.Contains(e.Jurisdiction)
            && e.Statements.All(statements.Contains) && e.Sources.All(sources.Contains) && !e.Sources.IsEmpty);
        dataset.Events.Select(e => e.Id.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
        dataset.Statements.Select(s => s.Id.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
        dataset.Sources.Select(s => s.Id.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
        dataset.Companies.Select(c => c.Id.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Within_a_company_and_jurisdiction_events_apply_from_strictly_later_instants()
    {
        foreach (var pair in TenThousand.Value.Events.GroupBy(e => (e.Company, e.Jurisdiction)))
        {
            var starts = pair.Select(SyntheticDataset.AppliesFrom).ToList();
            starts.Zip(starts.Skip(1)).Should().OnlyContain(p => p.First < p.Second, "in {0}", pair.Key);
        }
    }

    [Fact]
    public void Every_date_of_every_event_can_be_read_in_its_jurisdictions_time_zone()
    {
        foreach (var e in TenThousand.Value.Events)
        {
            var zone = JurisdictionRegistry.Default.Get(e.Jurisdiction).TimeZone;
            var read = () => new[] { e.Effective, e.Announced }.Where(d => d is not null).Select(d => d!.Value.ToInterval(zone)).ToList();
            read.Should().NotThrow("{0} in {1}", e, zone.Id);
        }
    }

    [Fact]
    public void It_mixes_stances_precisions_qualifiers_and_dates_from_2009_to_2026()
    {
        var events = TenThousand.Value.Events;
        var effective = events.Where(e => e.Effective is not null).Select(e => e.Effective!.Value).ToList();

        events.Select(e => e.Policy.Stance).Distinct().Should().HaveCount(Enum.GetValues<PolicyStance>().Length);
        effective.Select(d => d.Precision).Distinct().Should().BeEquivalentTo(Enum.GetValues<DatePrecision>());
        effective.Should().Contain(d => d.IsApproximate).And.Contain(d => d.IsUncertain);
        effective.Should().OnlyContain(d => d.Year >= 2009 && d.Year <= 2026);
        events.Should().Contain(e => e.Effective == null).And.Contain(e => e.Announced == null);
        events.Select(e => e.Jurisdiction).Distinct().Count().Should().BeGreaterThan(200);
        TenThousand.Value.Statements.Should().Contain(s => s.Language == new LanguageTag("zh-Hant"));
    }

    [Fact]
    public void The_JSON_Lines_text_has_a_header_then_one_typed_object_per_line()
    {
        var dataset = SyntheticDataset.Generate(500);
        var text = Encoding.UTF8.GetString(SyntheticJsonLines.ToUtf8Bytes(dataset));

        text.Should().EndWith("}\n").And.NotContain("\r");
        var lines = text[..^1].Split('\n');
        lines.Should().HaveCount(1 + dataset.Companies.Length + dataset.Sources.Length + dataset.Statements.Length + dataset.Events.Length);
        var types = lines.Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            var first = document.RootElement.EnumerateObject().First();
            first.Name.Should().Be("type");
            return first.Value.GetString();
        }).ToList();
        types[0].Should().Be("dataset");
        types.Skip(1).Distinct().Should().Equal("company", "source", "statement", "event");
        lines[0].Should().StartWith("{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"metadata\":{\"id\":\"synthetic-500-20200630\"");
        lines[^1].Should().MatchRegex("^\\{\"type\":\"event\",\"id\":\"[a-z0-9-]+\",\"company\":\"[a-z0-9-]+\",\"jurisdiction\":\"[A-Z]{2}\",\"policy\":\\{\"stance\":\"[a-zA-Z]+\"");
    }
}
