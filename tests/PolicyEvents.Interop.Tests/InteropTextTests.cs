using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Interop.Tests;

/// <summary>The exports' spellings: one per enum member, the member's name in camelCase, as in the dataset format.</summary>
public class InteropTextTests
{
    public static TheoryData<PolicyStance> Stances => [.. Enum.GetValues<PolicyStance>()];

    public static TheoryData<DatePrecision> Precisions => [.. Enum.GetValues<DatePrecision>()];

    public static TheoryData<LegalProcessKind> LegalProcesses => [.. Enum.GetValues<LegalProcessKind>()];

    public static TheoryData<RequestOrigin> Origins => [.. Enum.GetValues<RequestOrigin>()];

    public static TheoryData<FormalChannelKind> ChannelKinds => [.. Enum.GetValues<FormalChannelKind>()];

    [Theory]
    [MemberData(nameof(Stances))]
    public void Stance_IsTheMemberNameInCamelCase(PolicyStance stance) =>
        InteropText.Stance(stance).Should().Be(CamelCase(stance.ToString()));

    [Theory]
    [MemberData(nameof(Precisions))]
    public void Precision_IsTheMemberNameInCamelCase(DatePrecision precision) =>
        InteropText.Precision(precision).Should().Be(CamelCase(precision.ToString()));

    [Theory]
    [MemberData(nameof(LegalProcesses))]
    public void LegalProcess_IsTheMemberNameInCamelCase(LegalProcessKind kind) =>
        InteropText.LegalProcess(kind).Should().Be(CamelCase(kind.ToString()));

    [Theory]
    [MemberData(nameof(Origins))]
    public void Origin_IsTheMemberNameInCamelCase(RequestOrigin origin) =>
        InteropText.Origin(origin).Should().Be(CamelCase(origin.ToString()));

    [Theory]
    [MemberData(nameof(ChannelKinds))]
    public void ChannelKind_IsTheMemberNameInCamelCase(FormalChannelKind kind) =>
        InteropText.ChannelKind(kind).Should().Be(CamelCase(kind.ToString()));

    [Fact]
    public void Kinds_NameEverySingleFlag_InDeclarationOrder()
    {
        var singles = Enum.GetValues<RequestKinds>().Where(k => k != RequestKinds.None && k != RequestKinds.All).ToList();

        InteropText.Kinds(RequestKinds.All).Should().Equal(singles.Select(k => CamelCase(k.ToString())));
        InteropText.Kinds(RequestKinds.None).Should().BeEmpty();
        InteropText.Kinds(RequestKinds.Preservation | RequestKinds.UserData).Should().Equal("userData", "preservation");
    }

    [Fact]
    public void RequesterNames_NameEverySingleFlag_InDeclarationOrder()
    {
        var singles = Enum.GetValues<Requesters>().Where(r => r != Requesters.None && r != Requesters.All).ToList();

        InteropText.RequesterNames(Requesters.All).Should().Equal(singles.Select(r => CamelCase(r.ToString())));
        InteropText.RequesterNames(Requesters.None).Should().BeEmpty();
        InteropText.RequesterNames(Requesters.Courts | Requesters.Government).Should().Equal("government", "courts");
    }

    [Fact]
    public void UndefinedValues_AreRejected()
    {
        FluentActions.Invoking(() => InteropText.Stance((PolicyStance)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => InteropText.Precision((DatePrecision)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => InteropText.LegalProcess((LegalProcessKind)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => InteropText.Origin((RequestOrigin)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => InteropText.ChannelKind((FormalChannelKind)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Instant_IsIso8601Utc_WithAFractionOnlyWhenThereIsOne()
    {
        InteropText.Instant(Instant.FromUtc(2020, 6, 30, 15, 0)).Should().Be("2020-06-30T15:00:00Z");
        InteropText.Instant(Instant.FromUtc(2020, 6, 30, 15, 0) + Duration.FromNanoseconds(1_500)).Should().Be("2020-06-30T15:00:00.0000015Z");
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
