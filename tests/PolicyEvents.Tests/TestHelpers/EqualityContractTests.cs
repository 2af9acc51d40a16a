#pragma warning disable CA1036, CA1067, CA1066, CA1815, CA2231, CA1065, CA1034, CA1822, IDE0060
using System.Runtime.CompilerServices;

namespace PolicyEvents.Tests.TestHelpers;

/// <summary>
/// The contract helper must fail on broken types, or every test that uses it proves nothing: each nested type below
/// breaks one rule, and the helper must say which.
/// </summary>
public class EqualityContractTests
{
    [Fact]
    public void A_correct_type_passes()
    {
        EqualityContract.AssertOrdering(new Good(1), new Good(1), new Good(2), new Good(3));
    }

    [Fact]
    public void Equals_that_ignores_the_value_fails()
    {
        FluentActions.Invoking(() => EqualityContract.AssertEquality(new AlwaysEqual(1), new AlwaysEqual(1), new AlwaysEqual(2)))
            .Should().Throw<Exception>().WithMessage("*must not equal*");
    }

    [Fact]
    public void A_hash_code_that_differs_for_equal_values_fails()
    {
        FluentActions.Invoking(() => EqualityContract.AssertEquality(new IdentityHash(1), new IdentityHash(1), new IdentityHash(2)))
            .Should().Throw<Exception>().WithMessage("*equal hash codes*");
    }

    [Fact]
    public void A_missing_operator_fails()
    {
        FluentActions.Invoking(() => EqualityContract.AssertEquality(new NoOperators(1), new NoOperators(1), new NoOperators(2)))
            .Should().Throw<Exception>().WithMessage("*must define op_Equality*");
    }

    [Fact]
    public void The_same_instance_as_the_equal_value_fails()
    {
        var good = new Good(1);

        FluentActions.Invoking(() => EqualityContract.AssertEquality(good, good, new Good(2)))
            .Should().Throw<Exception>().WithMessage("*distinct instance*");
    }

    [Fact]
    public void A_comparison_operator_that_disagrees_with_CompareTo_fails()
    {
        FluentActions.Invoking(() => EqualityContract.AssertOrdering(new BadLessThan(1), new BadLessThan(1), new BadLessThan(2)))
            .Should().Throw<Exception>().WithMessage("*<*");
    }

    [Fact]
    public void Greater_values_out_of_order_fail()
    {
        FluentActions.Invoking(() => EqualityContract.AssertOrdering(new Good(1), new Good(1), new Good(3), new Good(2)))
            .Should().Throw<Exception>().WithMessage("*must sort before*");
    }

    [Fact]
    public void A_public_or_lenient_non_generic_CompareTo_fails()
    {
        FluentActions.Invoking(() => EqualityContract.AssertOrdering(new PublicCompareTo(1), new PublicCompareTo(1), new PublicCompareTo(2)))
            .Should().Throw<Exception>().WithMessage("*explicitly*");
        FluentActions.Invoking(() => EqualityContract.AssertOrdering(new LenientCompareTo(1), new LenientCompareTo(1), new LenientCompareTo(2)))
            .Should().Throw<Exception>().WithMessage("*ArgumentException*");
    }

    public sealed class Good(int value) : IEquatable<Good>, IComparable<Good>, IComparable
    {
        public int Value { get; } = value;

        public bool Equals(Good? other) => other is not null && Value == other.Value;

        public override bool Equals(object? obj) => Equals(obj as Good);

        public override int GetHashCode() => Value;

        public int CompareTo(Good? other) => other is null ? 1 : Value.CompareTo(other.Value);

        int IComparable.CompareTo(object? obj) => obj switch
        {
            null => 1,
            Good other => CompareTo(other),
            _ => throw new ArgumentException("Object must be of type Good.", nameof(obj)),
        };

        public override string ToString() => $"Good({Value})";

        public static bool operator ==(Good? left, Good? right) => Equals(left, right);

        public static bool operator !=(Good? left, Good? right) => !Equals(left, right);

        public static bool operator <(Good left, Good right) => left.CompareTo(right) < 0;

        public static bool operator <=(Good left, Good right) => left.CompareTo(right) <= 0;

        public static bool operator >(Good left, Good right) => left.CompareTo(right) > 0;

        public static bool operator >=(Good left, Good right) => left.CompareTo(right) >= 0;
    }

    public sealed class AlwaysEqual(int value) : IEquatable<AlwaysEqual>
    {
        public int Value { get; } = value;

        public bool Equals(AlwaysEqual? other) => other is not null;

        public override bool Equals(object? obj) => obj is AlwaysEqual;

        public override int GetHashCode() => 0;

