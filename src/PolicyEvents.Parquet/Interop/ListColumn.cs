using Parquet;
using Parquet.Schema;

namespace PolicyEvents.Interop;

/// <summary>A list-of-text column: a Parquet <c>LIST</c> whose elements are required text; empty (never null) when a row has no values.</summary>
internal sealed class ListColumn
{
    private readonly DataField<string> _element;

    internal ListColumn(string name)
    {
        _element = new DataField<string>("element", nullable: false);
        Field = new ListField(name, _element);
    }

    internal ListField Field { get; }

    internal async Task WriteAsync<T>(ParquetRowGroupWriter group, IReadOnlyList<T> rows, Func<T, IEnumerable<string>> values)
    {
        // Repetition level 0 starts a row's list, 1 continues it; a null at level 0 is an empty list.
        var flat = new List<string?>(rows.Count);
        var repetition = new List<int>(rows.Count);
        foreach (var row in rows)
        {
            var first = true;
            foreach (var value in values(row))
            {
                flat.Add(value);
                repetition.Add(first ? 0 : 1);
                first = false;
            }
            if (first)
            {
                flat.Add(null);
                repetition.Add(0);
            }
        }
        await group.WriteAsync(_element, flat, repetition.ToArray()).ConfigureAwait(false);
    }
}
