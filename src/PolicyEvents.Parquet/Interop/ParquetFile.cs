using Parquet;
using Parquet.Schema;

namespace PolicyEvents.Interop;

/// <summary>
/// Writes a Parquet file of one schema in row groups of a given size, to any writable stream (through memory when it
/// cannot seek); always at least one row group, so an empty file still carries the schema.
/// </summary>
internal static class ParquetFile
{
    internal static async Task WriteAsync<T>(Stream stream, ParquetSchema schema, IEnumerable<T> rows, int rowGroupSize,
        Func<ParquetRowGroupWriter, IReadOnlyList<T>, CancellationToken, Task> writeRowGroup, CancellationToken cancellationToken)
    {
        if (!stream.CanSeek)
        {
            using var buffer = new MemoryStream();
            await WriteSeekableAsync(buffer, schema, rows, rowGroupSize, writeRowGroup, cancellationToken).ConfigureAwait(false);
            buffer.Position = 0;
            await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        await WriteSeekableAsync(stream, schema, rows, rowGroupSize, writeRowGroup, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteSeekableAsync<T>(Stream stream, ParquetSchema schema, IEnumerable<T> rows, int rowGroupSize,
        Func<ParquetRowGroupWriter, IReadOnlyList<T>, CancellationToken, Task> writeRowGroup, CancellationToken cancellationToken)
    {
        var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var batch = new List<T>(Math.Min(rowGroupSize, 1024));
            var written = false;
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count == rowGroupSize)
                {
                    await WriteGroupAsync(writer, batch, writeRowGroup, cancellationToken).ConfigureAwait(false);
                    written = true;
                    batch.Clear();
                }
            }
            if (batch.Count > 0 || !written)
            {
                await WriteGroupAsync(writer, batch, writeRowGroup, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteGroupAsync<T>(ParquetWriter writer, List<T> batch,
        Func<ParquetRowGroupWriter, IReadOnlyList<T>, CancellationToken, Task> writeRowGroup, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        await writeRowGroup(group, batch, cancellationToken).ConfigureAwait(false);
        group.CompleteValidate();
    }
}
