using PolicyEvents.Domain;
using PolicyEvents.Storage;

namespace PolicyEvents.Validation;

/// <summary>
/// The events of a store grouped by company, each company's events in ascending position, for the checks of events
/// against each other: they group events by keys that include the company, so a check that takes one company at a time
/// keeps tables the size of one company's events instead of one table over every event.
/// </summary>
internal sealed class EventsByCompany
{
    private readonly int[] _events;
    private readonly int[] _starts;

    private EventsByCompany(int[] events, int[] starts) => (_events, _starts) = (events, starts);

    /// <summary>How many companies have events.</summary>
    internal int Companies => _starts.Length - 1;

    /// <summary>The positions of the events of one company (0 to <see cref="Companies"/> - 1), ascending.</summary>
    internal ReadOnlySpan<int> EventsOf(int company) =>
        _events.AsSpan(_starts[company], _starts[company + 1] - _starts[company]);

    /// <summary>Groups the events of <paramref name="events"/> by company, in one pass and a counting sort.</summary>
    internal static EventsByCompany Of(EventStore events)
    {
        var count = events.Count;
        var companyOf = new int[count];
        var companies = 0;
        if (events is ColumnEventStore columns)
        {
            for (var i = 0; i < count; i++)
            {
                companyOf[i] = columns.CompanyNumberOf(i);
                companies = Math.Max(companies, companyOf[i] + 1);
            }
        }
        else
        {
            var numbers = new Dictionary<CompanyId, int>();
            for (var i = 0; i < count; i++)
            {
                var company = events.CompanyOf(i);
                if (!numbers.TryGetValue(company, out companyOf[i]))
                {
                    numbers.Add(company, companyOf[i] = numbers.Count);
                }
            }
            companies = numbers.Count;
        }
        var starts = new int[companies + 1];
        foreach (var company in companyOf)
        {
            starts[company + 1]++;
        }
        for (var c = 0; c < companies; c++)
        {
            starts[c + 1] += starts[c];
        }
        var next = starts[..^1];
        var grouped = new int[count];
        for (var i = 0; i < count; i++)
        {
            grouped[next[companyOf[i]]++] = i;
        }
        return new EventsByCompany(grouped, starts);
    }
}
