using System.Collections.Immutable;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Serialization;

/// <summary>A record of a JSON Lines stream: its value must be of its kind, its line one-based; equality over every part.</summary>
public class DatasetRecordTests
{
    private static readonly Diagnostic Warning = new(DiagnosticSeverity.Warning, "PE0005", "Unknown member 'x'.", new DiagnosticLocation("a.jsonl", 2, 3, "$.x"));

    private static readonly ReportedFigures Figures = new(new CompanyId("facebook"), new JurisdictionCode("HK"), "Hong Kong",
        ReportingPeriod.HalfYear(2020, 1), new RequestCategory("Total Requests"),
        new RequestFigures(PublishedNumber.Exact(262), PublishedNumber.Exact(285), PublishedNumber.Exact(62), PublishedNumber.Percentage(24m)),
        new FigureProvenance("PRPL-Facebook-Government-Report-2020_H1.csv", 98));

    /// <summary>Every kind with a value of that kind.</summary>
    public static TheoryData<DatasetRecordKind, object> Kinds => new()
    {
        { DatasetRecordKind.Metadata, new DatasetMetadata(new DatasetId("x"), "X", "1", Samples.Recorded) },
        { DatasetRecordKind.Company, Samples.Company() },
        { DatasetRecordKind.Jurisdiction, Samples.HongKong() },
        { DatasetRecordKind.Source, Samples.Source() },
        { DatasetRecordKind.Statement, Samples.Statement() },
        { DatasetRecordKind.Trigger, Samples.Trigger() },
        { DatasetRecordKind.Event, Samples.Event() },
        { DatasetRecordKind.Figure, Figures },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_record_holds_a_value_of_its_kind_and_offers_it_through_that_kinds_property_only(DatasetRecordKind kind, object value)
    {
        var record = new DatasetRecord(kind, value, 7);

        record.Kind.Should().Be(kind);
        record.Value.Should().BeSameAs(value);
        record.Line.Should().Be(7);
        record.Warnings.Should().BeEmpty();
        object?[] typed = [record.Metadata, record.Company, record.Jurisdiction, record.Source, record.Statement, record.Trigger, record.Event, record.Figure];
        typed.Should().ContainSingle(v => v != null).Which.Should().BeSameAs(value);
        record.ToString().Should().Be($"line 7: {kind} {value}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_value_of_any_other_kind_is_refused_by_name(DatasetRecordKind kind, object value)
    {
        foreach (var other in Enum.GetValues<DatasetRecordKind>().Where(k => k != kind))
        {
            var act = () => new DatasetRecord(other, value, 1);

            act.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage($"A {value.GetType().Name} is not a {other} record.*");
        }
    }

    [Fact]
    public void The_line_is_one_based_and_the_value_required()
    {
        FluentActions.Invoking(() => new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("line");
        new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 1).Line.Should().Be(1);
        FluentActions.Invoking(() => new DatasetRecord(DatasetRecordKind.Company, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void Warnings_are_kept_and_a_default_record_has_none()
    {
        new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 2, [Warning]).Warnings.Should().Equal(Warning);
        new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 2, default).Warnings.IsDefault.Should().BeFalse();
        default(DatasetRecord).Warnings.Should().BeEmpty();
        default(DatasetRecord).Warnings.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void Records_are_equal_when_kind_value_line_and_warnings_are()
    {
        var value = new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 2, [Warning]);

        EqualityContract.AssertEquality(value,
            new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 2, ImmutableArray.Create(Warning)),
            new DatasetRecord(DatasetRecordKind.Company, Samples.WhatsApp(), 2, [Warning]),
            new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 3, [Warning]),
            new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 2),
            new DatasetRecord(DatasetRecordKind.Company, Samples.Company(), 2, [Warning, Warning]),
            default);
    }
}
