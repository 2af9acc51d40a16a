using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Domain;

public class StatementTests
{
    private static readonly StatementId Id = new("fb-hk-2020-07-06");

    [Fact]
    public void Constructor_keeps_the_text_verbatim()
    {
        var statement = Samples.Statement();

        statement.Text.Should().Be("  We are pausing review of government requests for user data from Hong Kong.");
        statement.Text.Should().StartWith("  ", "verbatim text keeps leading white space");
        new Statement(Id, "Line one.\n  Line two.\n", Samples.Speaker(), null, LanguageTag.English).Text.Should().Be("Line one.\n  Line two.\n");
        statement.Id.Should().Be(Id);
        statement.Speaker.Should().Be(Samples.Speaker());
        statement.Date.Should().Be(PartialDate.Parse("2020-07-06"));
        statement.Language.Should().Be(LanguageTag.English);
        statement.Sources.Should().Equal(new SourceId("reuters-2020-07-06"), new SourceId("wsj-2020-07-06"));
        statement.ToString().Should().StartWith("fb-hk-2020-07-06 facebook (Jane Doe, spokesperson) 2020-07-06: \"  We are pausing");
    }

    [Fact]
    public void ToString_shows_up_to_60_characters_of_the_text_and_says_when_a_statement_is_undated()
    {
        var sixty = new string('a', 60);
        var speaker = new Speaker(new CompanyId("acme"));

        new Statement(Id, sixty, speaker, null, LanguageTag.English).ToString().Should().Be($"fb-hk-2020-07-06 {speaker} (undated): \"{sixty}\"");
        new Statement(Id, sixty + "b", speaker, PartialDate.Parse("2020-07"), LanguageTag.English).ToString()
            .Should().Be($"fb-hk-2020-07-06 {speaker} 2020-07: \"{sixty}…\"");
    }

    [Fact]
    public void Constructor_rejects_what_it_must()
    {
        var speaker = Samples.Speaker();
        var english = LanguageTag.English;

        FluentActions.Invoking(() => new Statement(default, "text", speaker, null, english)).Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new Statement(Id, "", speaker, null, english)).Should().ThrowExactly<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => new Statement(Id, " \n\t ", speaker, null, english)).Should().ThrowExactly<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => new Statement(Id, null!, speaker, null, english)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => new Statement(Id, "text", null!, null, english)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("speaker");
        FluentActions.Invoking(() => new Statement(Id, "text", speaker, null, default)).Should().ThrowExactly<ArgumentException>().WithParameterName("language");
        FluentActions.Invoking(() => new Statement(Id, "text", speaker, null, english, [new SourceId("a"), new SourceId("b"), new SourceId("a")]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("sources").WithMessage("*'a'*more than once*");
        FluentActions.Invoking(() => new Statement(Id, "text", speaker, null, english, [default(SourceId)]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
    }

    [Fact]
    public void With_methods_validate_again()
    {
        var statement = Samples.Statement();

        FluentActions.Invoking(() => statement.WithSources([new SourceId("a"), new SourceId("a")]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
        statement.WithSources([]).Sources.Should().BeEmpty();
        statement.WithDate(null).Date.Should().BeNull();
        statement.WithDate(PartialDate.Parse("2020-07")).Date.Should().Be(PartialDate.Parse("2020-07"));
        statement.Sources.Should().HaveCount(2);
    }

    [Fact]
    public void Equality_compares_every_property_and_sources_by_content_in_order()
    {
        var statement = Samples.Statement();

        EqualityContract.AssertEquality(statement, Samples.Statement(),
            statement.WithSources([new SourceId("wsj-2020-07-06"), new SourceId("reuters-2020-07-06")]),
            statement.WithSources([new SourceId("reuters-2020-07-06")]),
            statement.WithDate(null),
            statement.WithDate(PartialDate.Parse("2020-07-06~")),
            new Statement(new StatementId("other"), statement.Text, statement.Speaker, statement.Date, statement.Language, statement.Sources),
            new Statement(statement.Id, statement.Text.TrimStart(), statement.Speaker, statement.Date, statement.Language, statement.Sources),
            new Statement(statement.Id, statement.Text, new Speaker(new CompanyId("facebook")), statement.Date, statement.Language, statement.Sources),
            new Statement(statement.Id, statement.Text, statement.Speaker, statement.Date, new LanguageTag("zh-Hant-HK"), statement.Sources));
    }
}
