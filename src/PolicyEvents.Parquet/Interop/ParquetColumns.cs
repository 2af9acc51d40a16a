using NodaTime;
using Parquet;
using Parquet.Schema;

namespace PolicyEvents.Interop;

/// <summary>Column helpers shared by the Parquet exports: UTC timestamps at microsecond resolution, and text columns.</summary>
internal static class ParquetColumns
{
    private static readonly Instant MinimumDateTime = Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc));

    /// <summary>A <c>TIMESTAMP(MICROS, isAdjustedToUTC=true)</c> column.</summary>
    internal static DateTimeDataField Timestamp(string name, bool nullable) =>
        new(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: nullable);

    /// <summary>True when the instant fits a <see cref="DateTime"/> (from 0001-01-01T00:00:00Z).</summary>
    internal static bool FitsDateTime(Instant instant) => instant >= MinimumDateTime;

    /// <summary>
    /// The instant as a UTC <see cref="DateTime"/> at microsecond resolution, rounded down or up; null when it is
    /// before <see cref="DateTime.MinValue"/>.
    /// </summary>
    internal static DateTime? ToDateTime(Instant instant, bool roundUp)
    {
        if (!FitsDateTime(instant))
        {
            return null;
        }
        var ticks = instant.ToUnixTimeTicks();
        var micros = Math.DivRem(ticks, 10, out var remainder);
        if (remainder < 0)
        {
            micros--;
        }
        if (roundUp && Instant.FromUnixTimeTicks(micros * 10) < instant)
        {
            micros++;
        }
        return DateTime.UnixEpoch.AddTicks(micros * 10);
    }

    /// <summary>Writes a text column from one value per row.</summary>
    internal static Task WriteTextAsync<T>(ParquetRowGroupWriter group, DataField<string> field, IReadOnlyList<T> rows, Func<T, string?> value)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = value(rows[i]);
        }
        return group.WriteAsync(field, values);
    }

    /// <summary>Writes a column of a value type from one value per row.</summary>
    internal static Task WriteAsync<T, TValue>(ParquetRowGroupWriter group, DataField field, IReadOnlyList<T> rows, Func<T, TValue?> value,
        CancellationToken cancellationToken)
        where TValue : struct
    {
        var values = new TValue?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = value(rows[i]);
        }
        return group.WriteAsync<TValue>(field, values, cancellationToken: cancellationToken);
    }

    /// <summary>Writes a required column of a value type from one value per row.</summary>
    internal static Task WriteRequiredAsync<T, TValue>(ParquetRowGroupWriter group, DataField field, IReadOnlyList<T> rows, Func<T, TValue> value,
        CancellationToken cancellationToken)
        where TValue : struct
    {
        var values = new TValue[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = value(rows[i]);
        }
        return group.WriteAsync<TValue>(field, values, cancellationToken: cancellationToken);
    }
}
