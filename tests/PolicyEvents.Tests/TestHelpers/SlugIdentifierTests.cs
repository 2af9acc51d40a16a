using PolicyEvents.Domain;
namespace PolicyEvents.Tests.TestHelpers;

/// <summary>
/// The tests every slug identifier (<see cref="CompanyId"/>, <see cref="SourceId"/>, ...) must pass; each identifier's
/// test class derives from this one and says how to create and parse its type.
/// </summary>
public abstract class SlugIdentifierTests<T>
    where T : struct, IEquatable<T>, IComparable<T>
{
    protected abstract T Create(string value);

    protected abstract bool TryParse(string? text, out T result);

    protected abstract bool IsDefault(T id);

    protected abstract string ValueOf(T id);

    [Theory]
    [MemberData(nameof(SlugData.Valid), MemberType = typeof(SlugData))]
    public void Valid_slugs_are_kept_exactly(string text)
    {
        var id = Create(text);

        ValueOf(id).Should().Be(text);
        id.ToString().Should().Be(text);
        IsDefault(id).Should().BeFalse();
        TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(SlugData.Invalid), MemberType = typeof(SlugData))]
    public void Invalid_slugs_are_rejected_with_the_parameter_name(string text)
    {
        var act = () => Create(text);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("value")
            .WithMessage($"*not a valid {typeof(T).Name}*");
        TryParse(text, out var result).Should().BeFalse();
        IsDefault(result).Should().BeTrue();
    }

    [Theory]
    [InlineData("Facebook", "'F' is not allowed: use lowercase ASCII letters, digits and single hyphens")]
    [InlineData("a--b", "hyphens must separate groups of letters and digits (no leading, trailing or double hyphen)")]
    [InlineData("", "an identifier must not be empty")]
    public void The_message_names_the_text_the_type_and_the_rule(string text, string rule)
    {
        var act = () => Create(text);

        act.Should().ThrowExactly<ArgumentException>().Which.Message
            .Should().Be($"'{text}' is not a valid {typeof(T).Name}: {rule}. (Parameter 'value')");
    }

    [Fact]
    public void Null_is_rejected()
    {
        var act = () => Create(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
        TryParse(null, out var result).Should().BeFalse();
        IsDefault(result).Should().BeTrue();
    }

    [Fact]
    public void Equality_and_ordering_are_ordinal()
    {
        EqualityContract.AssertOrdering(
            Create("a1"), Create(new string(['a', '1'])),
            Create("a1-x"), Create("a2"), Create("b"), Create("nsl-2020"), Create("z"));
    }

    [Fact]
    public void Default_is_empty_and_sorts_first()
    {
        var empty = default(T);

        IsDefault(empty).Should().BeTrue();
        ValueOf(empty).Should().BeEmpty();
        empty.ToString().Should().BeEmpty();
        EqualityContract.AssertOrdering(empty, default, Create("0"), Create("a"));
        empty.GetHashCode().Should().Be(0);
    }
}

/// <summary>Texts that are and are not slugs, shared by every <see cref="SlugIdentifierTests{T}"/>.</summary>
public static class SlugData
{
    public static TheoryData<string> Valid => ["google", "nsl-2020", "fb-hk-2020-07-06", "a", "0", "2020", "a1-b2-c3", new string('a', 128)];

    public static TheoryData<string> Invalid =>
        ["", "Facebook", "-a", "a--b", "a-", "-", new string('a', 129), "a b", " a", "a ", "a_b", "a.b", "café", "ａ", "a\n"];
}
