using System.Collections;
using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Domain;
using PolicyEvents.Storage;

namespace PolicyEvents.Queries;

/// <summary>The statements of a history loaded into columns, by id: each read makes the statement (and its text's
/// string), equal to the one read but a new object each time; the keys are in id order, as a dataset's.</summary>
internal sealed class StatementTable(ColumnStatementStore store) : IReadOnlyDictionary<StatementId, Statement>
{
    public Statement this[StatementId key] =>
        TryGetValue(key, out var statement) ? statement : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    public IEnumerable<StatementId> Keys
    {
        get
        {
            for (var i = 0; i < store.Count; i++)
            {
                yield return store.IdOf(i);
            }
        }
    }

    public IEnumerable<Statement> Values
    {
        get
        {
            for (var i = 0; i < store.Count; i++)
            {
                yield return store[i];
            }
        }
    }

    public int Count => store.Count;

    public bool ContainsKey(StatementId key) => store.IndexOf(key) >= 0;

    public bool TryGetValue(StatementId key, [MaybeNullWhen(false)] out Statement value)
    {
        var index = store.IndexOf(key);
        value = index >= 0 ? store[index] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<StatementId, Statement>> GetEnumerator()
    {
        for (var i = 0; i < store.Count; i++)
        {
            yield return new(store.IdOf(i), store[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
