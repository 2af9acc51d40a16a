using System.Text;

namespace PolicyEvents.Serialization;

/// <summary>Explains why text is not a valid identifier, or returns null when it is one.</summary>
internal delegate string? IdProblem(ReadOnlySpan<char> text);

/// <summary>Identifiers already read, looked up by their UTF-8 bytes, so that ids repeated across records (companies,
/// jurisdictions, sources) are validated and allocated once per load, and found again without decoding their text.
/// Holds at most <see cref="MaxEntries"/> entries.</summary>
internal sealed class IdCache<T> where T : struct
{
    private const int MaxEntries = 1 << 16;
    private const int MaxStackBytes = 512;
    private readonly Dictionary<byte[], T> _byUtf8 = new(Utf8KeyComparer.Instance);
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

    /// <summary>Looks an id up by its UTF-8 bytes as written (unescaped), without decoding them.</summary>
    internal bool TryGetUtf8(ReadOnlySpan<byte> utf8, out T value) =>
        _byUtf8.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(utf8, out value);

    internal bool TryGet(ReadOnlySpan<char> text, out T value)
    {
        if (_byUtf8.Count == 0 || Encoding.UTF8.GetMaxByteCount(text.Length) > MaxStackBytes)
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
        if (_remember && _byUtf8.Count < MaxEntries)
        {
            _byUtf8[Encoding.UTF8.GetBytes(key)] = value;
        }
        return value;
    }
}
