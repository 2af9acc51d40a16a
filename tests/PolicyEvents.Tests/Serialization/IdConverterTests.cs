using System.Reflection;
using System.Text.Json;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The identifier converters, each as a value and as a dictionary key: what they write, what they read back,
/// and the message of every refusal.</summary>
public class IdConverterTests
{
    private static readonly JsonSerializerOptions Options = PolicyEventsJson.AddConverters(new JsonSerializerOptions());

    /// <summary>Each identifier type with a valid text.</summary>
    public static TheoryData<Type, string> ValidIds => new()
    {
        { typeof(CompanyId), "acme" },
        { typeof(SourceId), "rthk-2020-07-08" },
        { typeof(StatementId), "acme-statement" },
        { typeof(EventId), "acme-hk-2020-07" },
        { typeof(TriggerId), "hk-nsl" },
        { typeof(DatasetId), "hong-kong-2020" },
        { typeof(JurisdictionCode), "HK" },
    };

    /// <summary>Each identifier type with a text it refuses.</summary>
    public static TheoryData<Type, string> InvalidIds => new()
    {
        { typeof(CompanyId), "Acme" },
        { typeof(SourceId), "rthk_2020" },
        { typeof(StatementId), "-acme" },
        { typeof(EventId), "acme--hk" },
        { typeof(TriggerId), "hk-nsl-" },
        { typeof(DatasetId), "Hong_Kong" },
        { typeof(JurisdictionCode), "hk1" },
    };

    /// <summary>Each identifier type.</summary>
    public static TheoryData<Type> IdTypes => [.. ValidIds.Select(row => (Type)row[0])];

    [Theory]
    [MemberData(nameof(ValidIds))]
    public void An_identifier_is_written_as_its_text_and_read_back_as_a_value_and_as_a_key(Type type, string text)
    {
        Invoke(nameof(RoundTrip), type, text);
    }

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public void Invalid_text_throws_a_json_exception_with_the_identifiers_own_message(Type type, string text)
    {
        Invoke(nameof(RefuseInvalid), type, text);
    }

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void A_token_that_is_not_a_string_is_named_in_the_message(Type type)
    {
        Invoke(nameof(RefuseNumber), type, type.Name);
    }

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void Null_is_not_an_identifier_and_is_named_in_the_message(Type type)
    {
        Invoke(nameof(RefuseNull), type, type.Name);
    }

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void A_default_identifier_is_never_written_as_a_value_or_as_a_key(Type type)
    {
        Invoke(nameof(RefuseDefault), type, type.Name);
    }

    [Fact]
    public void A_policy_event_that_is_not_an_object_is_named_in_the_message()
    {
        var act = () => JsonSerializer.Deserialize<PolicyEvent>("[1]", Options);

        act.Should().Throw<JsonException>().Which.Message.Should().StartWith("Expected an event as a JSON object, found StartArray.");
    }

    private static void Invoke(string name, Type type, string argument)
    {
        var method = typeof(IdConverterTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        try
        {
            method.Invoke(null, [argument]);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerException);
        }
    }

    private static T Create<T>(string text) => (T)Activator.CreateInstance(typeof(T), text)!;

    private static void RoundTrip<T>(string text) where T : notnull
    {
        var value = Create<T>(text);
        var keyed = new Dictionary<T, int> { [value] = 1 };

        JsonSerializer.Serialize(value, Options).Should().Be($"\"{text}\"");
        JsonSerializer.Serialize(keyed, Options).Should().Be($"{{\"{text}\":1}}");
        JsonSerializer.Deserialize<T>($"\"{text}\"", Options).Should().Be(value);
        JsonSerializer.Deserialize<Dictionary<T, int>>($"{{\"{text}\":1}}", Options).Should().Equal(keyed);
    }

    private static void RefuseInvalid<T>(string text) where T : notnull
    {
        var expected = ((Action)(() => Create<T>(text))).Should().Throw<TargetInvocationException>()
            .WithInnerException<ArgumentException>().Which.Message;
        var withoutParameter = expected[..expected.IndexOf(" (Parameter", StringComparison.Ordinal)];

        var asValue = () => JsonSerializer.Deserialize<T>($"\"{text}\"", Options);
        var asKey = () => JsonSerializer.Deserialize<Dictionary<T, int>>($"{{\"{text}\":1}}", Options);

        asValue.Should().Throw<JsonException>().Which.Should().Match<JsonException>(e => e.Message == withoutParameter && e.Path == "$");
        asKey.Should().Throw<JsonException>().Which.Should().Match<JsonException>(e => e.Message == withoutParameter && e.Path == "$." + text);
    }

    private static void RefuseNumber<T>(string name) where T : notnull
    {
        var act = () => JsonSerializer.Deserialize<T>("12", Options);

        act.Should().Throw<JsonException>().Which.Message.Should().StartWith($"Expected a {name} as a JSON string, found Number.");
    }

    private static void RefuseNull<T>(string name) where T : notnull
    {
        var asValue = () => JsonSerializer.Deserialize<T>("null", Options);
        var inAList = () => JsonSerializer.Deserialize<List<T>>("[null]", Options);

        asValue.Should().Throw<JsonException>().Which.Message.Should().StartWith($"Expected a {name} as a JSON string, found Null.");
        inAList.Should().Throw<JsonException>().Which.Should().Match<JsonException>(
            e => e.Message.StartsWith($"Expected a {name} as a JSON string, found Null.", StringComparison.Ordinal) && e.Path == "$[0]");
    }

    private static void RefuseDefault<T>(string name) where T : notnull
    {
        var asValue = () => JsonSerializer.Serialize(default(T), Options);
        var asKey = () => JsonSerializer.Serialize(new Dictionary<T, int> { [default!] = 1 }, Options);

        asValue.Should().Throw<JsonException>().WithMessage($"A default (uninitialized) {name} cannot be written.");
        asKey.Should().Throw<JsonException>().WithMessage($"A default (uninitialized) {name} cannot be written.");
    }
}
