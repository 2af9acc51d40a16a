using System.Collections.Immutable;
using System.Reflection;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>The API decisions of docs/building-datasets.md ("API decisions"): identifiers from text, a policy event's
/// optional dates, one name for a policy, and one kind of list for each role.</summary>
public class ApiGuessabilityTests
{
    /// <summary>Every identifier: a public struct in Domain with a constructor from text and a <c>TryParse</c>.</summary>
    private static readonly Type[] Identifiers = [.. ConventionRules.PublicTypes
        .Where(t => t.IsValueType && !t.IsEnum && t.GetConstructor([typeof(string)]) is not null
            && t.GetMethod("TryParse", [typeof(string), t.MakeByRefType()]) is not null)];

    [Fact]
    public void Every_identifier_converts_implicitly_from_text()
    {
        Identifiers.Select(t => t.Name).Should().BeEquivalentTo(
            ["CompanyId", "DatasetId", "EventId", "SourceId", "StatementId", "TriggerId", "JurisdictionCode", "LanguageTag", "WikidataId"]);
        foreach (var type in Identifiers)
        {
            type.GetMethod("op_Implicit", [typeof(ReadOnlySpan<char>)]).Should().NotBeNull($"{type.Name} converts from text");
        }
    }

    [Theory]
    [InlineData(nameof(CompanyId), "google", "Google")]
    [InlineData(nameof(DatasetId), "hong-kong-2020", "hong kong")]
    [InlineData(nameof(EventId), "google-hk-2020-07-pause", "-pause")]
    [InlineData(nameof(SourceId), "google-transparency", "google--transparency")]
    [InlineData(nameof(StatementId), "google-2020-07-06", "")]
    [InlineData(nameof(TriggerId), "hk-nsl-2020", "HK-NSL")]
    [InlineData(nameof(JurisdictionCode), "HK", "hk")]
    [InlineData(nameof(LanguageTag), "zh-Hant-HK", "zh_HK")]
    [InlineData(nameof(WikidataId), "Q95", "95")]
    public void The_conversion_validates_exactly_as_the_constructor(string type, string valid, string invalid)
    {
        var (convert, construct) = Conversions(type);

        convert(valid).Should().Be(construct(valid));
        Thrown(() => convert(invalid)).Should().BeAssignableTo<ArgumentException>()
            .Which.Message.Should().Be(Thrown(() => construct(invalid))!.Message);
        Thrown(() => convert(null)).Should().BeOfType<ArgumentException>("a null string reads as empty text, which no identifier is");
    }

    [Fact]
    public void The_null_literal_does_not_convert()
    {
        var flag = DateTime.UtcNow.Ticks > 0;

        CompanyId? maybe = flag ? null : new CompanyId("google");       // would throw if null converted through the text
        TriggerId? trigger = null;

        maybe.Should().BeNull();
        (trigger == null).Should().BeTrue();
    }

    private static (Func<string?, object> Convert, Func<string?, object> Construct) Conversions(string type) => type switch
    {
        nameof(CompanyId) => (s => (CompanyId)s, s => new CompanyId(s!)),
        nameof(DatasetId) => (s => (DatasetId)s, s => new DatasetId(s!)),
        nameof(EventId) => (s => (EventId)s, s => new EventId(s!)),
        nameof(SourceId) => (s => (SourceId)s, s => new SourceId(s!)),
        nameof(StatementId) => (s => (StatementId)s, s => new StatementId(s!)),
        nameof(TriggerId) => (s => (TriggerId)s, s => new TriggerId(s!)),
        nameof(JurisdictionCode) => (s => (JurisdictionCode)s, s => new JurisdictionCode(s!)),
        nameof(LanguageTag) => (s => (LanguageTag)s, s => new LanguageTag(s!)),
        nameof(WikidataId) => (s => (WikidataId)s, s => new WikidataId(s!)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    [Fact]
    public void Text_reads_as_an_identifier_in_calls()
    {
        var history = PolicyHistory.From(PolicyDatasets.HongKong2020);

        history.Timeline("google", "HK").Should().Equal(history.Timeline(new CompanyId("google"), new JurisdictionCode("HK")));
        new DatasetMetadata("my-ds", "Mine", "1.0.0", Instant.FromUtc(2026, 1, 1, 0, 0)).Id.Should().Be(new DatasetId("my-ds"));
        ((CompanyId)"google" == "google").Should().BeTrue();
    }

    [Fact]
    public void A_policy_event_needs_no_null_date_written_out()
    {
        var recorded = Instant.FromUtc(2026, 1, 1, 0, 0);
        var policy = new RequestPolicy(PolicyStance.Paused);
        var date = PartialDate.Parse("2020-07-06");

        var announcedOnly = new PolicyEvent("e", "c", "HK", policy, recorded, announced: date);
        var effectiveOnly = new PolicyEvent("e", "c", "HK", policy, recorded, effective: date, note: "n");
        var everyDateNamed = new PolicyEvent("e", "c", "HK", policy, effective: null, announced: date, recorded: recorded);

        announcedOnly.Should().Be(new PolicyEvent("e", "c", "HK", policy, null, date, recorded));
        everyDateNamed.Should().Be(announcedOnly);
        effectiveOnly.Should().Be(new PolicyEvent("e", "c", "HK", policy, date, null, recorded, note: "n"));
        FluentActions.Invoking(() => new PolicyEvent("e", "c", "HK", policy, recorded))
            .Should().Throw<ArgumentException>().WithParameterName("effective");
    }

    [Fact]
    public void A_policy_is_always_a_RequestPolicy_named_Policy()
    {
        var properties = ConventionRules.PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType == typeof(RequestPolicy) || p.Name == "Policy").ToList();

        properties.Should().HaveCountGreaterThan(5);
        properties.Where(p => p.Name != "Policy" || p.PropertyType != typeof(RequestPolicy))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}: {p.PropertyType.Name}").Should().BeEmpty();
    }

    [Fact]
    public void Record_members_are_immutable_arrays_and_query_results_read_only_lists()
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var wrong = new List<string>();
        foreach (var type in ConventionRules.PublicTypes.Where(t => !t.IsEnum))
        {
            var queries = type == typeof(PolicyHistory);
            foreach (var property in type.GetProperties(Declared).Where(p => p.GetIndexParameters().Length == 0))
            {
                if (IsList(property.PropertyType) && !(queries ? IsReadOnlyList(property.PropertyType) : IsImmutableArray(property.PropertyType)))
                {
                    wrong.Add($"{type.Name}.{property.Name}: {property.PropertyType.Name}");
                }
            }
            if (queries)
            {
                foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && IsList(m.ReturnType)))
                {
                    if (!IsReadOnlyList(method.ReturnType) && !IsSequence(method.ReturnType))
                    {
                        wrong.Add($"{type.Name}.{method.Name}(): {method.ReturnType.Name}");
                    }
                }
            }
        }

        wrong.Should().BeEmpty("records and answers hold ImmutableArray<T>; PolicyHistory's queries return IReadOnlyList<T> or IEnumerable<T>");
    }

    private static bool IsList(Type type) =>
        type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !type.Name.StartsWith("Dictionary", StringComparison.Ordinal)
        && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static bool IsReadOnlyList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    private static bool IsSequence(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);

    private static Exception? Thrown(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
