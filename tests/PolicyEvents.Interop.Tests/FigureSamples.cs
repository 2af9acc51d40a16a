using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Interop.Tests;

/// <summary>Figure sets made by hand for every kind of published number, and the real exports of the test fixtures.</summary>
internal static class FigureSamples
{
    /// <summary>Meta, Hong Kong, 2020 H1, "Total Requests", as the export prints it (line 98).</summary>
    public static ReportedFigures MetaHongKong { get; } = new(
        new CompanyId("facebook"), new JurisdictionCode("HK"), "Hong Kong", ReportingPeriod.HalfYear(2020, 1),
        new RequestCategory("Total Requests", RequestKinds.UserData | RequestKinds.EmergencyDisclosure, LegalProcessKind.All),
        new RequestFigures(PublishedNumber.Exact(262), PublishedNumber.Exact(285), PublishedNumber.Exact(62), PublishedNumber.Percentage(24, "24%")),
        new FigureProvenance("PRPL-Facebook-Government-Report-2020_H1.csv", 98));

    /// <summary>A range, a grouped count, a fractional percentage in a bare-number column, a derived start, no code.</summary>
    public static ReportedFigures RangesWithoutCode { get; } = new(
        new CompanyId("google"), null, "United Nations", ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 12, 31)),
        new RequestCategory("Other Legal Requests, \"misc\"", RequestKinds.UserData, LegalProcessKind.LegalProcess),
        new RequestFigures(PublishedNumber.Range(0, 249, "0-249"), PublishedNumber.Exact(1624, "1,624"), default, PublishedNumber.Percentage(81.5m, "81.5")));

    /// <summary>Nothing published but a count of requests; an unmapped label; no provenance.</summary>
    public static ReportedFigures Sparse { get; } = new(
        new CompanyId("acme"), new JurisdictionCode("JP"), "Japan", ReportingPeriod.Year(2021),
        new RequestCategory("Mystery Requests"),
        new RequestFigures(PublishedNumber.Range(0, 9, "<10")));

    public static IReadOnlyList<ReportedFigures> All { get; } = [MetaHongKong, RangesWithoutCode, Sparse];

    public static string FixturePath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "figures", fileName);

    public static FigureImportResult ReadMeta2020H1()
    {
        using var file = File.OpenRead(FixturePath("PRPL-Facebook-Government-Report-2020_H1.csv"));
        return MetaGovernmentRequestsCsv.Read(file, "PRPL-Facebook-Government-Report-2020_H1.csv", new CompanyId("facebook"));
    }

    public static FigureImportResult ReadGoogle()
    {
        using var file = File.OpenRead(FixturePath("google-global-user-data-requests.csv"));
        return GoogleUserDataRequestsCsv.Read(file, "google-global-user-data-requests.csv", new CompanyId("google"));
    }
}
