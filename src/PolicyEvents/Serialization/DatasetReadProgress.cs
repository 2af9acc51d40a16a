namespace PolicyEvents.Serialization;

/// <summary>How far a load has got, reported through <see cref="DatasetReadOptions.Progress"/>.</summary>
/// <param name="BytesRead">The bytes read from the stream so far.</param>
/// <param name="RecordsRead">The records read so far (the header counts as one).</param>
/// <remarks>Equality compares both numbers. The default value is zero bytes and zero records.</remarks>
public readonly record struct DatasetReadProgress(long BytesRead, long RecordsRead);
