using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Internal;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes an identifier (<c>CompanyId</c>, the other slug identifiers, <c>JurisdictionCode</c>) as a JSON
/// string (<c>"facebook"</c>, <c>"HK"</c>), also as a property name (dictionary key). Invalid text throws a
/// <see cref="JsonException"/> with the identifier's own message; a default identifier is never written.</summary>
/// <remarks>One generic class for every <see cref="ITextIdentifier{TSelf}"/>; reflection-free and AOT safe, stateless and
/// thread-safe. Reached through <see cref="PolicyEventsJson"/> and <see cref="PolicyEventsJsonConverter"/>.</remarks>
/// <typeparam name="T">The identifier type.</typeparam>
internal sealed class IdentifierJsonConverter<T> : JsonConverter<T> where T : struct, ITextIdentifier<T>
{
    private static readonly string Name = typeof(T).Name;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, Name));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, Name));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, Name));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, Name));
    }

    private static T Create(string text) =>
        T.Problem(text) is { } problem ? throw new JsonException(TextIdentifier<T>.Invalid(text, problem)) : T.Create(text);
}
