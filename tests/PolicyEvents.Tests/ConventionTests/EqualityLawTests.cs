using System.Collections.Immutable;
using System.Reflection;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>
/// The laws of equality, checked by reflection over every public value type of the library that has a public
/// constructor: a value equals another built from the same arguments (through <c>Equals(T)</c>, <c>Equals(object)</c>,
/// <c>==</c> and <c>!=</c>, with equal hash codes), and changing any one constructor argument gives a value that is not
/// equal and hash apart. A member left out of <c>Equals</c> or <c>GetHashCode</c>, or an operator that disagrees with
/// them, fails here by the type and argument.
/// Comparable types are also checked for an ordering that agrees with <c>CompareTo</c> in both directions.
/// </summary>
public class EqualityLawTests
{
    /// <summary>Types whose constructor arguments are not independent, each checked by its own tests instead.</summary>
    private static readonly ImmutableHashSet<Type> Excluded =
    [
        typeof(PolicyEvents.Serialization.DatasetRecord), // the value must be of the record kind: Serialization/DatasetRecordTests
    ];

    private static IReadOnlyList<Type> Constructed => [.. ConventionRules.PublicTypes.Where(IsConstructedValue)];

    public static TheoryData<Type> ConstructedTypes => [.. Constructed];

    public static TheoryData<string> Specimens => [.. SpecimenSets.Keys];

