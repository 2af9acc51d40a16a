#pragma warning disable CA1051, CA1819, CA1002, CA2227, CA1815, CA1067, CA1066, CA1036, CA1034, CA2231, CA1065, IDE0044, IDE0032, IDE0025, IDE0250, IDE0251
using System.Collections.Immutable;

// Deliberately broken types that each break one convention, and one that keeps them all: they prove that
// ConventionRules finds what it claims to find, so a clean run over the library means something.
namespace PolicyEvents.Tests.ConventionTests.Specimens;

public sealed class Compliant : IEquatable<Compliant>, IComparable<Compliant>, IComparable
{
    public Compliant(int value, IEnumerable<int> items)
    {
        Value = value;
        Items = [.. items];
    }

    public static Compliant Empty { get; } = new(0, []);

    public int Value { get; }

    public ImmutableArray<int> Items { get; }

    public IReadOnlyList<string> Names { get; } = [];

    public IReadOnlyDictionary<string, int> ByName { get; } = ImmutableDictionary<string, int>.Empty;

    public ImmutableDictionary<string, int> Index { get; } = ImmutableDictionary<string, int>.Empty;

    public string Text { get; private set; } = "";

    public readonly int ReadOnlyField;

    public const int Constant = 1;

    public bool Equals(Compliant? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as Compliant);

    public override int GetHashCode() => Value;

    public int CompareTo(Compliant? other) => other is null ? 1 : Value.CompareTo(other.Value);

    int IComparable.CompareTo(object? obj) => CompareTo(obj as Compliant);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool operator ==(Compliant? left, Compliant? right) => Equals(left, right);

    public static bool operator !=(Compliant? left, Compliant? right) => !Equals(left, right);

    public static bool operator <(Compliant left, Compliant right) => left.CompareTo(right) < 0;

    public static bool operator <=(Compliant left, Compliant right) => left.CompareTo(right) <= 0;

    public static bool operator >(Compliant left, Compliant right) => left.CompareTo(right) > 0;

    public static bool operator >=(Compliant left, Compliant right) => left.CompareTo(right) >= 0;
}

public readonly struct CompliantStruct
{
    public int Value { get; }

    public override string ToString() => "";
}

public static class StaticHelpers
{
    public static int Counter { get; set; }
}

public enum SomeEnum
{
    None = 0,
}

public sealed class WithSetter
{
    public int Value { get; set; }

    public override string ToString() => "";
}

public sealed class WithInitSetter
{
    public int Value { get; init; }

    public override string ToString() => "";
}

public abstract class WithProtectedSetter
{
    public int Value { get; protected set; }

    public override string ToString() => "";
}

public sealed class WithPublicSetterOnly
{
    private int _value;

    public int Value { private get => _value; set => _value = value; }

    public override string ToString() => _value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class WithMutableField
{
    public int Value;

    public override string ToString() => "";
}

public class NotSealed
{
    public override string ToString() => "";
}

public struct NotReadOnly
{
    public int Value { get; }

    public override string ToString() => "";
}

public sealed class WithList
{
    public List<int> Items { get; } = [];

    public override string ToString() => "";
}

public sealed class WithArray
{
    public int[] Items { get; } = [];

    public override string ToString() => "";
}

public sealed class WithDictionary
{
    public Dictionary<string, int> Items { get; } = [];

    public override string ToString() => "";
}

public sealed class WithEnumerable
{
    public IEnumerable<int> Items { get; } = [];

    public override string ToString() => "";
}

public sealed class WithoutToString
{
}

public sealed class EquatableWithoutHashCode : IEquatable<EquatableWithoutHashCode>
{
    public bool Equals(EquatableWithoutHashCode? other) => other is not null;

    public override string ToString() => "";
}

public readonly struct ComparableWithoutOperators : IEquatable<ComparableWithoutOperators>, IComparable<ComparableWithoutOperators>
{
    public bool Equals(ComparableWithoutOperators other) => true;

    public override bool Equals(object? obj) => obj is ComparableWithoutOperators;

    public override int GetHashCode() => 0;

    public int CompareTo(ComparableWithoutOperators other) => 0;

    public override string ToString() => "";
}

public sealed class SpecimenException : Exception
{
    public SpecimenException()
    {
    }

    public SpecimenException(string message) : base(message)
    {
    }

    public SpecimenException(string message, Exception inner) : base(message, inner)
    {
    }
}
