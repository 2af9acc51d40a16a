using System.Collections.Concurrent;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>
/// The policies and speakers of one load, shared by the contexts of its workers (<see cref="ReadContext.ForWorker"/>):
/// one instance per distinct policy and speaker, and each policy found again by the bytes it was read from without a
/// diagnostic, so that a text is parsed once per load rather than once per worker. The same bytes read in any context of
/// one load give the same policy and the same diagnostics (the contexts share the format version and options), so what
/// one worker remembers is what another would have read. Holds at most <c>max</c> values of each kind. Thread-safe.
/// </summary>
internal sealed class SharedValues(int max)
{
    // Made when first needed: a context of a converter reads one record, and most read no speaker.
    private ConcurrentDictionary<RequestPolicy, RequestPolicy>? _policies;
    private ConcurrentDictionary<byte[], RequestPolicy>? _byBytes;
    private ConcurrentDictionary<(CompanyId, string?, string?), Speaker>? _speakers;
    private int _policyCount;
    private int _bytesCount;
    private int _speakerCount;

    /// <summary>Returns an equal policy met before, if any; else keeps this one (within the bound) and returns it.</summary>
    internal RequestPolicy Intern(RequestPolicy policy)
    {
        var policies = LazyInitializer.EnsureInitialized(ref _policies, static () => new());
        if (policies.TryGetValue(policy, out var known))
        {
            return known;
        }
        if (Volatile.Read(ref _policyCount) >= max)
        {
            return policy;
        }
        var kept = policies.GetOrAdd(policy, policy);
        if (ReferenceEquals(kept, policy))
        {
            Interlocked.Increment(ref _policyCount);
        }
        return kept;
    }

    /// <summary>The speaker with these parts: the instance met before, if any; else a new one, kept within the bound.</summary>
    internal Speaker SpeakerOf(CompanyId company, string? person, string? role)
    {
        var speakers = LazyInitializer.EnsureInitialized(ref _speakers, static () => new());
        if (speakers.TryGetValue((company, person, role), out var known))
        {
            return known;
        }
        var speaker = new Speaker(company, person, role);
        if (Volatile.Read(ref _speakerCount) >= max)
        {
            return speaker;
        }
        var kept = speakers.GetOrAdd((company, person, role), speaker);
        if (ReferenceEquals(kept, speaker))
        {
            Interlocked.Increment(ref _speakerCount);
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
