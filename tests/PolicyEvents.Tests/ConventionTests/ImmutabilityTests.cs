using PolicyEvents.Domain;
using PolicyEvents.Tests.ConventionTests.Specimens;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>
/// Conventions over every public type of the library: immutable, readable (ToString), and consistent equality. Each
/// test lists every offender by name, so a failure says what to fix.
/// </summary>
public class ImmutabilityTests
{
    [Fact]
    public void The_rules_see_the_whole_public_surface()
    {
        ConventionRules.PublicTypes.Should().Contain([typeof(PolicyEvent), typeof(PartialDate), typeof(CompanyId), typeof(JurisdictionRegistry), typeof(DatePrecision)]);
        ConventionRules.PublicTypes.Should().OnlyContain(t => t.IsPublic || t.IsNestedPublic);
    }

    [Fact]
    public void Every_public_type_is_immutable()
    {
        var offenders = ConventionRules.PublicTypes.SelectMany(ConventionRules.ImmutabilityProblems).ToList();

        offenders.Should().BeEmpty("every public type must be immutable; offenders:{0}{1}", Environment.NewLine, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Every_public_type_overrides_ToString()
    {
        var offenders = ConventionRules.PublicTypes.SelectMany(ConventionRules.ToStringProblems).ToList();

        offenders.Should().BeEmpty("every public type must override ToString; offenders:{0}{1}", Environment.NewLine, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Every_equatable_type_overrides_GetHashCode_and_Equals_and_defines_its_operators()
    {
        var offenders = ConventionRules.PublicTypes.SelectMany(ConventionRules.EqualityProblems).ToList();

        offenders.Should().BeEmpty("equality must be complete; offenders:{0}{1}", Environment.NewLine, string.Join(Environment.NewLine, offenders));
    }

    [Theory]
    [InlineData(typeof(Compliant))]
    [InlineData(typeof(CompliantStruct))]
    [InlineData(typeof(StaticHelpers))]
    [InlineData(typeof(SomeEnum))]
    public void The_rules_accept_a_compliant_type(Type type)
    {
        ConventionRules.ImmutabilityProblems(type).Should().BeEmpty();
        ConventionRules.ToStringProblems(type).Should().BeEmpty();
        ConventionRules.EqualityProblems(type).Should().BeEmpty();
    }

    [Theory]
    [InlineData(typeof(WithSetter), "WithSetter.Value has a public or protected setter")]
    [InlineData(typeof(WithInitSetter), "WithInitSetter.Value has a public or protected init setter")]
    [InlineData(typeof(WithProtectedSetter), "WithProtectedSetter.Value has a public or protected setter")]
    [InlineData(typeof(WithPublicSetterOnly), "WithPublicSetterOnly.Value has a public or protected setter")]
    [InlineData(typeof(WithMutableField), "WithMutableField.Value is a public or protected field that is not readonly")]
    [InlineData(typeof(NotSealed), "NotSealed is a class that is neither sealed nor abstract")]
    [InlineData(typeof(NotReadOnly), "NotReadOnly is a struct that is not readonly")]
    [InlineData(typeof(WithList), "WithList.Items is a collection of a type callers can change or cast back (List<Int32>)*")]
    [InlineData(typeof(WithArray), "WithArray.Items is an array (Int32[])*")]
    [InlineData(typeof(WithDictionary), "WithDictionary.Items is a collection of a type callers can change or cast back (Dictionary<String, Int32>)*")]
    [InlineData(typeof(WithEnumerable), "WithEnumerable.Items is a collection*(IEnumerable<Int32>)*")]
    public void The_immutability_rule_names_each_offence(Type type, string expected)
    {
        ConventionRules.ImmutabilityProblems(type).Should().ContainSingle().Which.Should().Match(expected);
    }

    [Fact]
    public void The_ToString_rule_names_an_offender_and_exempts_exceptions()
    {
        ConventionRules.ToStringProblems(typeof(WithoutToString)).Should().Equal("WithoutToString does not override ToString");
        ConventionRules.ToStringProblems(typeof(SpecimenException)).Should().BeEmpty();
    }

    [Fact]
    public void The_equality_rule_names_each_missing_member()
    {
        ConventionRules.EqualityProblems(typeof(EquatableWithoutHashCode)).Should().BeEquivalentTo(
            "EquatableWithoutHashCode implements IEquatable<EquatableWithoutHashCode> but does not override GetHashCode",
            "EquatableWithoutHashCode implements IEquatable<EquatableWithoutHashCode> but does not override Equals(object)",
            "EquatableWithoutHashCode implements IEquatable<EquatableWithoutHashCode> but does not define op_Equality",
            "EquatableWithoutHashCode implements IEquatable<EquatableWithoutHashCode> but does not define op_Inequality");
        ConventionRules.EqualityProblems(typeof(ComparableWithoutOperators)).Should().Contain([
            "ComparableWithoutOperators implements IComparable<ComparableWithoutOperators> but not the non-generic IComparable",
            "ComparableWithoutOperators implements IComparable<ComparableWithoutOperators> but does not define op_LessThan",
            "ComparableWithoutOperators implements IComparable<ComparableWithoutOperators> but does not define op_GreaterThanOrEqual",
        ]);
    }
}