        public static bool operator ==(AlwaysEqual? left, AlwaysEqual? right) => Equals(left, right);

        public static bool operator !=(AlwaysEqual? left, AlwaysEqual? right) => !Equals(left, right);
    }

    public sealed class IdentityHash(int value) : IEquatable<IdentityHash>
    {
        public int Value { get; } = value;

        public bool Equals(IdentityHash? other) => other is not null && Value == other.Value;

        public override bool Equals(object? obj) => Equals(obj as IdentityHash);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

        public static bool operator ==(IdentityHash? left, IdentityHash? right) => Equals(left, right);

        public static bool operator !=(IdentityHash? left, IdentityHash? right) => !Equals(left, right);
    }

    public readonly struct NoOperators(int value) : IEquatable<NoOperators>
    {
        public int Value { get; } = value;

        public bool Equals(NoOperators other) => Value == other.Value;

        public override bool Equals(object? obj) => obj is NoOperators other && Equals(other);

        public override int GetHashCode() => Value;
    }

    public readonly struct BadLessThan(int value) : IEquatable<BadLessThan>, IComparable<BadLessThan>, IComparable
    {
        public int Value { get; } = value;

        public bool Equals(BadLessThan other) => Value == other.Value;

        public override bool Equals(object? obj) => obj is BadLessThan other && Equals(other);

        public override int GetHashCode() => Value;

        public int CompareTo(BadLessThan other) => Value.CompareTo(other.Value);

        int IComparable.CompareTo(object? obj) => obj is BadLessThan other ? CompareTo(other) : 1;

        public static bool operator ==(BadLessThan left, BadLessThan right) => left.Equals(right);

        public static bool operator !=(BadLessThan left, BadLessThan right) => !left.Equals(right);

        public static bool operator <(BadLessThan left, BadLessThan right) => false;

        public static bool operator <=(BadLessThan left, BadLessThan right) => left.CompareTo(right) <= 0;

        public static bool operator >(BadLessThan left, BadLessThan right) => left.CompareTo(right) > 0;

        public static bool operator >=(BadLessThan left, BadLessThan right) => left.CompareTo(right) >= 0;
    }

    public readonly struct PublicCompareTo(int value) : IEquatable<PublicCompareTo>, IComparable<PublicCompareTo>, IComparable
    {
        public int Value { get; } = value;

        public bool Equals(PublicCompareTo other) => Value == other.Value;

        public override bool Equals(object? obj) => obj is PublicCompareTo other && Equals(other);

        public override int GetHashCode() => Value;

        public int CompareTo(PublicCompareTo other) => Value.CompareTo(other.Value);

        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            PublicCompareTo other => CompareTo(other),
            _ => throw new ArgumentException("Wrong type.", nameof(obj)),
        };

        public static bool operator ==(PublicCompareTo left, PublicCompareTo right) => left.Equals(right);

        public static bool operator !=(PublicCompareTo left, PublicCompareTo right) => !left.Equals(right);

        public static bool operator <(PublicCompareTo left, PublicCompareTo right) => left.CompareTo(right) < 0;

        public static bool operator <=(PublicCompareTo left, PublicCompareTo right) => left.CompareTo(right) <= 0;

        public static bool operator >(PublicCompareTo left, PublicCompareTo right) => left.CompareTo(right) > 0;

        public static bool operator >=(PublicCompareTo left, PublicCompareTo right) => left.CompareTo(right) >= 0;
    }

    public readonly struct LenientCompareTo(int value) : IEquatable<LenientCompareTo>, IComparable<LenientCompareTo>, IComparable
    {
        public int Value { get; } = value;

        public bool Equals(LenientCompareTo other) => Value == other.Value;

        public override bool Equals(object? obj) => obj is LenientCompareTo other && Equals(other);

        public override int GetHashCode() => Value;

        public int CompareTo(LenientCompareTo other) => Value.CompareTo(other.Value);

        int IComparable.CompareTo(object? obj) => obj is LenientCompareTo other ? CompareTo(other) : 1;

        public static bool operator ==(LenientCompareTo left, LenientCompareTo right) => left.Equals(right);

        public static bool operator !=(LenientCompareTo left, LenientCompareTo right) => !left.Equals(right);

        public static bool operator <(LenientCompareTo left, LenientCompareTo right) => left.CompareTo(right) < 0;

        public static bool operator <=(LenientCompareTo left, LenientCompareTo right) => left.CompareTo(right) <= 0;

        public static bool operator >(LenientCompareTo left, LenientCompareTo right) => left.CompareTo(right) > 0;

        public static bool operator >=(LenientCompareTo left, LenientCompareTo right) => left.CompareTo(right) >= 0;
    }
}
