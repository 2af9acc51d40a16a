using System.Collections.Concurrent;
using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Serialization;

/// <summary>
/// The policies and speakers of one load, shared by the contexts of its workers (<see cref="ReadContext.ForWorker"/>):
/// one instance per distinct policy and speaker, and each policy found again by the bytes it was read from without a
/// diagnostic, so that a text is parsed once per load rather than once per worker. The same bytes read in any context of
/// one load give the same policy and the same diagnostics (the contexts share the format version and options), so what
/// one worker remembers is what another would have read. Holds at most <c>max</c> values of each kind, none with a bound
/// of 0 (a converter's context for one record). Thread-safe.
/// </summary>
internal sealed class SharedValues(int max)
{
    /// <summary>The bound of a stream of records (<see cref="PolicyDatasetSerializer.ReadRecords"/>), which stays small.</summary>
    internal const int StreamBound = 4096;

    // Made when a first value is kept: a converter's context (no bound left) keeps none, and many loads no speaker.
    private ConcurrentDictionary<RequestPolicy, RequestPolicy>? _policies;
    private ConcurrentDictionary<byte[], RequestPolicy>? _byBytes;
    private ConcurrentDictionary<(CompanyId, string?, string?), Speaker>? _speakers;
    private int _policyCount;
    private int _bytesCount;
    private int _speakerCount;

    /// <summary>Returns an equal policy met before, if any; else keeps this one (within the bound) and returns it.</summary>
    internal RequestPolicy Intern(RequestPolicy policy) => Kept(ref _policies, ref _policyCount, policy, static p => p);

    /// <summary>The speaker with these parts: the instance met before, if any; else a new one, kept within the bound.</summary>
    internal Speaker SpeakerOf(CompanyId company, string? person, string? role) =>
        Kept(ref _speakers, ref _speakerCount, (company, person, role), static k => new Speaker(k.Item1, k.Item2, k.Item3));

    /// <summary>The value <paramref name="table"/> holds for <paramref name="key"/>; else a new one from
    /// <paramref name="create"/>, kept while the table is within the bound. The table is made when a value is first kept.</summary>
    private TValue Kept<TKey, TValue>(ref ConcurrentDictionary<TKey, TValue>? table, ref int count, TKey key, Func<TKey, TValue> create)
        where TKey : notnull where TValue : class
    {
        if (Volatile.Read(ref table) is { } known && known.TryGetValue(key, out var held))
        {
            return held;
        }
        var value = create(key);
        if (Volatile.Read(ref count) >= max)
        {
            return value;
        }
        var kept = LazyInitializer.EnsureInitialized(ref table, static () => new()).GetOrAdd(key, value);
        if (ReferenceEquals(kept, value))
        {
            Interlocked.Increment(ref count);
        }
        return kept;
    }

    /// <summary>A policy read before from exactly these bytes without any diagnostic, if any.</summary>
    internal bool TryGet(ReadOnlySpan<byte> json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RequestPolicy? policy)
    {
        policy = null;
        return Volatile.Read(ref _byBytes) is { } byBytes && byBytes.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(json, out policy);
    }

    /// <summary>Remembers the policy read from these bytes without any diagnostic (within the bound).</summary>
    internal void Remember(ReadOnlySpan<byte> json, RequestPolicy policy)
    {
        if (Volatile.Read(ref _bytesCount) < max
            && LazyInitializer.EnsureInitialized(ref _byBytes, static () => new(Utf8KeyComparer.Instance)).TryAdd(json.ToArray(), policy))
        {
            Interlocked.Increment(ref _bytesCount);
        }
    }
}
