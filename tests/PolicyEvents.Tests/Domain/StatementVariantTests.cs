using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

/// <summary><see cref="StatementVariant"/> and the variants and paraphrase mark of <see cref="Statement"/>: construction
/// rules, the rules a statement adds (a variant differs from the reading, none repeats), and content equality.</summary>
public class StatementVariantTests
{
    private static readonly SourceId Wire = new("wire");
    private static readonly SourceId Paper = new("paper");
    private static readonly Speaker WhatsApp = new(new CompanyId("whatsapp"));

    private static StatementVariant Wording() => new("We paused review of requests.", null, [Wire, Paper]);

    private static StatementVariant Attribution() => new(null, WhatsApp, [Paper]);

    [Fact]
    public void A_variant_keeps_its_text_verbatim_its_speaker_sources_and_paraphrase_mark()
    {
        var variant = new StatementVariant("  vague and without clear definition", WhatsApp, [Wire, Paper], isParaphrase: true);

        variant.Text.Should().Be("  vague and without clear definition");
        variant.Speaker.Should().Be(WhatsApp);
        variant.Sources.Should().Equal(Wire, Paper);
        variant.IsParaphrase.Should().BeTrue();
        Wording().IsParaphrase.Should().BeFalse();
        Wording().Speaker.Should().BeNull();
        Attribution().Text.Should().BeNull();
        Attribution().ToString().Should().Be("whatsapp: (reading) (paper)");
        variant.ToString().Should().Be("whatsapp: \"  vague and without clear definition\" (paraphrase) (wire, paper)");
    }

    [Fact]
    public void A_variant_needs_a_text_or_a_speaker_and_a_source()
    {
        FluentActions.Invoking(() => new StatementVariant(null, null, [Wire])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("text").WithMessage("*text, a speaker or both*");
        FluentActions.Invoking(() => new StatementVariant(" \n", null, [Wire])).Should().ThrowExactly<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => new StatementVariant("words", null, [])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("sources").WithMessage("*at least one source*");
        FluentActions.Invoking(() => new StatementVariant("words", null, null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("sources");
        FluentActions.Invoking(() => new StatementVariant("words", null, [Wire, Wire])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("sources").WithMessage("*'wire'*more than once*");
        FluentActions.Invoking(() => new StatementVariant("words", null, [default(SourceId)])).Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => Wording().WithSources([])).Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
        Wording().WithSources([Paper]).Sources.Should().Equal(Paper);
    }

    [Fact]
    public void Variant_equality_compares_every_property_and_sources_in_order()
    {
        var variant = Wording();

        EqualityContract.AssertEquality(variant, Wording(),
            variant.WithSources([Paper, Wire]),
            variant.WithSources([Wire]),
            new StatementVariant(variant.Text, null, variant.Sources, isParaphrase: true),
            new StatementVariant(variant.Text, WhatsApp, variant.Sources),
            new StatementVariant("We paused review of requests", null, variant.Sources),
            new StatementVariant(null, WhatsApp, variant.Sources));
    }

    [Fact]
    public void A_statement_keeps_its_variants_in_order_and_its_paraphrase_mark()
    {
        var statement = Samples.Statement();

        statement.Variants.Should().BeEmpty("the common case has none");
        statement.IsParaphrase.Should().BeFalse();

        var varied = statement.WithVariants([Wording(), Attribution()]).WithParaphrase(true);

        varied.Variants.Should().Equal(Wording(), Attribution());
        varied.IsParaphrase.Should().BeTrue();
        varied.WithDate(null).Variants.Should().Equal(Wording(), Attribution());
        varied.WithSources([Wire]).IsParaphrase.Should().BeTrue();
        varied.WithSources([Wire]).Variants.Should().HaveCount(2);
        varied.WithVariants([]).Variants.Should().BeEmpty();
        new Statement(statement.Id, statement.Text, statement.Speaker, null, statement.Language, null, [Attribution()], isParaphrase: true)
            .Should().Be(statement.WithDate(null).WithSources([]).WithVariants([Attribution()]).WithParaphrase(true));
    }

    [Fact]
    public void A_variant_must_differ_from_the_reading_and_from_the_other_variants()
    {
        var statement = Samples.Statement();

        FluentActions.Invoking(() => statement.WithVariants([new StatementVariant(statement.Text, null, [Wire])]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("variants").WithMessage("Variant 0 repeats the statement's text*");
        FluentActions.Invoking(() => statement.WithVariants([Attribution(), new StatementVariant(statement.Text, WhatsApp, [Wire])]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("variants").WithMessage("Variant 1 repeats the statement's text*");
        FluentActions.Invoking(() => statement.WithVariants([new StatementVariant(null, Samples.Speaker(), [Wire])]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("variants").WithMessage("Variant 0 repeats the statement's speaker*");
        FluentActions.Invoking(() => statement.WithVariants([Wording(), Wording().WithSources([Wire])]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("variants").WithMessage("Variants 0 and 1 have the same text and speaker*");
        FluentActions.Invoking(() => statement.WithVariants([Attribution(), new StatementVariant(null, WhatsApp, [Wire], isParaphrase: true)]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("variants");
        FluentActions.Invoking(() => statement.WithVariants([null!])).Should().ThrowExactly<ArgumentException>().WithParameterName("variants");
        FluentActions.Invoking(() => statement.WithVariants(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("variants");

        statement.WithVariants([Wording(), new StatementVariant(Wording().Text, WhatsApp, [Wire])]).Variants.Should().HaveCount(2,
            "the same words given to another speaker are another variant");
    }

    [Fact]
    public void Statement_equality_compares_variants_in_order_and_the_paraphrase_mark()
    {
        var statement = Samples.Statement().WithVariants([Wording(), Attribution()]);

        EqualityContract.AssertEquality(statement, Samples.Statement().WithVariants([Wording(), Attribution()]),
            Samples.Statement(),
            statement.WithVariants([Attribution(), Wording()]),
            statement.WithVariants([Wording()]),
            statement.WithVariants([Wording(), Attribution().WithSources([Wire])]),
            statement.WithParaphrase(true));
    }
}
