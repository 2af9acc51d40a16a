namespace PolicyEvents.Serialization;

/// <summary>How far a load has got, reported through <see cref="DatasetReadOptions.Progress"/>.</summary>
/// <remarks>Equality compares both numbers. The default value is zero bytes and zero records.
/// This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct DatasetReadProgress
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="bytesRead">The bytes read from the stream so far, not negative.</param>
    /// <param name="recordsRead">The records read so far (the header counts as one), not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public DatasetReadProgress(long bytesRead, long recordsRead)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytesRead);
        ArgumentOutOfRangeException.ThrowIfNegative(recordsRead);
        BytesRead = bytesRead;
        RecordsRead = recordsRead;
    }

    /// <summary>The bytes read from the stream so far.</summary>
    public long BytesRead { get; }

    /// <summary>The records read so far (the header counts as one).</summary>
    public long RecordsRead { get; }
}
