using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace PolicyEvents.Domain;

/// <summary>
/// An immutable set of jurisdictions looked up by code. <see cref="Iso3166"/> holds the 249 officially assigned
/// ISO 3166-1 codes; <see cref="Default"/> adds the user-assigned code <c>XK</c> (Kosovo), which ISO has not
/// assigned but which CLDR, Google's and Meta's transparency reports and the European Commission use.
/// A dataset adds or overrides entries with <see cref="With(IEnumerable{Jurisdiction})"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class JurisdictionRegistry
{
    private readonly FrozenDictionary<JurisdictionCode, Jurisdiction> _byCode;

    private JurisdictionRegistry(IEnumerable<Jurisdiction> jurisdictions)
    {
        _byCode = jurisdictions.ToFrozenDictionary(j => j.Code);
        All = [.. _byCode.Values.OrderBy(j => j.Code)];
    }

    /// <summary>The 249 officially assigned ISO 3166-1 alpha-2 entries, with English short names, kinds, parents and a representative time zone.</summary>
    public static JurisdictionRegistry Iso3166 { get; } = new(Iso3166Data.Entries.Select(e =>
        new Jurisdiction(new JurisdictionCode(e.Code), e.Name, e.Kind, e.TimeZoneId, e.ParentCode is null ? null : new JurisdictionCode(e.ParentCode))));

    /// <summary>The ISO 3166-1 entries plus <c>XK</c> (Kosovo, user-assigned; partially recognized state; Europe/Belgrade).</summary>
    public static JurisdictionRegistry Default { get; } = Iso3166.With(
        [new Jurisdiction(new JurisdictionCode("XK"), "Kosovo", JurisdictionKind.PartiallyRecognizedState, "Europe/Belgrade")]);

    /// <summary>Every entry, sorted by code.</summary>
    public ImmutableArray<Jurisdiction> All { get; }

    /// <summary>The number of entries.</summary>
    public int Count => _byCode.Count;

    /// <summary>Looks up a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="jurisdiction">The entry, or null when the code is not in this registry.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(JurisdictionCode code, [NotNullWhen(true)] out Jurisdiction? jurisdiction) =>
        _byCode.TryGetValue(code, out jurisdiction);

    /// <summary>Looks up a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">The code is not in this registry; the message names it.</exception>
    public Jurisdiction Get(JurisdictionCode code) =>
        TryGet(code, out var jurisdiction)
            ? jurisdiction
            : throw new KeyNotFoundException($"Unknown jurisdiction code '{code}': it is neither in the built-in ISO 3166-1 registry nor defined by the dataset.");

    /// <summary>Looks up a code given as text.</summary>
    /// <param name="code">The code, e.g. <c>HK</c>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the form of a code.</exception>
    /// <exception cref="KeyNotFoundException">The code is not in this registry; the message names it.</exception>
    public Jurisdiction Get(string code) => Get(new JurisdictionCode(code ?? throw new ArgumentNullException(nameof(code))));

    /// <summary>True when the registry has the code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when found.</returns>
    public bool Contains(JurisdictionCode code) => _byCode.ContainsKey(code);

    /// <summary>Returns a registry with these entries added, each replacing any entry with the same code.</summary>
    /// <param name="jurisdictions">The entries to add or override.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The sequence holds null or the same code twice.</exception>
    public JurisdictionRegistry With(IEnumerable<Jurisdiction> jurisdictions)
    {
        ArgumentNullException.ThrowIfNull(jurisdictions);
        var merged = new Dictionary<JurisdictionCode, Jurisdiction>(_byCode);
        var added = new HashSet<JurisdictionCode>();
        foreach (var jurisdiction in jurisdictions)
        {
            if (jurisdiction is null)
            {
                throw new ArgumentException("The sequence must not contain null.", nameof(jurisdictions));
            }
            if (!added.Add(jurisdiction.Code))
            {
                throw new ArgumentException($"Jurisdiction '{jurisdiction.Code}' appears more than once.", nameof(jurisdictions));
            }
            merged[jurisdiction.Code] = jurisdiction;
        }
        return new JurisdictionRegistry(merged.Values);
    }

    /// <summary>Returns <c>JurisdictionRegistry (250 entries)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"JurisdictionRegistry ({Count} entries)";
}
