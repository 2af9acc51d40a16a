using NodaTime;
using NodaTime.Text;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Queries;

/// <summary>
/// The <c>at</c> command's DATE: an EDTF date or instant (<c>2020-07-09</c>, <c>2020-07</c>,
/// <c>2020-06-30T23:00:00+08:00</c>, <c>2020-06-30T15:00:00Z</c>) or an ISO local date-time
/// (<c>2020-07-09T12:00</c>), or <c>now</c> (from the environment's clock). Anything local is read in each jurisdiction's own zone; a date is taken at its start,
/// an interval (<c>2020-07-07/2020-07-14</c>) at the start of its first date.
/// </summary>
internal sealed class QueryTime
{
    private static readonly LocalDateTimePattern MinutesPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    private readonly PartialDate? _date;
    private readonly LocalDateTime? _local;
    private readonly Instant? _instant;

    private QueryTime(string text, PartialDate? date, LocalDateTime? local, Instant? instant = null)
    {
        Text = text;
        _date = date;
        _local = local;
        _instant = instant;
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>Parses the argument.</summary>
    /// <param name="text">The text, or <c>now</c>.</param>
    /// <param name="clock">Gives the instant <c>now</c> means.</param>
    /// <returns>The time.</returns>
    /// <exception cref="CliException">The text is neither (exit code 2), with the reason.</exception>
    public static QueryTime Parse(string text, IClock clock)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return new QueryTime(text, null, null, clock.GetCurrentInstant());
        }
        var local = LocalDateTimePattern.ExtendedIso.Parse(trimmed);
        if (!local.Success)
        {
            local = MinutesPattern.Parse(trimmed);
        }
        if (local.Success)
        {
            return new QueryTime(text, null, local.Value);
        }
        PartialDate date;
        try
        {
            date = PartialDate.Parse(trimmed);
        }
        catch (FormatException e)
        {
            throw CliException.Usage($"invalid date '{text}': {e.Message.TrimEnd('.')} (use an EDTF date or instant, e.g. 2020-07-09 or 2020-06-30T23:00:00+08:00)", e);
        }
        if (date.From is null)
        {
            throw CliException.Usage($"invalid date '{text}': an interval whose start is open or unknown has no start to ask about (give its first date, e.g. 2020-07-07/2020-07-14)");
        }
        return new QueryTime(text, date, null);
    }

    /// <summary>The instant meant, reading local text in a zone.</summary>
    /// <param name="zone">The jurisdiction's zone.</param>
    /// <returns>The instant.</returns>
    public Instant In(DateTimeZone zone) =>
        _instant ?? (_local is { } local ? local.InZoneLeniently(zone).ToInstant() : _date!.Value.ToInterval(zone).Start);
}
