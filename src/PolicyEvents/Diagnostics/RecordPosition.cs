namespace PolicyEvents.Diagnostics;

/// <summary>Where a record was read: one-based line and column of its opening brace, and its index in the file's collection.</summary>
internal readonly record struct RecordPosition(int Line, int Column, int Index);