    private static readonly Dictionary<string, Func<object>[]> SpecimenSets = new()
    {
        ["PartialDate"] =
        [
            () => PartialDate.FromYear(2020), () => PartialDate.FromYear(2020, DateQualifier.Approximate), () => PartialDate.FromYear(2021),
            () => PartialDate.FromYearMonth(2020, 7), () => PartialDate.FromYearMonth(2020, 7, DateQualifier.Uncertain), () => PartialDate.FromYearMonth(2020, 8),
            () => PartialDate.FromDate(new LocalDate(2020, 7, 6)), () => PartialDate.FromDate(new LocalDate(2020, 7, 6), DateQualifier.ApproximateAndUncertain),
            () => PartialDate.FromDate(new LocalDate(2020, 7, 7)),
            () => PartialDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2020, 7, 6, 10, 0), Offset.FromHours(8))),
            () => PartialDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2020, 7, 6, 2, 0), Offset.Zero)), // the same instant, another offset
            () => PartialDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2020, 7, 6, 10, 0, 1), Offset.FromHours(8))),
        ],
        ["PublishedNumber"] =
        [
            () => PublishedNumber.Unknown, () => PublishedNumber.Exact(1), () => PublishedNumber.Exact(2), () => PublishedNumber.Exact(1000, "1,000"),
            () => PublishedNumber.Exact(1000), () => PublishedNumber.Range(0, 1), () => PublishedNumber.Range(0, 2), () => PublishedNumber.Range(1, 2),
            () => PublishedNumber.Range(0, 499, "0-499"), () => PublishedNumber.Percentage(1), () => PublishedNumber.Percentage(1.5m),
            () => PublishedNumber.Percentage(2, "2.0"),
        ],
        ["ReportingPeriod"] =
        [
            () => ReportingPeriod.HalfYear(2020, 1), () => ReportingPeriod.HalfYear(2020, 2), () => ReportingPeriod.Year(2020),
            () => new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30), isStartDerived: true),
            () => new ReportingPeriod(new LocalDate(2020, 1, 2), new LocalDate(2020, 6, 30)),
        ],
    };

    [Theory]
    [MemberData(nameof(ConstructedTypes))]
    public void Equality_sees_every_constructor_argument(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        object Build(int changed) => constructor.Invoke([.. parameters.Select((p, i) => ArgumentSamples.For(p, i == changed ? 1 : 0))]);

        AssertContract(type, () => Build(-1), [.. Enumerable.Range(0, parameters.Length).Select(i => (Func<object>)(() => Build(i)))],
            $"{type.Name} against itself built with another {string.Join(", another ", parameters.Select(p => p.Name))}");
        var value = Build(-1);
        var texts = Enumerable.Range(0, parameters.Length).Select(i => Build(i).ToString()).ToList();

        // ToString need not show every member, but it shows something, and some member of the value.
        value.ToString().Should().NotBeNullOrWhiteSpace();
        texts.Should().Contain(text => text != value.ToString(), "{0}.ToString() should change with at least one argument", type.Name);
    }

    [Theory]
    [MemberData(nameof(Specimens))]
    public void Distinct_specimens_are_unequal_and_each_equals_itself_rebuilt(string name)
    {
        var factories = SpecimenSets[name];
        for (var i = 0; i < factories.Length; i++)
        {
            var value = factories[i]();
            AssertContract(value.GetType(), factories[i], [.. factories.Where((_, j) => j != i)], $"{name} specimen {i} against the others");
        }
    }

    [Fact]
    public void Comparable_types_put_null_first_and_refuse_another_type_by_name()
    {
        var comparable = ConventionRules.PublicTypes.Where(t => typeof(IComparable).IsAssignableFrom(t) && !t.IsEnum).ToList();
        comparable.Should().Contain([typeof(CompanyId), typeof(PartialDate), typeof(ReportingPeriod)]);
        foreach (var type in comparable)
        {
            var value = (IComparable)(SpecimenSets.TryGetValue(type.Name, out var specimens) ? specimens[0]() : ArgumentSamples.Of(type, 0));

            value.CompareTo(null).Should().BePositive("{0} sorts after null", type.Name);
            value.Invoking(v => v.CompareTo("text")).Should().Throw<ArgumentException>().WithParameterName("obj")
                .WithMessage($"Object must be of type {type.Name}.*");
        }
    }

    [Fact]
    public void Every_constructed_type_is_checked_and_the_exclusions_are_still_public_values()
    {
        Constructed.Should().Contain([typeof(PolicyEvent), typeof(Company), typeof(ReportedFigures), typeof(PolicyEvents.Diagnostics.Diagnostic), typeof(CompanyId)]);
        Excluded.Should().OnlyContain(t => ConventionRules.PublicTypes.Contains(t));
    }

    private static bool IsConstructedValue(Type type) =>
        !Excluded.Contains(type) && !type.IsEnum && type.GetConstructors().Any(c => c.GetParameters().Length > 0)
        && type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]) is not null;

    /// <summary>
    /// Runs the project's <see cref="EqualityContract"/> over a value, an equal copy and the unequal values (an ordered
    /// type through <see cref="EqualityContract.AssertOrdering{T}"/>, its values first sorted by <c>CompareTo</c>, so the
    /// order is checked for consistency across every pair), and checks that the unequal values hash apart, as NodaTime's
    /// equality tests do: a member left out of <c>GetHashCode</c> is found here, and two unequal values share a hash code
    /// by chance about once in 2^32 comparisons.
    /// </summary>
    private static void AssertContract(Type type, Func<object> value, IReadOnlyList<Func<object>> unequal, string context)
    {
        using var scope = new FluentAssertions.Execution.AssertionScope(context);
        var first = value();
        foreach (var other in unequal.Select(f => f()))
        {
            first.GetHashCode().Should().NotBe(other.GetHashCode(), "{0} and {1} differ, so should hash apart", first, other);
        }
        if (typeof(IComparable<>).MakeGenericType(type).IsAssignableFrom(type))
        {
            var sorted = unequal.Prepend(value).Select(f => (Make: f, Value: f()))
                .OrderBy(e => e.Value, Comparer<object>.Create((a, b) => ((IComparable)a).CompareTo(b))).ToList();
            Run(nameof(EqualityContract.AssertOrdering), type, sorted[0].Value, sorted[0].Make(), sorted.Skip(1).Select(e => e.Value));
        }
        else
        {
            Run(nameof(EqualityContract.AssertEquality), type, first, value(), unequal.Select(f => f()));
        }
    }

    private static void Run(string contract, Type type, object value, object equal, IEnumerable<object> others)
    {
        var array = others.ToArray();
        var typed = Array.CreateInstance(type, array.Length);
        Array.Copy(array, typed, array.Length);
        try
        {
            typeof(EqualityContract).GetMethod(contract)!.MakeGenericMethod(type).Invoke(null, [value, equal, typed]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }
}
