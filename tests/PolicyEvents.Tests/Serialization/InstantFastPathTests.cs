using CsCheck;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// The readers parse instants through a fast path for the canonical form and fall back to NodaTime's
/// <see cref="InstantPattern.ExtendedIso"/> for anything else, so a fast path that refused too much would only be slow,
/// and one that accepted too much would be wrong, both unseen through the readers. These properties hold it to
/// NodaTime directly: every canonical instant is taken by the fast path with its exact value, and on any text near that
/// form the fast path either declines or agrees with NodaTime.
/// </summary>
public class InstantFastPathTests
{
    private static readonly Gen<Instant> Instant = Gen.Select(Gen.Long[-62_135_596_800L, 253_402_300_799L], Gen.Int[0, 3], Gen.Int[0, 999_999_999],
        (seconds, kind, nanos) => NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(kind switch { 0 => 0, 1 => nanos / 1_000_000 * 1_000_000, _ => nanos }));

    [Fact]
    public void Every_canonical_instant_is_taken_by_the_fast_path_with_its_value()
    {
        Instant.Sample(instant =>
        {
            var text = InstantPattern.ExtendedIso.Format(instant);

            JsonValueReader.TryParseInstant(text, out var value).Should().BeTrue(text);
            value.Should().Be(instant, text);
        }, iter: 5000);
    }

    [Fact]
    public void Near_the_canonical_form_the_fast_path_declines_or_agrees_with_NodaTime()
    {
        var edit = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 40], Gen.Char["0123456789-:.TZz+ x"], (kind, position, c) => (kind, position, c));
        Gen.Select(Instant, edit.Array[1, 3]).Sample((instant, edits) =>
        {
            var text = InstantPattern.ExtendedIso.Format(instant);
            foreach (var (kind, position, c) in edits)
            {
                var at = Math.Min(position, text.Length);
                text = kind switch
                {
                    0 => text.Insert(at, c.ToString()),
                    1 when at < text.Length => text.Remove(at, 1).Insert(at, c.ToString()),
                    _ when at < text.Length => text.Remove(at, 1),
                    _ => text,
                };
            }

            var reference = InstantPattern.ExtendedIso.Parse(text);
            if (JsonValueReader.TryParseInstant(text, out var value))
            {
                reference.Success.Should().BeTrue("the fast path took '{0}', which NodaTime refuses", text);
                value.Should().Be(reference.Value, text);
            }
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("2020-07-06T10:00:00Z", true)]
    [InlineData("2020-07-06T10:00:00.5Z", true)]
    [InlineData("2020-07-06T10:00:00.123456789Z", true)]
    [InlineData("0001-01-01T00:00:00Z", true)]
    [InlineData("9999-12-31T23:59:59.999999999Z", true)]
    [InlineData("2020-02-29T00:00:00Z", true)]
    [InlineData("2019-02-29T00:00:00Z", false)]
    [InlineData("0000-01-01T00:00:00Z", false)]
    [InlineData("2020-00-01T00:00:00Z", false)]
    [InlineData("2020-13-01T00:00:00Z", false)]
    [InlineData("2020-07-00T00:00:00Z", false)]
    [InlineData("2020-07-32T00:00:00Z", false)]
    [InlineData("2020-07-06T24:00:00Z", false)]
    [InlineData("2020-07-06T23:60:00Z", false)]
    [InlineData("2020-07-06T23:59:60Z", false)]
    [InlineData("2020-07-06T10:00:00.Z", false)]
    [InlineData("2020-07-06T10:00:00.1234567890Z", false)]
    [InlineData("2020-07-06T10:00:00,5Z", false)]
    [InlineData("2020-07-06T10:00:00", false)]
    [InlineData("2020-07-06 10:00:00Z", false)]
    [InlineData("2020/07-06T10:00:00Z", false)]
    [InlineData("2020-07/06T10:00:00Z", false)]
    [InlineData("2020-07-06T10-00:00Z", false)]
    [InlineData("2020-07-06T10:00-00Z", false)]
    [InlineData("2020-07-06T10:00:0aZ", false)]
    [InlineData("202a-07-06T10:00:00Z", false)]
    [InlineData("2020-0a-06T10:00:00Z", false)]
    [InlineData("2020-07-0aT10:00:00Z", false)]
    [InlineData("2020-07-06T1a:00:00Z", false)]
    [InlineData("2020-07-06T10:0a:00Z", false)]
    [InlineData("2020-07-06T10:00:00Y", false)]
    public void The_fast_path_takes_the_canonical_form_and_nothing_else(string text, bool taken)
    {
        JsonValueReader.TryParseInstant(text, out var value).Should().Be(taken);
        if (taken)
        {
            value.Should().Be(InstantPattern.ExtendedIso.Parse(text).Value);
        }
    }
}
