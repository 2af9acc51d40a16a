using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Domain;

public class PolicyEventTests
{
    private static readonly EventId Id = new("fb-hk-2020-07-06");
    private static readonly CompanyId Facebook = new("facebook");
    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly PartialDate Day = PartialDate.Parse("2020-07-06");

    private static PolicyEvent Create(
        PartialDate? effective = null, PartialDate? announced = null, IEnumerable<StatementId>? statements = null,
        IEnumerable<SourceId>? sources = null, TriggerId? trigger = null, EventId? supersedes = null, string? note = null) =>
        new(Id, Facebook, Hk, Samples.Policy(), effective, announced ?? Day, Samples.Recorded, statements, sources, trigger, supersedes, note);

    [Fact]
    public void Constructor_keeps_every_value()
    {
        var e = Samples.Event();

        e.Id.Should().Be(Id);
        e.Company.Should().Be(Facebook);
        e.Jurisdiction.Should().Be(Hk);
        e.Policy.Should().Be(Samples.Policy());
        e.Effective.Should().Be(Day);
        e.Announced.Should().Be(Day);
        e.Recorded.Should().Be(Samples.Recorded);
        e.Statements.Should().Equal(new StatementId("fb-hk-2020-07-06"));
        e.Sources.Should().Equal(new SourceId("reuters-2020-07-06"), new SourceId("wsj-2020-07-06"));
        e.Trigger.Should().Be(new TriggerId("hk-nsl"));
        e.Supersedes.Should().BeNull();
        e.Note.Should().Be("Applies to Facebook and WhatsApp.");
        e.ToString().Should().Be("fb-hk-2020-07-06 facebook HK Paused effective 2020-07-06 announced 2020-07-06");
    }

    [Fact]
    public void Either_date_alone_is_enough_but_not_neither()
    {
        new PolicyEvent(Id, Facebook, Hk, Samples.Policy(), Day, null, Samples.Recorded).Announced.Should().BeNull();
        new PolicyEvent(Id, Facebook, Hk, Samples.Policy(), null, Day, Samples.Recorded).Effective.Should().BeNull();

        FluentActions.Invoking(() => new PolicyEvent(Id, Facebook, Hk, Samples.Policy(), null, null, Samples.Recorded))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("effective");
        FluentActions.Invoking(() => Samples.Event().WithDates(null, null))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("effective");
    }

    [Fact]
    public void Constructor_rejects_default_ids()
    {
        var policy = Samples.Policy();

        FluentActions.Invoking(() => new PolicyEvent(default, Facebook, Hk, policy, Day, Day, Samples.Recorded))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new PolicyEvent(Id, default, Hk, policy, Day, Day, Samples.Recorded))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("company");
        FluentActions.Invoking(() => new PolicyEvent(Id, Facebook, default, policy, Day, Day, Samples.Recorded))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("jurisdiction");
        FluentActions.Invoking(() => Create(trigger: default(TriggerId))).Should().ThrowExactly<ArgumentException>().WithParameterName("trigger");
        FluentActions.Invoking(() => Create(supersedes: default(EventId))).Should().ThrowExactly<ArgumentException>().WithParameterName("supersedes");
        FluentActions.Invoking(() => Create(statements: [default])).Should().ThrowExactly<ArgumentException>().WithParameterName("statements");
        FluentActions.Invoking(() => Create(sources: [default])).Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
    }

    [Fact]
    public void Constructor_rejects_what_else_it_must()
    {
        FluentActions.Invoking(() => new PolicyEvent(Id, Facebook, Hk, null!, Day, Day, Samples.Recorded))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => Create(supersedes: new EventId("fb-hk-2020-07-06")))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("supersedes").WithMessage("*supersede itself*");
        FluentActions.Invoking(() => Create(statements: [new StatementId("s1"), new StatementId("s1")]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("statements");
        FluentActions.Invoking(() => Create(sources: [new SourceId("a"), new SourceId("b"), new SourceId("b")]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => Create(note: " note")).Should().ThrowExactly<ArgumentException>().WithParameterName("note");
        FluentActions.Invoking(() => Create(note: "")).Should().ThrowExactly<ArgumentException>().WithParameterName("note");
        Create(supersedes: new EventId("fb-hk-2020-07-01")).ToString().Should().EndWith("(supersedes fb-hk-2020-07-01)");
    }

    [Fact]
    public void With_methods_validate_again_and_leave_the_original_unchanged()
    {
        var e = Samples.Event();

        FluentActions.Invoking(() => e.WithPolicy(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("policy");
        e.WithPolicy(new RequestPolicy(PolicyStance.Refusing)).Policy.Stance.Should().Be(PolicyStance.Refusing);
        e.WithDates(null, Day).Effective.Should().BeNull();
        e.WithRecorded(Samples.Recorded + Duration.FromDays(1)).Recorded.Should().Be(Samples.Recorded + Duration.FromDays(1));
        e.Effective.Should().Be(Day);
        e.Policy.Stance.Should().Be(PolicyStance.Paused);
        e.Recorded.Should().Be(Samples.Recorded);
    }

    [Fact]
    public void Equality_compares_every_property_and_collections_by_content_in_order()
    {
        var e = Samples.Event();
        PolicyEvent Copy(
            EventId? id = null, CompanyId? company = null, JurisdictionCode? jurisdiction = null, IEnumerable<StatementId>? statements = null,
            IEnumerable<SourceId>? sources = null, TriggerId? trigger = null, EventId? supersedes = null, string? note = null) =>
            new(id ?? e.Id, company ?? e.Company, jurisdiction ?? e.Jurisdiction, e.Policy, e.Effective, e.Announced, e.Recorded,
                statements ?? e.Statements, sources ?? e.Sources, trigger ?? e.Trigger, supersedes ?? e.Supersedes, note ?? e.Note);

        EqualityContract.AssertEquality(e, Samples.Event(),
            Copy(id: new EventId("other")),
            Copy(company: new CompanyId("google")),
            Copy(jurisdiction: new JurisdictionCode("CN")),
            Copy(statements: [new StatementId("fb-hk-2020-07-06"), new StatementId("fb-hk-2020-07-07")]),
            Copy(statements: []),
            Copy(sources: [new SourceId("wsj-2020-07-06"), new SourceId("reuters-2020-07-06")]),
            Copy(sources: [new SourceId("reuters-2020-07-06")]),
            Copy(trigger: new TriggerId("cn-nsl")),
            Copy(supersedes: new EventId("fb-hk-2020-07-01")),
            Copy(note: "Another note."),
            new PolicyEvent(e.Id, e.Company, e.Jurisdiction, e.Policy, e.Effective, e.Announced, e.Recorded, e.Statements, e.Sources, e.Trigger),
            e.WithPolicy(e.Policy.WithStance(PolicyStance.Refusing)),
            e.WithDates(e.Effective, null),
            e.WithDates(PartialDate.Parse("2020-07-07"), e.Announced),
            e.WithRecorded(e.Recorded + Duration.FromTicks(1)));
        EqualityContract.AssertEquality(
            Copy(sources: new List<SourceId> { new("a"), new("b") }),
            Copy(sources: new[] { new SourceId("a"), new SourceId("b") }),
            Copy(sources: [new SourceId("b"), new SourceId("a")]));
    }
}
