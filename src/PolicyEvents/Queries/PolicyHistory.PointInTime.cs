using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>The policy in force for a company toward a jurisdiction at an instant. O(log n); allocates nothing.</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read; <see cref="DateReading.Earliest"/> by default.</param>
    /// <returns>The answer; <see cref="PolicyStatus.NoRecordedPolicy"/> when no event is in force (never null).</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public PolicyAnswer PolicyAt(CompanyId company, JurisdictionCode jurisdiction, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(reading, nameof(reading));
        var key = KeyOf(company, jurisdiction);
        return key >= 0 ? Answer(key, at, reading) : new PolicyAnswer(this, company, jurisdiction, at, reading, -1, -1);
    }

    /// <summary>
    /// Resolves a (company, jurisdiction) pair once, for analyses that ask many questions about it: the key answers
    /// <see cref="PolicyAt(HistoryKey, Instant, DateReading)"/> and <see cref="Timeline(HistoryKey, DateReading)"/> without
    /// looking the ids up again. The key is valid for this history (this view) only.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="key">The key, or the default value ("no key") when this view has no event for the pair.</param>
    /// <returns>True when this view has at least one event for the company toward the jurisdiction. When it has none, every
    /// point query about the pair answers <see cref="PolicyStatus.NoRecordedPolicy"/> and its timeline is empty.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    public bool TryGetKey(CompanyId company, JurisdictionCode jurisdiction, out HistoryKey key)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        var index = KeyOf(company, jurisdiction);
        key = index >= 0 ? new HistoryKey(this, index) : default;
        return index >= 0;
    }

    /// <summary>The policy in force for a resolved (company, jurisdiction) pair at an instant: the same answer as
    /// <see cref="PolicyAt(CompanyId, JurisdictionCode, Instant, DateReading)"/>, found by a binary search alone. O(log n);
    /// allocates nothing.</summary>
    /// <param name="key">A key from this history's <see cref="TryGetKey"/>.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read; <see cref="DateReading.Earliest"/> by default.</param>
    /// <returns>The answer; <see cref="PolicyStatus.NoRecordedPolicy"/> when no event is in force yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is the default value, or comes from another history or view.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public PolicyAnswer PolicyAt(HistoryKey key, Instant at, DateReading reading = DateReading.Earliest)
    {
        var index = IndexOf(key, nameof(key));
        EventTime.Check(reading, nameof(reading));
        return Answer(index, at, reading);
    }

    /// <summary>The policy in force for a resolved pair at the start of a local date in the jurisdiction's time zone; see
    /// <see cref="PolicyAt(CompanyId, JurisdictionCode, LocalDate, DateReading)"/>.</summary>
    /// <param name="key">A key from this history's <see cref="TryGetKey"/>.</param>
    /// <param name="date">The local date, read in the jurisdiction's zone.</param>
    /// <param name="reading">How imprecise effective dates are read; <see cref="DateReading.Earliest"/> by default.</param>
    /// <returns>The answer; never null.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is the default value, or comes from another history or view.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public PolicyAnswer PolicyAt(HistoryKey key, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        var index = IndexOf(key, nameof(key));
        EventTime.Check(reading, nameof(reading));
        return Answer(index, _keyZone[index].AtStartOfDay(date).ToInstant(), reading);
    }

    /// <summary>The policy in force for a company toward a jurisdiction at the start of a local date in the jurisdiction's
    /// time zone (the first instant of that day there).</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction, whose zone reads <paramref name="date"/>.</param>
    /// <param name="date">The local date.</param>
    /// <param name="reading">How imprecise effective dates are read; <see cref="DateReading.Earliest"/> by default.</param>
    /// <returns>The answer; never null.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The registry does not hold the jurisdiction.</exception>
    public PolicyAnswer PolicyAt(CompanyId company, JurisdictionCode jurisdiction, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        return PolicyAt(company, jurisdiction, StartOf(jurisdiction, date), reading);
    }

    /// <summary>The policies in force toward a jurisdiction at an instant for a company, or for it and its subsidiaries:
    /// one answer per family member (<see cref="Family"/> order), each naming its company.</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="scope">Whether to include subsidiaries.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>One answer per company in scope, including explicit "no recorded policy" answers.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesAt(CompanyId company, JurisdictionCode jurisdiction, Instant at,
        CompanyScope scope, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(scope, nameof(scope));
        EventTime.Check(reading, nameof(reading));
        var members = Members(company, scope);
        var answers = new PolicyAnswer[members.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i] = PolicyAt(members[i], jurisdiction, at, reading);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(answers);
    }

    /// <summary>Snapshot: every company's policy toward a jurisdiction at an instant, one answer per company that has at least
    /// one event toward it in this view, ordered by company id (a company whose events all take effect later gets an explicit
    /// "no recorded policy"). O(k log n) for k companies.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The answers.</returns>
    /// <exception cref="ArgumentException">The jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesToward(JurisdictionCode jurisdiction, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(reading, nameof(reading));
        return AnswersFor(KeysOf(jurisdiction), at, reading);
    }

    /// <summary>Snapshot into a caller's collection: appends the same answers as
    /// <see cref="PoliciesToward(JurisdictionCode, Instant, DateReading)"/>, in the same order, and allocates nothing itself
    /// (a reused <see cref="List{T}"/> with enough capacity does not grow).</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="destination">The collection the answers are added to; it is not cleared first.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The number of answers added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">The jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public int PoliciesToward(JurisdictionCode jurisdiction, Instant at, ICollection<PolicyAnswer> destination, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        ArgumentNullException.ThrowIfNull(destination);
        EventTime.Check(reading, nameof(reading));
        if (KeysOf(jurisdiction) is not { } keys)
        {
            return 0;
        }
        foreach (var key in keys)
        {
            destination.Add(Answer(key, at, reading));
        }
        return keys.Length;
    }

    /// <summary>Snapshot at the start of a local date in the jurisdiction's zone; see
    /// <see cref="PoliciesToward(JurisdictionCode, Instant, DateReading)"/>.</summary>
    /// <param name="jurisdiction">The jurisdiction, whose zone reads <paramref name="date"/>.</param>
    /// <param name="date">The local date.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The answers.</returns>
    /// <exception cref="ArgumentException">The jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The registry does not hold the jurisdiction.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesToward(JurisdictionCode jurisdiction, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        return PoliciesToward(jurisdiction, StartOf(jurisdiction, date), reading);
    }

    /// <summary>Snapshot: a company's policies toward every jurisdiction it has events toward in this view, at an instant,
    /// ordered by jurisdiction code.</summary>
    /// <param name="company">The company.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The answers.</returns>
    /// <exception cref="ArgumentException">The company is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesOf(CompanyId company, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        EventTime.Check(reading, nameof(reading));
        return AnswersFor(KeysOf(company), at, reading);
    }

    private Instant StartOf(JurisdictionCode jurisdiction, LocalDate date) =>
        PartialDate.StartOfDay(_catalog.Registry.Get(jurisdiction).TimeZone, date);

    private ImmutableArray<PolicyAnswer> AnswersFor(int[]? keys, Instant at, DateReading reading)
    {
        if (keys is null)
        {
            return [];
        }
        var answers = new PolicyAnswer[keys.Length];
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i] = Answer(keys[i], at, reading);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(answers);
    }

    private PolicyAnswer Answer(int key, Instant at, DateReading reading)
    {
        var index = IndexFor(reading);
        ref readonly var info = ref _keys[key];
        int lo = info.Start, hi = info.End;
        var position = index.LastAtOrBefore(lo, hi, at.ToUnixTimeTicks());
        var events = index.Events;
        var next = position + 1 < hi ? events[position + 1] : -1;
        var @event = position >= lo ? events[position] : -1;
        return new PolicyAnswer(this, info.Company, info.Jurisdiction, at, reading, @event, next);
    }
}
