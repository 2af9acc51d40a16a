using System.Text.Json;

namespace PolicyEvents.Tests.Data;

/// <summary>
/// The bundled Hong Kong 2020 dataset as raw JSON, and the verified texts of its sources (copied into the test output
/// from tests/PolicyEvents.Tests/Fixtures; see Fixtures/sources/PROVENANCE.md).
/// </summary>
internal static class HongKong2020Fixture
{
    public const string PrimarySourceId = "afp-2020-07-08-microsoft-zoom";
    public const string PrimaryArticleFile = "microsoft-zoom-join-pause-on-hong-kong-data-request.txt";

    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(PathOf("hong-kong-2020.json")));

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The dataset file's text, exactly as stored.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The dataset file's bytes, exactly as stored.</summary>
    public static byte[] Bytes => File.ReadAllBytes(PathOf("hong-kong-2020.json"));

    /// <summary>A fresh parse of the dataset (the caller disposes it).</summary>
    public static JsonDocument Open() => JsonDocument.Parse(Text);

    public static string PathOf(string relative) => Path.Combine(FixturesDirectory, relative);

    /// <summary>The verified text of a source: the primary article byte for byte, or the stored excerpt of a web page.</summary>
    public static string SourceText(string sourceId) =>
        sourceId == PrimarySourceId
            ? File.ReadAllText(PathOf(Path.Combine("sources", PrimaryArticleFile)))
            : File.ReadAllText(PathOf(Path.Combine("sources", "excerpts", sourceId + ".txt")));

    public static IEnumerable<JsonElement> Items(JsonElement root, string collection) =>
        root.TryGetProperty(collection, out var array) ? array.EnumerateArray() : [];

    public static JsonElement ById(JsonElement root, string collection, string id) =>
        Items(root, collection).Single(e => e.GetProperty("id").GetString() == id);

    public static string[] Strings(JsonElement element, string member) =>
        element.TryGetProperty(member, out var array) ? [.. array.EnumerateArray().Select(e => e.GetString()!)] : [];

    public static string? OptionalString(JsonElement element, string member) =>
        element.TryGetProperty(member, out var value) ? value.GetString() : null;
}
