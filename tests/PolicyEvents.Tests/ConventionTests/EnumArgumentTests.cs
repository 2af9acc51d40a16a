using System.Reflection;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>
/// Every public constructor and method of the library refuses an enum value that is not defined (a number cast to the
/// enum, or a flag outside the defined ones) with an <see cref="ArgumentException"/> naming that parameter, before it
/// does anything else. An unchecked value would otherwise reach a switch or be written into a dataset.
/// </summary>
public class EnumArgumentTests
{
    /// <summary>Parameters that pass an enum through without reading it, each for a stated reason.</summary>
    private static bool IsExempt(MethodBase member, ParameterInfo parameter) =>
        // Equality, comparison and hash helpers of the library's own types take no enum; converters get none.
        member.Name is "Equals" or "CompareTo";

    public static TheoryData<string> Members => [.. Checked().Select(c => c.Name).Distinct()];

    [Theory]
    [MemberData(nameof(Members))]
    public void An_undefined_value_is_refused_by_name(string name)
    {
        foreach (var (_, member, parameter) in Checked().Where(c => c.Name == name))
        {
            var arguments = member.GetParameters().Select(p => p == parameter ? Undefined(EnumType(p)!) : ArgumentSamples.For(p, 0)).ToArray();
            var target = member.IsStatic || member is ConstructorInfo ? null : ArgumentSamples.Of(member.DeclaringType!, 0);

            var thrown = PublicMembers.Invoke(member, target, arguments);

            thrown.Should().BeAssignableTo<ArgumentException>("{0} given {1} for {2}", name, arguments[parameter.Position], parameter.Name)
                .Which.ParamName.Should().Be(parameter.Name, "{0} names the parameter that was out of range", name);
        }
    }

    [Fact]
    public void The_check_covers_the_queries_and_the_serializer()
    {
        var names = Checked().Select(c => c.Name).ToHashSet();

        names.Should().Contain(["PolicyHistory.PolicyAt(CompanyId, JurisdictionCode, Instant, DateReading)",
            "PolicyDatasetSerializer.Save(PolicyDataset, Stream, DatasetFormat)", "RequestScope(RequestKinds, Requesters, IEnumerable`1)"]);
    }

    private static Type? EnumType(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type.IsEnum ? type : null;
    }

    /// <summary>A value past every defined one: for flags, the lowest bit no flag uses.</summary>
    private static object Undefined(Type type)
    {
        var defined = Enum.GetValues(type).Cast<object>().Select(Convert.ToInt64).ToArray();
        if (type.IsDefined(typeof(FlagsAttribute)))
        {
            var all = defined.Aggregate(0L, (a, b) => a | b);
            var bit = 1L;
            while ((all & bit) != 0)
            {
                bit <<= 1;
            }
            return Enum.ToObject(type, bit);
        }
        return Enum.ToObject(type, defined.Max() + 1);
    }

    private static IEnumerable<(string Name, MethodBase Member, ParameterInfo Parameter)> Checked() =>
        PublicMembers.Parameters(static (member, p) => !p.IsOut && EnumType(p) is not null && !IsExempt(member, p));
}
