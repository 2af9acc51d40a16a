using System.Numerics;
using System.Reflection;
using System.Text.Json;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// The readers take every member name from the member table of its kind of object (a <c>MemberTable</c> beside its
/// reader) and every enum name from <c>FormatNames</c>; these tests hold those tables to the shipped JSON schemas, so
/// code and schema cannot drift apart: each table's member names are the set of properties of one object in a schema,
/// each enum's names are one <c>enum</c> of a schema, and every value of the enum has exactly one name.
/// </summary>
public class FormatNamesTests
{
    private static readonly IReadOnlyList<JsonElement> Schemas =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "schema"), "*.schema.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)];

    /// <summary>Values the format writes as null rather than by name: an unknown published number is <c>null</c>.</summary>
    private static readonly HashSet<Enum> WrittenAsNull = [PolicyEvents.Figures.PublishedNumberKind.Unknown];

    private static IEnumerable<PropertyInfo> Tables(Type type) =>
        typeof(FormatNames).GetProperties(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(p => p.PropertyType == type || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == type));

    /// <summary>Every member table of the library, by its declaring type and property ("RecordReader.EventMembers").</summary>
    private static Dictionary<string, MemberNames> MemberNameTables { get; } = typeof(FormatNames).Assembly.GetTypes()
        .SelectMany(t => t.GetProperties(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(p => typeof(MemberNames).IsAssignableFrom(p.PropertyType))
        .ToDictionary(p => $"{p.DeclaringType!.Name}.{p.Name}", p => (MemberNames)p.GetValue(null)!, StringComparer.Ordinal);

    public static TheoryData<string> MemberTables => [.. MemberNameTables.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> EnumTables => [.. Tables(typeof(EnumNames<>)).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(MemberTables))]
    public void Each_list_of_members_is_the_properties_of_an_object_in_the_schema(string table)
    {
        var names = MemberNameTables[table];

        names.Names.Should().OnlyHaveUniqueItems();
        PropertySets().Should().Contain(set => set.SetEquals(names.Names), "{0} ({1}) should match the properties of one object of the schema", table, string.Join(", ", names.Names));
        names.What.Should().MatchRegex("^(a|an|the) [a-z ]+$", "{0} names what is read in messages", table);
    }

    [Fact]
    public void Every_kind_of_object_of_the_format_has_one_member_table()
    {
        MemberNameTables.Values.Select(t => t.What).Should().BeEquivalentTo(
            "the dataset document", "the dataset header line", "the metadata", "a company", "a company name", "a jurisdiction",
            "a source", "a statement", "a statement variant", "a speaker", "a trigger", "a date claim", "an event", "a policy", "a scope", "a figure set",
            "a published number", "a provenance", "a formal channel");
    }

    [Theory]
    [MemberData(nameof(EnumTables))]
    public void Each_enum_has_one_name_per_value_and_its_names_are_an_enum_of_the_schema(string table)
    {
        var property = typeof(FormatNames).GetProperty(table, BindingFlags.NonPublic | BindingFlags.Static)!;
        var names = property.GetValue(null)!;
        var enumType = property.PropertyType.GetGenericArguments()[0];
        var entries = ((System.Collections.IEnumerable)property.PropertyType.GetProperty("Entries", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(names)!)
            .Cast<object>().Select(e => ((string)e.GetType().GetField("Item1")!.GetValue(e)!, (Enum)e.GetType().GetField("Item2")!.GetValue(e)!)).ToList();

        entries.Select(e => e.Item1).Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length > 0 && char.IsLower(n[0]));
        entries.Select(e => e.Item2).Should().OnlyHaveUniqueItems();
        var values = Enum.GetValues(enumType).Cast<Enum>();
        if (enumType.IsDefined(typeof(FlagsAttribute)))
        {
            values = values.Where(v => BitOperations.PopCount(Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture)) == 1); // single flags
        }
        entries.Select(e => e.Item2).Should().BeEquivalentTo(values.Where(v => !WrittenAsNull.Contains(v)), "{0} names every value of {1}", table, enumType.Name);
        EnumSets().Should().Contain(set => set.SetEquals(entries.Select(e => e.Item1)), "{0} should match an enum of the schema", table);
        var what = (string)property.PropertyType.GetProperty("What", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(names)!;
        what.Should().MatchRegex("^(a|an) [a-z ]+$");
    }

    /// <summary>The property names of each object of the schemas, and (for the published numbers, one object per kind
    /// told apart by a constant <c>kind</c>) the union of the objects that have a constant kind.</summary>
    private static List<HashSet<string>> PropertySets()
    {
        var objects = Schemas.SelectMany(Descendants)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
            .Select(e => e.GetProperty("properties")).ToList();
        var kinds = objects.Where(IsKindDiscriminated).SelectMany(p => p.EnumerateObject().Select(m => m.Name)).ToHashSet(StringComparer.Ordinal);
        return [.. objects.Select(p => p.EnumerateObject().Select(m => m.Name).ToHashSet(StringComparer.Ordinal)), kinds];
    }

    /// <summary>Every <c>enum</c> of the schemas, and the constant kinds of the published numbers.</summary>
    private static List<HashSet<string>> EnumSets()
    {
        var kinds = Schemas.SelectMany(Descendants)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && IsKindDiscriminated(p))
            .Select(e => e.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!).ToHashSet(StringComparer.Ordinal);
        return [.. Schemas.SelectMany(Descendants).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("enum", out var a) && a.ValueKind == JsonValueKind.Array)
            .Select(e => e.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)), kinds];
    }

    private static bool IsKindDiscriminated(JsonElement properties) =>
        properties.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.Object && kind.TryGetProperty("const", out _);

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
