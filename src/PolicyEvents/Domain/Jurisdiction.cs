using NodaTime;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>
/// Whose authorities send requests: a country, a special administrative region, a territory, a subdivision
/// or a supranational body, with the IANA time zone in which its local dates are read.
/// </summary>
/// <remarks>
/// <para>Hong Kong is its own jurisdiction (<c>HK</c>, kind <see cref="JurisdictionKind.SpecialAdministrativeRegion"/>,
/// parent <c>CN</c>, zone <c>Asia/Hong_Kong</c>). The built-in ISO 3166-1 entries are in <see cref="JurisdictionRegistry"/>.</para>
/// <para>Equality compares code, name, kind, parent and time zone id. Instances are immutable and thread-safe;
/// every constructor and <c>With…</c> method validates its arguments.</para>
/// </remarks>
public sealed class Jurisdiction : IEquatable<Jurisdiction>
{
    /// <summary>Creates a jurisdiction.</summary>
    /// <param name="code">The ISO 3166-1 or ISO 3166-2 code.</param>
    /// <param name="name">The English name, trimmed and non-empty.</param>
    /// <param name="kind">The kind of place.</param>
    /// <param name="timeZoneId">An IANA time zone id known to NodaTime's TZDB, e.g. <c>Asia/Hong_Kong</c>.</param>
    /// <param name="parent">The containing or administering jurisdiction, if any; never the jurisdiction itself.</param>
    /// <exception cref="ArgumentException">An argument is empty, default, unknown or inconsistent.</exception>
    public Jurisdiction(JurisdictionCode code, string name, JurisdictionKind kind, string timeZoneId, JurisdictionCode? parent = null)
    {
        Code = Guard.NotDefault(code, nameof(code));
        Name = Guard.Trimmed(name, nameof(name));
        Kind = Guard.Defined(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(timeZoneId);
        TimeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"'{timeZoneId}' is not a time zone id known to the TZDB.", nameof(timeZoneId));
        Parent = Guard.NotDefault(parent, nameof(parent));
        if (Parent == Code)
        {
            throw new ArgumentException($"Jurisdiction '{code}' cannot be its own parent.", nameof(parent));
        }
    }

    /// <summary>The ISO code.</summary>
    public JurisdictionCode Code { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The kind of place.</summary>
    public JurisdictionKind Kind { get; }

    /// <summary>The containing or administering jurisdiction (<c>CN</c> for <c>HK</c>), or null.</summary>
    public JurisdictionCode? Parent { get; }

    /// <summary>The time zone in which the jurisdiction's local dates are read.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The IANA id of <see cref="TimeZone"/>.</summary>
    public string TimeZoneId => TimeZone.Id;

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The copy.</returns>
    public Jurisdiction WithName(string name) => new(Code, name, Kind, TimeZoneId, Parent);

    /// <summary>Returns a copy with another time zone.</summary>
    /// <param name="timeZoneId">The new IANA time zone id.</param>
    /// <returns>The copy.</returns>
    public Jurisdiction WithTimeZone(string timeZoneId) => new(Code, Name, Kind, timeZoneId, Parent);

    /// <inheritdoc />
    public bool Equals(Jurisdiction? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Code == other.Code && Name == other.Name && Kind == other.Kind && Parent == other.Parent && TimeZoneId == other.TimeZoneId));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Jurisdiction);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, Kind, Parent, TimeZoneId);

    /// <summary>Returns <c>HK (Hong Kong, SpecialAdministrativeRegion, Asia/Hong_Kong)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Code} ({Name}, {Kind}, {TimeZoneId})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(Jurisdiction? left, Jurisdiction? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Jurisdiction? left, Jurisdiction? right) => !Equals(left, right);
}
