using System.Text;
using System.Text.Json;

namespace PolicyEvents.Serialization;

/// <summary>The camelCase names of an enum's values in the format, matched without allocating.</summary>
internal sealed class EnumNames<T> where T : struct, Enum
{
    private readonly (byte[] Utf8, string Name, T Value)[] _entries;

    internal EnumNames(string what, params (string Name, T Value)[] entries)
    {
        What = what;
        _entries = [.. entries.Select(e => (Encoding.UTF8.GetBytes(e.Name), e.Name, e.Value))];
        List = string.Join(", ", entries.Select(e => e.Name));
    }

    internal string What { get; }

    internal string List { get; }

    internal bool TryMatch(ref Utf8JsonReader reader, out T value)
    {
        foreach (var entry in _entries)
        {
            if (reader.ValueTextEquals(entry.Utf8))
            {
                value = entry.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    internal string NameOf(T value)
    {
        foreach (var entry in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Name;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, $"No format name for {typeof(T).Name} value.");
    }

    internal IEnumerable<(string Name, T Value)> Entries => _entries.Select(e => (e.Name, e.Value));
}
