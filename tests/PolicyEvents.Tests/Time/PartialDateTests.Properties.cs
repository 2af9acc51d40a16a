using CsCheck;
using NodaTime;
using PolicyEvents.Tests.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Time;

/// <summary>Properties over generated dates of every form (full, unspecified digits, intervals with known, open and
/// unknown ends): the text round-trips, the span is made of the ends' spans, and order agrees with equality.</summary>
public partial class PartialDateTests
{
    [Fact]
    public void Every_form_round_trips_through_its_canonical_text()
    {
        DatasetGenerators.Date.Sample(date =>
        {
            var text = date.ToString();
            var parsed = PartialDate.Parse(text);

            parsed.Should().Be(date);
            parsed.GetHashCode().Should().Be(date.GetHashCode());
            parsed.CompareTo(date).Should().Be(0);
            parsed.ToString().Should().Be(text);
            PartialDate.TryParse(text.AsSpan(), out var fromSpan).Should().BeTrue();
            fromSpan.Should().Be(date);
        }, iter: 5000);
    }

    [Fact]
    public void A_span_runs_from_the_start_of_the_first_date_to_the_end_of_the_last()
    {
        var zones = new[] { "Asia/Hong_Kong", "America/Los_Angeles", "Pacific/Apia" }.Select(id => DateTimeZoneProviders.Tzdb[id]).ToArray();
        Gen.Select(DatasetGenerators.Date, Gen.Int[0, zones.Length - 1]).Sample((date, z) =>
        {
            var zone = zones[z];
            var span = date.ToInterval(zone);

            if (date.From is { } from)
            {
                span.Start.Should().Be(from.ToInterval(zone).Start);
            }
            else
            {
                span.HasStart.Should().BeFalse();
            }
            if (date.To is { } to && to.ToInterval(zone) is { HasEnd: true } last)
            {
                span.End.Should().Be(span.HasStart && last.End < span.Start ? span.Start : last.End);
            }
            else
            {
                span.HasEnd.Should().BeFalse();
            }
            if (!date.IsInterval && date.Precision != DatePrecision.Instant)
            {
                span.Start.Should().Be(PartialDate.FromDate(date.StartDate).ToInterval(zone).Start);
            }
        }, iter: 3000);
    }

    [Fact]
    public void CompareTo_agrees_with_Equals_for_generated_pairs()
    {
        Gen.Select(DatasetGenerators.Date, DatasetGenerators.Date).Sample((a, b) =>
        {
            var compared = a.CompareTo(b);

            (compared == 0).Should().Be(a.Equals(b), "{0} and {1}", a, b);
            Math.Sign(compared).Should().Be(-Math.Sign(b.CompareTo(a)), "{0} and {1}", a, b);
            a.CompareTo(PartialDate.Parse(a.ToString())).Should().Be(0);
        }, iter: 5000);
    }
}
