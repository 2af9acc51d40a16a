using System.Reflection;
using System.Text.Json.Serialization;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>
/// Every public constructor and method of the library refuses null for each parameter its signature says cannot be
/// null, with an <see cref="ArgumentNullException"/> naming that parameter, before it does anything else (the other
/// arguments are valid samples). After NodaTime's null-argument tests: a missing check is found by member and parameter.
/// </summary>
public class NullArgumentTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// Parameters left unchecked on purpose: System.Text.Json calls a converter with the type being converted and its
    /// options, which converters (System.Text.Json's own included) neither use nor check.
    /// </summary>
    private static bool IsExempt(MethodBase member, ParameterInfo parameter) =>
        typeof(JsonConverter).IsAssignableFrom(member.DeclaringType) && parameter.Name is "typeToConvert" or "options";

    public static TheoryData<string> Members => [.. Checked().Select(c => c.Name).Distinct()];

    [Theory]
    [MemberData(nameof(Members))]
    public void Null_is_refused_by_name(string name)
    {
        foreach (var (_, member, parameter) in Checked().Where(c => c.Name == name))
        {
            var arguments = member.GetParameters().Select(p => p == parameter ? null : ArgumentSamples.For(p, 0)).ToArray();
            var target = member.IsStatic || member is ConstructorInfo ? null : ArgumentSamples.Of(member.DeclaringType!, 0);

            var thrown = PublicMembers.Invoke(member, target, arguments);

            thrown.Should().BeOfType<ArgumentNullException>("{0} given null for {1}", name, parameter.Name)
                .Which.ParamName.Should().Be(parameter.Name, "{0} names the parameter that was null", name);
        }
    }

    [Fact]
    public void The_check_covers_the_main_entry_points()
    {
        var names = Checked().Select(c => c.Name).ToHashSet();

        names.Should().Contain(["PolicyDatasetSerializer.Load(Stream, DatasetReadOptions)", "PolicyHistory.From(PolicyDataset)",
            "PolicyEvent(EventId, CompanyId, JurisdictionCode, RequestPolicy, Nullable`1, Nullable`1, Instant, IEnumerable`1, IEnumerable`1, Nullable`1, Nullable`1, String)",
            "PolicyEventCsv.Write(IEnumerable`1, Stream)", "MetaGovernmentRequestsCsv.Read(Stream, String, CompanyId, ReportingPeriod, JurisdictionRegistry)"]);
    }

    private static IEnumerable<(string Name, MethodBase Member, ParameterInfo Parameter)> Checked() =>
        PublicMembers.Parameters(static (member, p) => !p.ParameterType.IsValueType && !p.IsOut
            && Nullability.Create(p).WriteState == NullabilityState.NotNull && !IsExempt(member, p));
}
