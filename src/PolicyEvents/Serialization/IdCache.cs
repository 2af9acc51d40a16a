namespace PolicyEvents.Serialization;

/// <summary>Explains why text is not a valid identifier, or returns null when it is one.</summary>
internal delegate string? IdProblem(ReadOnlySpan<char> text);

/// <summary>Identifiers already read, looked up by their characters, so that ids repeated across records (companies,
/// jurisdictions, sources) are validated and allocated once per load. Holds at most <see cref="MaxEntries"/> entries.</summary>
internal sealed class IdCache<T> where T : struct
{
    private const int MaxEntries = 1 << 16;
    private readonly Dictionary<string, T> _byText = new(StringComparer.Ordinal);
    private readonly Func<string, T> _create;
    private readonly IdProblem _problem;
    private readonly bool _remember;

    internal IdCache(string kind, string expected, Func<string, T> create, IdProblem problem, bool remember = true)
    {
        Kind = kind;
        Expected = expected;
        _create = create;
        _problem = problem;
        _remember = remember;
    }

    internal string Kind { get; }

    /// <summary>A list reused to gather arrays of these ids, so reading an array allocates only the array itself.</summary>
    internal List<T> Scratch { get; } = [];

    internal string Expected { get; }

    internal bool TryGet(ReadOnlySpan<char> text, out T value) =>
        _byText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out value);

    internal string? Problem(ReadOnlySpan<char> text) => _problem(text);

    internal T Add(ReadOnlySpan<char> text)
    {
        var key = text.ToString();
        var value = _create(key);
        if (_remember && _byText.Count < MaxEntries)
        {
            _byText[key] = value;
        }
        return value;
    }
}
