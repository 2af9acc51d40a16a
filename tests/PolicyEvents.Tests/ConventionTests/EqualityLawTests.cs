using System.Collections.Immutable;
using System.Reflection;
using NodaTime;
using PolicyEvents.Figures;

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
        typeof(PolicyEvents.Serialization.DatasetRecord), // the value must be of the record kind: DatasetRecordTests
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

        var value = Build(-1);
        ExpectEqual(type, value, Build(-1), "built from the same arguments");
        var texts = new List<string?>();
        for (var i = 0; i < parameters.Length; i++)
        {
            var other = Build(i);
            ExpectUnequal(type, value, other, $"built with another {parameters[i].Name}");
            texts.Add(other.ToString());
        }

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
            ExpectEqual(value.GetType(), value, factories[i](), $"specimen {i} rebuilt");
            for (var j = 0; j < factories.Length; j++)
            {
                if (j != i)
                {
                    ExpectUnequal(value.GetType(), value, factories[j](), $"specimen {i} against specimen {j}");
                }
            }
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
        Constructed.Should().Contain([typeof(PolicyEvent), typeof(Company), typeof(ReportedFigures), typeof(PolicyEvents.Validation.Diagnostic), typeof(CompanyId)]);
        Excluded.Should().OnlyContain(t => ConventionRules.PublicTypes.Contains(t));
    }

    private static bool IsConstructedValue(Type type) =>
        !Excluded.Contains(type) && !type.IsEnum && type.GetConstructors().Any(c => c.GetParameters().Length > 0)
        && type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]) is not null;

    private static void ExpectEqual(Type type, object left, object right, string because)
    {
        Law(type, left, right).Should().Equal([true, true, true, false, true], "{0} {1} ({2} and {3}): Equals(T), Equals(object), ==, !=, equal hash codes", type.Name, because, left, right);
        if (Comparison(type) is { } compare)
        {
            compare(left, right).Should().Equal([0, 0], "{0} {1} compares as equal both ways", type.Name, because);
        }
    }

    private static void ExpectUnequal(Type type, object left, object right, string because)
    {
        Law(type, left, right).Take(4).Should().Equal([false, false, false, true], "{0} {1} ({2} and {3}): Equals(T), Equals(object), ==, !=", type.Name, because, left, right);
        Law(type, right, left).Take(4).Should().Equal([false, false, false, true], "{0} {1}, the other way round", type.Name, because);
        // As NodaTime's equality tests do: values that differ should hash apart (a member left out of GetHashCode is found
        // here); two unequal values share a hash code by chance about once in 2^32 comparisons.
        left.GetHashCode().Should().NotBe(right.GetHashCode(), "{0} {1} should hash apart", type.Name, because);
        if (Comparison(type) is { } compare)
        {
            var both = compare(left, right);
            both[0].Should().NotBe(0, "{0} {1} orders the two", type.Name, because);
            Math.Sign(both[0]).Should().Be(-Math.Sign(both[1]), "{0} {1} orders them the same way from either side", type.Name, because);
            Operators(type, left, right).Should().Equal([both[0] < 0, both[0] <= 0, both[0] > 0, both[0] >= 0], "{0} {1}: <, <=, >, >= agree with CompareTo", type.Name, because);
        }
    }

    /// <summary>Equals(T), Equals(object), ==, != and whether the hash codes are equal.</summary>
    private static bool[] Law(Type type, object left, object right)
    {
        var equatable = typeof(IEquatable<>).MakeGenericType(type);
        return
        [
            (bool)equatable.GetMethod("Equals")!.Invoke(left, [right])!,
            left.Equals(right),
            (bool)type.GetMethod("op_Equality", [type, type])!.Invoke(null, [left, right])!,
            (bool)type.GetMethod("op_Inequality", [type, type])!.Invoke(null, [left, right])!,
            left.GetHashCode() == right.GetHashCode(),
        ];
    }

    private static Func<object, object, int[]>? Comparison(Type type)
    {
        var comparable = typeof(IComparable<>).MakeGenericType(type);
        if (!comparable.IsAssignableFrom(type))
        {
            return null;
        }
        var compareTo = comparable.GetMethod("CompareTo")!;
        return (left, right) => [(int)compareTo.Invoke(left, [right])!, (int)compareTo.Invoke(right, [left])!];
    }

    private static bool[] Operators(Type type, object left, object right) =>
        [.. new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" }
            .Select(name => (bool)(type.GetMethod(name, [type, type]) ?? throw new InvalidOperationException($"{type.Name} has no {name}"))
                .Invoke(null, [left, right])!)];
}
