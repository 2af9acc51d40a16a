using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using PolicyEvents.Domain;

namespace PolicyEvents.Import;

/// <summary>
/// Maps country names as transparency reports print them to jurisdiction codes: first through a table of the
/// names the companies use that differ from the ISO 3166-1 short names ("Russia", "Ivory Coast", "St. Lucia"...),
/// then through the registry's own English names ("Hong Kong", "Türkiye").
/// </summary>
/// <remarks>
/// <para>Names are compared trimmed, with runs of white space as one space, the typographic apostrophe (U+2019) as
/// <c>'</c>, ignoring case. The table was built from every name in Google's, Meta's, Apple's and Microsoft's exports that is not an ISO
/// short name; docs/figures.md lists it. Two names in those exports map to nothing on purpose: "Netherlands Antilles"
/// (dissolved in 2010; its code AN was withdrawn from ISO 3166-1) and "United Nations" (not a territory; Google gives it
/// no code). This class is stateless and thread-safe.</para>
/// </remarks>
public static class JurisdictionNames
{
    private static readonly ConditionalWeakTable<JurisdictionRegistry, FrozenDictionary<string, JurisdictionCode>> ByRegistry = [];

    /// <summary>The names that differ from the ISO 3166-1 short names, and their codes.</summary>
    public static IReadOnlyDictionary<string, JurisdictionCode> Aliases { get; } = new Dictionary<string, JurisdictionCode>(StringComparer.OrdinalIgnoreCase)
    {
        ["Aland Islands"] = new("AX"),
        ["Antigua"] = new("AG"),
        ["Bolivia"] = new("BO"),
        ["Bosnia & Herzegovina"] = new("BA"),
        ["British Virgin Islands"] = new("VG"),
        ["Brunei"] = new("BN"),
        ["Cape Verde"] = new("CV"),
        ["China mainland"] = new("CN"),
        ["Curacao"] = new("CW"),
        ["Czech Republic"] = new("CZ"),
        ["Democratic Republic of the Congo"] = new("CD"),
        ["Falkland Islands"] = new("FK"),
        ["Federated States of Micronesia"] = new("FM"),
        ["Iran"] = new("IR"),
        ["Ivory Coast"] = new("CI"),
        ["Laos"] = new("LA"),
        ["Macau"] = new("MO"),
        ["Macedonia"] = new("MK"),
        ["Micronesia"] = new("FM"),
        ["Moldova"] = new("MD"),
        ["North Korea"] = new("KP"),
        ["Palestine"] = new("PS"),
        ["Republic of the Congo"] = new("CG"),
        ["Reunion"] = new("RE"),
        ["Russia"] = new("RU"),
        ["Saint Barthelemy"] = new("BL"),
        ["Saint Helena"] = new("SH"),
        ["Saint Martin"] = new("MF"),
        ["Sint Maarten"] = new("SX"),
        ["South Korea"] = new("KR"),
        ["St. Lucia"] = new("LC"),
        ["Swaziland"] = new("SZ"),
        ["Syria"] = new("SY"),
        ["Taiwan"] = new("TW"),
        ["Tanzania"] = new("TZ"),
        ["The Bahamas"] = new("BS"),
        ["The Gambia"] = new("GM"),
        ["Trinidad & Tobago"] = new("TT"),
        ["Turkey"] = new("TR"),
        ["UK"] = new("GB"),
        ["United States of America"] = new("US"),
        ["USA"] = new("US"),
        ["US Virgin Islands"] = new("VI"),
        ["Vatican City"] = new("VA"),
        ["Venezuela"] = new("VE"),
        ["Vietnam"] = new("VN"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the code for a published name.</summary>
    /// <param name="name">The name as published.</param>
    /// <param name="registry">The registry whose codes and names count; null for <see cref="JurisdictionRegistry.Default"/>.</param>
    /// <param name="code">The code, or the default value when the name maps to nothing in the registry.</param>
    /// <returns>True when found.</returns>
    public static bool TryResolve(string? name, JurisdictionRegistry? registry, out JurisdictionCode code)
    {
        registry ??= JurisdictionRegistry.Default;
        code = default;
        if (name is null)
        {
            return false;
        }
        var key = Normalize(name);
        if (key.Length == 0)
        {
            return false;
        }
        if (Aliases.TryGetValue(key, out var alias) && registry.Contains(alias))
        {
            code = alias;
            return true;
        }
        return ByRegistry.GetValue(registry, BuildIndex).TryGetValue(key, out code);
    }

    private static FrozenDictionary<string, JurisdictionCode> BuildIndex(JurisdictionRegistry registry)
    {
        var index = new Dictionary<string, JurisdictionCode>(StringComparer.OrdinalIgnoreCase);
        foreach (var jurisdiction in registry.All)
        {
            index.TryAdd(Normalize(jurisdiction.Name), jurisdiction.Code);
        }
        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
