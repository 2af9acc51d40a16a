using System.Text.RegularExpressions;
using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>
/// The library's folders are layers, and every arrow between them runs one way: a layer uses only the layers that the
/// CONTRIBUTING.md's design table lists for it. The test reads the table from CONTRIBUTING.md and every type reference of the
/// assembly (signatures and IL), and names both types of any reference the table does not allow.
/// </summary>
public partial class LayeringTests
{
    private const string Root = "(root)";

    [Fact]
    public void Every_reference_between_folders_runs_along_an_arrow_of_the_design_table()
    {
        var allowed = DesignTable();

        var violations = Violations(References(), allowed);

        violations.Should().BeEmpty("a layer may use only the layers the design table of CONTRIBUTING.md lists for it");
    }

    [Fact]
    public void The_design_table_lists_no_arrow_that_the_code_does_not_draw_and_no_cycle()
    {
        var allowed = DesignTable();
        var drawn = References().Select(r => (r.UserLayer, r.UsedLayer)).ToHashSet();

        allowed.SelectMany(a => a.Value.Select(used => (a.Key, used))).Where(arrow => !drawn.Contains(arrow))
            .Should().BeEmpty("the table states exactly the arrows the code has");
        allowed.Keys.Should().BeEquivalentTo(References().SelectMany(r => new[] { r.UserLayer, r.UsedLayer }).Append(Root).Distinct(),
            "every folder of the library is a row of the table");
        foreach (var layer in allowed.Keys)
        {
            Reachable(allowed, layer).Should().NotContain(layer, "layer {0} must not reach itself through other layers", layer);
        }
    }

    [Fact]
    public void A_back_arrow_is_reported_with_both_types_and_layers()
    {
        var backArrow = (User: "PolicyEvents.Domain.PolicyEvent", UserLayer: "Domain", Used: "PolicyEvents.Queries.PolicyHistory", UsedLayer: "Queries");
        var allowedArrow = (User: "PolicyEvents.Queries.PolicyHistory", UserLayer: "Queries", Used: "PolicyEvents.Domain.PolicyEvent", UsedLayer: "Domain");

        Violations([backArrow, allowedArrow, backArrow], DesignTable()).Should().Equal(
            "PolicyEvents.Domain.PolicyEvent (Domain) uses PolicyEvents.Queries.PolicyHistory (Queries)");
    }

    private static List<string> Violations(IEnumerable<(string User, string UserLayer, string Used, string UsedLayer)> references,
        Dictionary<string, HashSet<string>> allowed) =>
        [
            .. references
                .Where(r => !allowed.TryGetValue(r.UserLayer, out var uses) || !uses.Contains(r.UsedLayer))
                .Select(r => $"{r.User} ({r.UserLayer}) uses {r.Used} ({r.UsedLayer})")
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> allowed, string from)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>(allowed[from]);
        while (queue.TryDequeue(out var next))
        {
            if (seen.Add(next) && allowed.TryGetValue(next, out var further))
            {
                foreach (var layer in further)
                {
                    queue.Enqueue(layer);
                }
            }
        }
        return seen;
    }

    private static List<(string User, string UserLayer, string Used, string UsedLayer)> References() =>
    [
        .. TypeReferences.Of(typeof(PolicyEvent).Assembly)
            .Select(r => (User: r.User.FullName ?? r.User.Name, UserLayer: LayerOf(r.User), Used: r.Used.FullName ?? r.Used.Name, UsedLayer: LayerOf(r.Used)))
            .Where(r => r.UserLayer is not null && r.UsedLayer is not null && r.UserLayer != r.UsedLayer)
            .Select(r => (r.User, r.UserLayer!, r.Used, r.UsedLayer!)),
    ];

    /// <summary>The layer of one of the library's types: the first namespace segment under <c>PolicyEvents</c>, or the
    /// root; null for types of other assemblies and for the compiler's own types.</summary>
    private static string? LayerOf(Type type)
    {
        if (type.Assembly != typeof(PolicyEvent).Assembly || type.Namespace is not { } ns)
        {
            return null;
        }
        return ns == "PolicyEvents" ? Root : ns.StartsWith("PolicyEvents.", StringComparison.Ordinal) ? ns.Split('.')[1] : null;
    }

    /// <summary>The design table of CONTRIBUTING.md: each row's folder (`src/PolicyEvents/X`, or `src/PolicyEvents` for the root)
    /// and the layers its "uses" column names in backticks.</summary>
    private static Dictionary<string, HashSet<string>> DesignTable()
    {
        var contributing = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "CONTRIBUTING.md"));
        var section = contributing[contributing.IndexOf("## Design", StringComparison.Ordinal)..];
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match row in TableRow().Matches(section))
        {
            var layer = row.Groups["folder"].Value is { Length: > 0 } folder ? folder : Root;
            table[layer] = [.. Backticked().Matches(row.Groups["uses"].Value).Select(m => m.Groups[1].Value)];
        }
        return table;
    }

    [GeneratedRegex(@"^\| `src/PolicyEvents/?(?<folder>[A-Za-z]*)` \|[^|\n]*\|(?<uses>[^|\n]*)\|[^|\n]*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"`([A-Za-z]+|\(root\))`")]
    private static partial Regex Backticked();
}
