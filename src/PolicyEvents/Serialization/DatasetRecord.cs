using System.Collections.Immutable;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Serialization;

/// <summary>One record of a JSON Lines file, as streamed by <see cref="PolicyDatasetSerializer.ReadRecordsAsync"/>: its
/// kind, its value, its line and the warnings found on that line.</summary>
/// <remarks>The typed properties (<see cref="Company"/>, <see cref="Event"/>...) are null unless <see cref="Kind"/> matches.
/// Equality compares the kind, the value, the line and the warnings. The default value has no value (kind
/// <see cref="DatasetRecordKind.Metadata"/>, <see cref="Value"/> null). Immutable and thread-safe.</remarks>
public readonly struct DatasetRecord : IEquatable<DatasetRecord>
{
    /// <summary>Creates a record.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="value">The value: a <see cref="DatasetMetadata"/>, <see cref="PolicyEvents.Domain.Company"/>, ... matching the kind.</param>
    /// <param name="line">The one-based line it was read from.</param>
    /// <param name="warnings">Warnings found on the line, if any.</param>
    /// <exception cref="ArgumentException">The value does not match the kind.</exception>
    public DatasetRecord(DatasetRecordKind kind, object value, int line, ImmutableArray<Diagnostic> warnings = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        Guard.Defined(kind, nameof(kind));
        var matches = kind switch
        {
            DatasetRecordKind.Metadata => value is DatasetMetadata,
            DatasetRecordKind.Company => value is PolicyEvents.Domain.Company,
            DatasetRecordKind.Jurisdiction => value is PolicyEvents.Domain.Jurisdiction,
            DatasetRecordKind.Source => value is PolicyEvents.Domain.Source,
            DatasetRecordKind.Statement => value is PolicyEvents.Domain.Statement,
            DatasetRecordKind.Trigger => value is PolicyEvents.Domain.Trigger,
            DatasetRecordKind.Event => value is PolicyEvent,
            DatasetRecordKind.Figure => value is Figures.ReportedFigures,
            _ => false,
        };
        if (!matches)
        {
            throw new ArgumentException($"A {value.GetType().Name} is not a {kind} record.", nameof(value));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        Kind = kind;
        Value = value;
        Line = line;
        _warnings = warnings.IsDefault ? [] : warnings;
    }

    /// <summary>The kind of record.</summary>
    public DatasetRecordKind Kind { get; }

    /// <summary>The value; null only for the default instance.</summary>
    public object? Value { get; }

    /// <summary>The one-based line it was read from; 0 for the default instance.</summary>
    public int Line { get; }

    /// <summary>Warnings found on the line (unknown members...).</summary>
    public ImmutableArray<Diagnostic> Warnings => _warnings.IsDefault ? [] : _warnings;

    private readonly ImmutableArray<Diagnostic> _warnings;

    /// <summary>The metadata of a header record, or null.</summary>
    public DatasetMetadata? Metadata => Value as DatasetMetadata;

    /// <summary>The company, or null.</summary>
    public Company? Company => Value as Company;

    /// <summary>The jurisdiction, or null.</summary>
    public Jurisdiction? Jurisdiction => Value as Jurisdiction;

    /// <summary>The source, or null.</summary>
    public Source? Source => Value as Source;

    /// <summary>The statement, or null.</summary>
    public Statement? Statement => Value as Statement;

    /// <summary>The trigger, or null.</summary>
    public Trigger? Trigger => Value as Trigger;

    /// <summary>The policy event, or null.</summary>
    public PolicyEvent? Event => Value as PolicyEvent;

    /// <summary>The published figure set, or null.</summary>
    public Figures.ReportedFigures? Figure => Value as Figures.ReportedFigures;

    /// <inheritdoc />
    public bool Equals(DatasetRecord other) =>
        Kind == other.Kind && Equals(Value, other.Value) && Line == other.Line && Warnings.SequenceEqual(other.Warnings);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatasetRecord other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Value, Line, Warnings.Length);

    /// <summary>Returns e.g. <c>line 12: Event zoom-hk-2020-07 …</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"line {Line}: {Kind} {Value}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DatasetRecord left, DatasetRecord right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DatasetRecord left, DatasetRecord right) => !left.Equals(right);
}
