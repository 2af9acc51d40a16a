using System.Reflection;

namespace PolicyEvents.Tests.TestHelpers;

/// <summary>
/// Checks the equality and ordering contract of a value type once, for every type (after NodaTime's TestHelper):
/// <c>Equals(T)</c>, <c>Equals(object)</c>, <c>GetHashCode</c>, the <c>==</c> and <c>!=</c> operators, null handling,
/// and for ordered types <c>CompareTo</c>, the non-generic <c>IComparable</c> and the <c>&lt;</c>, <c>&lt;=</c>,
/// <c>&gt;</c>, <c>&gt;=</c> operators. Operators are found by reflection, so a type that lacks one fails here.
/// </summary>
public static class EqualityContract
{
    /// <summary>
    /// Asserts that <paramref name="value"/> and <paramref name="equalValue"/> are equal in every way the type offers, and
    /// that each of <paramref name="unequalValues"/> differs from <paramref name="value"/> in every way.
    /// </summary>
    public static void AssertEquality<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equalValue);
        unequalValues.Should().NotBeEmpty("the contract needs at least one unequal value to mean anything");
        if (!typeof(T).IsValueType)
        {
            ReferenceEquals(value, equalValue).Should().BeFalse("the equal value must be a distinct instance, or equality is only identity");
        }

        // Reflexive, symmetric, consistent with the hash code.
        value.Equals(value).Should().BeTrue("Equals(T) must be reflexive");
        value.Equals(equalValue).Should().BeTrue("Equals(T) must hold for equal values: {0} and {1}", value, equalValue);
        equalValue.Equals(value).Should().BeTrue("Equals(T) must be symmetric");
        value.Equals((object)equalValue).Should().BeTrue("Equals(object) must agree with Equals(T)");
        equalValue.Equals((object)value).Should().BeTrue("Equals(object) must be symmetric");
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values must have equal hash codes");
        value.GetHashCode().Should().Be(value.GetHashCode(), "the hash code must be stable");

        // Null and values of another type.
        object boxed = value;
        boxed.Equals(new object()).Should().BeFalse("Equals(object) must be false for another type");
        boxed.Equals(null).Should().BeFalse("Equals(object) must be false for null");
        if (!typeof(T).IsValueType)
        {
            value.Equals(default(T)).Should().BeFalse("Equals(T) must be false for null");
        }

        Operator<T>("op_Equality")(value, equalValue).Should().BeTrue("== must hold for equal values");
        Operator<T>("op_Inequality")(value, equalValue).Should().BeFalse("!= must not hold for equal values");

        foreach (var unequal in unequalValues)
        {
            ArgumentNullException.ThrowIfNull(unequal);
            value.Equals(unequal).Should().BeFalse("{0} must not equal {1}", value, unequal);
            unequal.Equals(value).Should().BeFalse("{0} must not equal {1} (symmetry)", unequal, value);
            value.Equals((object)unequal).Should().BeFalse("Equals(object) must agree with Equals(T) for {0}", unequal);
            unequal.Equals((object)value).Should().BeFalse("Equals(object) must be symmetric for {0}", unequal);
            Operator<T>("op_Equality")(value, unequal).Should().BeFalse("== must not hold for {0} and {1}", value, unequal);
            Operator<T>("op_Inequality")(value, unequal).Should().BeTrue("!= must hold for {0} and {1}", value, unequal);
        }

        if (!typeof(T).IsValueType)
        {
            var equals = Operator<T>("op_Equality");
            var notEquals = Operator<T>("op_Inequality");
            equals(value, default!).Should().BeFalse("value == null must be false");
            equals(default!, value).Should().BeFalse("null == value must be false");
            equals(default!, default!).Should().BeTrue("null == null must be true");
            notEquals(value, default!).Should().BeTrue("value != null must be true");
            notEquals(default!, value).Should().BeTrue("null != value must be true");
            notEquals(default!, default!).Should().BeFalse("null != null must be false");
        }
    }

    /// <summary>
    /// Asserts the ordering contract: <paramref name="value"/> compares equal to <paramref name="equalValue"/> and below
    /// each of <paramref name="greaterValues"/>, which must be given in strictly ascending order. Also runs
    /// <see cref="AssertEquality{T}"/>, since an order must agree with equality.
    /// </summary>
    public static void AssertOrdering<T>(T value, T equalValue, params T[] greaterValues)
        where T : IEquatable<T>, IComparable<T>
    {
        AssertEquality(value, equalValue, greaterValues);

        var less = Operator<T>("op_LessThan");
        var lessOrEqual = Operator<T>("op_LessThanOrEqual");
        var greater = Operator<T>("op_GreaterThan");
        var greaterOrEqual = Operator<T>("op_GreaterThanOrEqual");

        value.CompareTo(value).Should().Be(0, "CompareTo must be reflexive");
        value.CompareTo(equalValue).Should().Be(0, "CompareTo must be zero for equal values");
        equalValue.CompareTo(value).Should().Be(0, "CompareTo must be zero for equal values (both ways)");
        less(value, equalValue).Should().BeFalse("< must not hold for equal values");
        lessOrEqual(value, equalValue).Should().BeTrue("<= must hold for equal values");
        greater(value, equalValue).Should().BeFalse("> must not hold for equal values");
        greaterOrEqual(value, equalValue).Should().BeTrue(">= must hold for equal values");

        // The ascending chain: value < greaterValues[0] < greaterValues[1] < ...
        var chain = new[] { value }.Concat(greaterValues).ToArray();
        for (var i = 0; i < chain.Length; i++)
        {
            for (var j = i + 1; j < chain.Length; j++)
            {
                var (low, high) = (chain[i], chain[j]);
                low.CompareTo(high).Should().BeNegative("{0} must sort before {1}", low, high);
                high.CompareTo(low).Should().BePositive("{0} must sort after {1}", high, low);
                less(low, high).Should().BeTrue("{0} < {1}", low, high);
                lessOrEqual(low, high).Should().BeTrue("{0} <= {1}", low, high);
                greater(low, high).Should().BeFalse("not {0} > {1}", low, high);
                greaterOrEqual(low, high).Should().BeFalse("not {0} >= {1}", low, high);
                less(high, low).Should().BeFalse("not {0} < {1}", high, low);
                lessOrEqual(high, low).Should().BeFalse("not {0} <= {1}", high, low);
                greater(high, low).Should().BeTrue("{0} > {1}", high, low);
                greaterOrEqual(high, low).Should().BeTrue("{0} >= {1}", high, low);
            }
        }

        AssertNonGenericComparable(value, equalValue, greaterValues);
    }

    private static void AssertNonGenericComparable<T>(T value, T equalValue, T[] greaterValues)
        where T : IComparable<T>
    {
        typeof(IComparable).IsAssignableFrom(typeof(T)).Should().BeTrue("{0} must implement the non-generic IComparable", typeof(T).Name);
        var map = typeof(T).GetInterfaceMap(typeof(IComparable));
        map.TargetMethods.Should().ContainSingle().Which.IsPublic
            .Should().BeFalse("IComparable.CompareTo must be implemented explicitly on {0}", typeof(T).Name);

        var comparable = (IComparable)value!;
        comparable.CompareTo(null).Should().BePositive("any value sorts after null");
        comparable.CompareTo(equalValue).Should().Be(0);
        foreach (var greater in greaterValues)
        {
            comparable.CompareTo(greater).Should().BeNegative();
            ((IComparable)greater!).CompareTo(value).Should().BePositive();
        }
        var wrongType = () => comparable.CompareTo("not a " + typeof(T).Name);
        wrongType.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("obj");
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        method.Should().NotBeNull("{0} must define {1}({0}, {0})", typeof(T).Name, name);
        method!.ReturnType.Should().Be<bool>();
        return (left, right) => (bool)method.Invoke(null, [left, right])!;
    }
}
