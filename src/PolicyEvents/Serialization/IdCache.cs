using System.Text;

namespace PolicyEvents.Serialization;

/// <summary>Explains why text is not a valid identifier, or returns null when it is one.</summary>
internal delegate string? IdProblem(ReadOnlySpan<char> text);

/// <summary>Identifiers already read, looked up by their UTF-8 bytes, so that ids repeated across records (companies,
/// jurisdictions, sources) are validated and allocated once per load, and found again without decoding their text.
/// Holds at most <see cref="DefaultMaxEntries"/> entries, or as many as the load reads when the load keeps every id anyway
/// (<see cref="ReadCaches.ForWholeLoad"/>). The workers of a parallel load share the entries (<see cref="Share"/>),
/// so an id read by two workers is still one string; each worker has its own <see cref="Scratch"/>.</summary>
internal sealed class IdCache<T> where T : struct
{
    internal const int DefaultMaxEntries = 1 << 16;
    private const int MaxStackBytes = 512;
    private readonly Entries _entries;
    private readonly Func<string, T> _create;
    private readonly IdProblem _problem;
    private readonly bool _remember;

    internal IdCache(string kind, string expected, Func<string, T> create, IdProblem problem, bool remember = true, int maxEntries = DefaultMaxEntries)
        : this(kind, expected, create, problem, remember, new Entries(maxEntries))
    {
    }

    private IdCache(string kind, string expected, Func<string, T> create, IdProblem problem, bool remember, Entries entries)
    {
        Kind = kind;
        Expected = expected;
        _create = create;
        _problem = problem;
        _remember = remember;
        _entries = entries;
    }

    internal string Kind { get; }

    /// <summary>A list reused to gather arrays of these ids, so reading an array allocates only the array itself.</summary>
    internal List<T> Scratch { get; } = [];

    internal string Expected { get; }

    /// <summary>A cache for another thread of the same load: the same entries (thread-safe), its own scratch list.</summary>
    internal IdCache<T> Share() => new(Kind, Expected, _create, _problem, _remember, _entries);

    /// <summary>Looks an id up by its UTF-8 bytes as written (unescaped), without decoding them.</summary>
    internal bool TryGetUtf8(ReadOnlySpan<byte> utf8, out T value) => _entries.Table.TryGet(utf8, out value);

    /// <summary>Looks an id that has a value, and its number, up by its UTF-8 bytes as written (unescaped).</summary>
    internal bool TryGetUtf8(ReadOnlySpan<byte> utf8, out T value, out int number) => _entries.Table.TryGet(utf8, out value, out number);

    /// <summary>Looks the number of an id up by its UTF-8 bytes as written (unescaped), whether the entries hold a value
    /// for it or not.</summary>
    internal bool TryGetNumberUtf8(ReadOnlySpan<byte> utf8, out int number) => _entries.Table.TryGetNumber(utf8, out number);

    /// <summary>The number of an id, which is added if the entries do not hold it yet (whatever their bound).</summary>
    internal int NumberOf(string key, T value) => _entries.Table.NumberOf(key, value);

    /// <summary>The number of an id by its UTF-8 bytes, which are added, without a value, if the entries do not hold them
    /// yet; -1 when the cache is full. For a load that keeps ids as bytes: no string is made.</summary>
    internal int NumberOfUtf8(ReadOnlySpan<byte> utf8) =>
        _remember && (_entries.Table.Count < _entries.Max || _entries.Table.TryGetNumber(utf8, out _)) ? _entries.Table.NumberOfUtf8(utf8) : -1;

    /// <summary>Every id's number and value (made from its text for an id added by its bytes alone); for when no thread
    /// adds any more.</summary>
    internal IEnumerable<(int Number, T Value)> Numbered() => _entries.Table.Numbered(_create);

    /// <summary>How many ids the entries hold, and so are numbered.</summary>
    internal int Count => _entries.Table.Count;

    internal bool TryGet(ReadOnlySpan<char> text, out T value)
    {
        if (_entries.Table.Count == 0 || Encoding.UTF8.GetMaxByteCount(text.Length) > MaxStackBytes)
        {
            value = default;
            return false;
        }
        Span<byte> utf8 = stackalloc byte[MaxStackBytes];
        var length = Encoding.UTF8.GetBytes(text, utf8);
        return TryGetUtf8(utf8[..length], out value);
    }

    internal string? Problem(ReadOnlySpan<char> text) => _problem(text);

    internal T Add(ReadOnlySpan<char> text)
    {
        var key = text.ToString();
        var value = _create(key);
        // Another worker may have added it first: keep its instance, so the id is one string.
        return _remember && _entries.Table.Count < _entries.Max ? _entries.Table.GetOrAdd(key, value) : value;
    }

    /// <summary>The entries, shared by the caches of one load: keyed and looked up by the id's UTF-8 bytes.</summary>
    private sealed class Entries(int max)
    {
        internal readonly int Max = max;
        internal readonly IdTable<T> Table = new();
    }
}
