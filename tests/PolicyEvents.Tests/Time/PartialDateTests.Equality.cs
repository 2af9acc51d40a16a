using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Time;

/// <summary>Equality and ordering: the shared contract, and CompareTo agreeing with Equals over a generated set.</summary>
public partial class PartialDateTests
{
    [Fact]
    public void Equality_and_ordering_follow_the_contract()
    {
        EqualityContract.AssertOrdering(
            PartialDate.Parse("2020"), PartialDate.FromYear(2020),
            PartialDate.Parse("2020~"),
            PartialDate.Parse("2020?"),
            PartialDate.Parse("2020%"),
            PartialDate.Parse("2020-01"),
            PartialDate.Parse("2020-01-01"),
            PartialDate.Parse("2020-01-01~"),
            PartialDate.Parse("2020-01-01T00:00:00Z"),
            PartialDate.Parse("2020-01-01T08:00:00+08:00"),
            PartialDate.Parse("2020-01-01T00:00:00.000000001Z"),
            PartialDate.Parse("2020-01-01T00:00:00-03:30"),
            PartialDate.Parse("2020-01-02"),
            PartialDate.Parse("2020-02"),
            PartialDate.Parse("2021"));
    }

    [Fact]
    public void The_same_instant_at_another_offset_is_not_equal_but_sorts_next_to_it()
    {
        var utc = PartialDate.Parse("2020-06-30T15:00:00Z");
        var hongKong = PartialDate.Parse("2020-06-30T23:00:00+08:00");

        hongKong.Instant.Should().Be(utc.Instant);
        EqualityContract.AssertOrdering(utc, PartialDate.FromInstant(utc.Instant!.Value), hongKong);
    }

    [Fact]
    public void CompareTo_is_zero_exactly_when_Equals_over_a_generated_set()
    {
        var values = GeneratedValues().ToList();
        values.Should().HaveCountGreaterThan(250);

        // Plain loops collecting violations: hundreds of thousands of pairs are too many for one assertion each.
        var violations = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = 0; j < values.Count; j++)
            {
                var (a, b) = (values[i], values[j]);
                var compared = a.CompareTo(b);
                if ((compared == 0) != a.Equals(b))
                {
                    violations.Add($"{a} vs {b}: CompareTo {compared}, Equals {a.Equals(b)}");
                }
                if (Math.Sign(compared) != -Math.Sign(b.CompareTo(a)))
                {
                    violations.Add($"{a} vs {b}: CompareTo is not antisymmetric");
                }
                if (a.Equals(b) && a.GetHashCode() != b.GetHashCode())
                {
                    violations.Add($"{a} vs {b}: equal but hash codes differ");
                }
            }
        }

        // Transitivity: a sorted list must be ordered pairwise, not only between neighbours.
        var sorted = values.Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                if (sorted[i].CompareTo(sorted[j]) > 0)
                {
                    violations.Add($"{sorted[i]} was sorted before {sorted[j]} but compares after it");
                }
            }
        }
        violations.Should().BeEmpty();
    }

    [Fact]
    public void Dates_sort_by_the_day_they_start()
    {
        var days = GeneratedValues().Where(v => v.Precision == DatePrecision.Day && v.Qualifier == DateQualifier.None && !v.IsInterval).Order().ToList();

        days.Select(d => d.StartDate).Should().BeInAscendingOrder();
    }

    /// <summary>
    /// A deterministic set with many near-ties: each text twice (parsed separately), every precision and qualifier
    /// around month and year boundaries, and instants that are the same moment at different offsets.
    /// </summary>
    private static IEnumerable<PartialDate> GeneratedValues()
    {
        var texts = new List<string>();
        foreach (var year in new[] { "2019", "2020" })
        {
            foreach (var stem in new[] { year, $"{year}-01", $"{year}-02", $"{year}-12", $"{year}-01-01", $"{year}-01-31", $"{year}-02-01", $"{year}-12-31" })
            {
                texts.AddRange([stem, stem + "~", stem + "?", stem + "%"]);
            }
            texts.AddRange([
                $"{year}-01-01T00:00:00Z", $"{year}-01-01T08:00:00+08:00", $"{year}-01-01T00:00:00+08:00",
                $"{year}-12-31T16:00:00Z", $"{year}-12-31T20:30:00-03:30", $"{year}-12-31T23:59:59.999999999Z",
                $"{year}-02-01T00:00:00-14:00", $"{year}-01-31T10:00:00Z", $"{year}-02-01T00:00:00+14:00",
            ]);
        }
        foreach (var stem in new[] { "2020-01-0X", "2020-01-XX", "2020-0X-XX", "2020-XX-XX", "202X-XX-XX", "2020-0X", "2020-XX", "202X", "20XX", "2019-12-3X", "2020-1X" })
        {
            texts.AddRange([stem, stem + "~", stem + "%"]);
        }
        foreach (var start in new[] { "", "..", "2019-12-31", "2020", "2020-01", "2020-01-01", "2020-01-01~", "2020-01-0X", "2020-01-01T00:00:00Z", "2019-12-31T16:00:00-08:00" })
        {
            foreach (var end in new[] { "", "..", "2020", "2020-01-01", "2020-01-01?", "2020-01-0X", "2020-XX-XX", "2020-01-01T00:00:00Z", "2020-01-02T08:00:00+08:00", "2021" })
            {
                if (PartialDate.TryParse($"{start}/{end}", out _))
                {
                    texts.Add($"{start}/{end}");
                }
            }
        }
        var random = new Random(20200630);
        for (var i = 0; i < 60; i++)
        {
            var offsetMinutes = random.Next(-18 * 4, 18 * 4 + 1) * 15;
            var sign = offsetMinutes < 0 ? "-" : "+";
            var abs = Math.Abs(offsetMinutes);
            texts.Add($"2020-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}T{random.Next(0, 24):D2}:{random.Next(0, 60):D2}:00{sign}{abs / 60:D2}:{abs % 60:D2}");
        }
        foreach (var text in texts)
        {
            yield return PartialDate.Parse(text);
            yield return PartialDate.Parse(new string(text.AsSpan()));
        }
        yield return default;
    }
}
