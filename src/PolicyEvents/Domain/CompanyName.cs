using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Domain;

/// <summary>An alias or former name of a company, with the dates it applied when known.</summary>
/// <remarks>
/// <para><see cref="From"/> and <see cref="Until"/> are inclusive and optional; when both are given, <see cref="From"/>
/// must not sort after <see cref="Until"/>.</para>
/// <para>Equality compares every property. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class CompanyName : IEquatable<CompanyName>
{
    /// <summary>Creates a name.</summary>
    /// <param name="name">The name, trimmed and non-empty.</param>
    /// <param name="kind">Alias or former name.</param>
    /// <param name="from">When the name came into use, if known.</param>
    /// <param name="until">When the name stopped being used, if known.</param>
    /// <exception cref="ArgumentException">The name is empty, or <paramref name="from"/> sorts after <paramref name="until"/>.</exception>
    public CompanyName(string name, CompanyNameKind kind, PartialDate? from = null, PartialDate? until = null)
    {
        Name = Guard.Trimmed(name, nameof(name));
        Kind = Guard.Defined(kind, nameof(kind));
        if (from is { } f && until is { } u && f.StartDate > u.EndDate)
        {
            throw new ArgumentException($"The name '{name}' cannot be used from {f} until an earlier {u}.", nameof(until));
        }
        From = from;
        Until = until;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Alias or former name.</summary>
    public CompanyNameKind Kind { get; }

    /// <summary>When the name came into use, if known.</summary>
    public PartialDate? From { get; }

    /// <summary>When the name stopped being used, if known (inclusive).</summary>
    public PartialDate? Until { get; }

    /// <inheritdoc />
    public bool Equals(CompanyName? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && From == other.From && Until == other.Until;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompanyName);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, From, Until);

    /// <summary>Returns e.g. <c>Facebook, Inc. (Former, until 2021-10-28)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Name} ({Kind}{(From is { } f ? $", from {f}" : "")}{(Until is { } u ? $", until {u}" : "")})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(CompanyName? left, CompanyName? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(CompanyName? left, CompanyName? right) => !Equals(left, right);
}
