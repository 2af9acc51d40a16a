using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Tests.Internal;

/// <summary>The shared argument checks: what each accepts, and what each says, by parameter, when it refuses.</summary>
public class GuardTests
{
    [Fact]
    public void Texts_must_hold_something_and_trimmed_ones_no_outer_white_space()
    {
        Guard.Trimmed("a b", "p").Should().Be("a b");
        FluentActions.Invoking(() => Guard.Trimmed(null, "p")).Should().Throw<ArgumentNullException>().WithParameterName("p");
        FluentActions.Invoking(() => Guard.Trimmed(" \t", "p")).Should().Throw<ArgumentException>().WithParameterName("p").WithMessage("Value must not be empty or white space.*");
        FluentActions.Invoking(() => Guard.Trimmed(" a", "p")).Should().Throw<ArgumentException>().WithMessage("Value must not start or end with white space: ' a'.*");
        FluentActions.Invoking(() => Guard.Trimmed("a\n", "p")).Should().Throw<ArgumentException>().WithMessage("Value must not start or end with white space*");
        Guard.OptionalTrimmed(null, "p").Should().BeNull();
        FluentActions.Invoking(() => Guard.OptionalTrimmed("", "p")).Should().Throw<ArgumentException>().WithParameterName("p");

        Guard.Verbatim(" kept as given\n", "p").Should().Be(" kept as given\n");
        FluentActions.Invoking(() => Guard.Verbatim("  ", "p")).Should().Throw<ArgumentException>().WithParameterName("p").WithMessage("Value must not be empty or white space.*");
        FluentActions.Invoking(() => Guard.Verbatim(null, "p")).Should().Throw<ArgumentNullException>().WithParameterName("p");

        Guard.Texts(["a", "b"], "p").Should().Equal("a", "b");
        FluentActions.Invoking(() => Guard.Texts(["a", " b"], "p")).Should().Throw<ArgumentException>().WithParameterName("p");
    }

    [Fact]
    public void Enums_must_be_defined_and_identifiers_not_default()
    {
        Guard.Defined(PolicyStance.Paused, "p").Should().Be(PolicyStance.Paused);
        FluentActions.Invoking(() => Guard.Defined((PolicyStance)99, "p")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("p").WithMessage("Not a defined PolicyStance value.*");
        Guard.NotDefault(new CompanyId("a"), "p").Should().Be(new CompanyId("a"));
        FluentActions.Invoking(() => Guard.NotDefault(default(CompanyId), "p")).Should().Throw<ArgumentException>().WithParameterName("p")
            .WithMessage("A default (uninitialized) CompanyId is not a valid value.*");
        Guard.NotDefault((CompanyId?)null, "p").Should().BeNull();
    }

    [Fact]
    public void Sequences_are_copied_without_nulls_and_identifiers_without_repeats_whatever_their_length()
    {
        Guard.Items<string>(null, "p").Should().BeEmpty();
        Guard.Items(default(System.Collections.Immutable.ImmutableArray<string>), "p").Should().BeEmpty();
        FluentActions.Invoking(() => Guard.Items(["a", null!], "p")).Should().Throw<ArgumentException>().WithParameterName("p").WithMessage("The sequence must not contain null.*");

        foreach (var count in new[] { 2, 8, 9, 20 })
        {
            var ids = Enumerable.Range(0, count).Select(i => new SourceId($"s{i}")).ToList();
            Guard.DistinctIds(ids, "p").Should().Equal(ids, "{0} distinct ids are kept in order", count);
            var repeated = ids.Append(ids[count / 2]);
            FluentActions.Invoking(() => Guard.DistinctIds(repeated, "p")).Should().Throw<ArgumentException>().WithParameterName("p")
                .WithMessage($"The identifier 's{count / 2}' appears more than once.*", "a repeat among {0} is found", count + 1);
            FluentActions.Invoking(() => Guard.DistinctIds(ids.Append(default), "p")).Should().Throw<ArgumentException>().WithParameterName("p");
        }
    }

    [Theory]
    [InlineData("", "an identifier must not be empty")]
    [InlineData("-a", "hyphens must separate groups of letters and digits (no leading, trailing or double hyphen)")]
    [InlineData("a--b", "hyphens must separate groups of letters and digits (no leading, trailing or double hyphen)")]
    [InlineData("a-", "an identifier must not end with a hyphen")]
    [InlineData("aB", "'B' is not allowed: use lowercase ASCII letters, digits and single hyphens")]
    [InlineData("a-b1", null)]
    public void A_slug_names_its_first_problem(string text, string? problem)
    {
        Slug.Problem(text).Should().Be(problem);
    }

    [Fact]
    public void A_slug_is_at_most_128_characters()
    {
        Slug.Problem(new string('a', 128)).Should().BeNull();
        Slug.Problem(new string('a', 129)).Should().Be("an identifier must be at most 128 characters long");
    }
}
