using System.Text.Json;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Serialization;

/// <summary>Shared plumbing of the public converters: read through the format's own readers, and turn diagnostics into
/// <see cref="JsonException"/>s, which System.Text.Json completes with the path and position.</summary>
internal static class ConverterSupport
{
    internal delegate T? Reader<T>(ref Utf8JsonReader reader, ReadContext context);

    /// <summary>The string or property name under the reader; a <see cref="JsonException"/> (never the reader's
    /// <see cref="InvalidOperationException"/>) when it is another token or text that is not valid UTF-8.</summary>
    internal static string ReadString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
            ? JsonValueReader.TryGetString(ref reader)
                ?? throw new JsonException($"Expected a {what} as a JSON string of valid UTF-8 text, found invalid UTF-8 or an escaped lone surrogate.")
            : throw new JsonException($"Expected a {what} as a JSON string, found {reader.TokenType}.");

    internal static string NotDefault(string value, string what) =>
        value.Length == 0 ? throw new JsonException($"A default (uninitialized) {what} cannot be written.") : value;

    /// <summary>Reads a record object with the format's strict reader; problems become one <see cref="JsonException"/>.</summary>
    internal static T Read<T>(ref Utf8JsonReader reader, Reader<T> read, string what) where T : class
    {
        var context = ReadContext.ForOneRecord();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {what} as a JSON object, found {reader.TokenType}.");
        }
        var value = read(ref reader, context);
        var errors = context.Diagnostics.Where(d => d.IsError).ToList();
        if (value is null || errors.Count > 0)
        {
            throw new JsonException(errors.Count == 0 ? $"Not a valid {what}." : string.Join(" ", errors.Select(Describe)));
        }
        return value;
    }

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Code} at {diagnostic.Location.Path}: {diagnostic.Message}";
}
