using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Queries;

// Not PolicyEvents.Samples: the tests compile this file, and their helper class Samples would be hidden by that namespace.
namespace HongKongFiguresSample;

/// <summary>
/// The Hong Kong figures report: Google's and Facebook's published figures for Hong Kong per half-year, beside the
/// policy in force toward Hong Kong (<see cref="PolicyHistory.FiguresBesidePolicy"/>), then whether the figures
/// followed the pause. The tests compile this file too (tests/PolicyEvents.Tests), run it on the same exports and
/// check both the numbers and that the sample's README holds exactly what it prints.
/// </summary>
internal static class HongKongFiguresReport
{
    /// <summary>Google's export, all countries and half-years (only the end of each period is published).</summary>
    internal const string GoogleFile = "google-global-user-data-requests.csv";

    /// <summary>Meta's export for the first half of 2020 (the half-year comes from the file name).</summary>
    internal const string MetaH1File = "PRPL-Facebook-Government-Report-2020_H1.csv";

    /// <summary>Meta's export for the second half of 2020.</summary>
    internal const string MetaH2File = "PRPL-Facebook-Government-Report-2020_H2.csv";

    /// <summary>Hong Kong.</summary>
    internal static readonly JurisdictionCode HongKong = new("HK");

    /// <summary>The first day asked for: a year before the national security law.</summary>
    internal static readonly LocalDate From = new(2019, 7, 1);

    /// <summary>The last day asked for: a year after it.</summary>
    internal static readonly LocalDate To = new(2021, 6, 30);

    /// <summary>Each company, with the category whose figures the report shows (the one covering requests for
    /// user data by legal process in both reports: Meta's total includes its few emergency requests).</summary>
    internal static readonly IReadOnlyList<(CompanyId Company, string Category)> Series =
    [
        (new CompanyId("google"), "Other Legal Requests"),
        (new CompanyId("facebook"), "Total Requests"),
    ];

    private static readonly LocalDateTimePattern HongKongTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>One imported file: its name, the company it is read for and what the importer returned.</summary>
    internal sealed record ImportedFile(string FileName, CompanyId Company, FigureImportResult Result);

    /// <summary>Imports the three exports from <paramref name="folder"/>.</summary>
    internal static IReadOnlyList<ImportedFile> Import(string folder)
    {
        var google = new CompanyId("google");
        var facebook = new CompanyId("facebook");
        return
        [
            Read(GoogleFile, google, stream => GoogleUserDataRequestsCsv.Read(stream, GoogleFile, google)),
            Read(MetaH1File, facebook, stream => MetaGovernmentRequestsCsv.Read(stream, MetaH1File, facebook)),
            Read(MetaH2File, facebook, stream => MetaGovernmentRequestsCsv.Read(stream, MetaH2File, facebook)),
        ];

        ImportedFile Read(string name, CompanyId company, Func<Stream, FigureImportResult> import)
        {
            using var stream = File.OpenRead(Path.Combine(folder, name));
            return new ImportedFile(name, company, import(stream));
        }
    }

    /// <summary>A company's rows for Hong Kong from <see cref="From"/> to <see cref="To"/>.</summary>
    internal static IReadOnlyList<FiguresBesidePolicy> Rows(PolicyHistory history, IEnumerable<ReportedFigures> figures, CompanyId company) =>
        history.FiguresBesidePolicy(figures, company, HongKong, From, To);

    /// <summary>
    /// The half-year of the pause (the row in which a <see cref="PolicyStance.Paused"/> policy was in force longest),
    /// the half-year before it and the one after it (null where the export has none); null when no row has a pause.
    /// </summary>
    internal static (FiguresBesidePolicy? Before, FiguresBesidePolicy Pause, FiguresBesidePolicy? After)? AroundThePause(IReadOnlyList<FiguresBesidePolicy> rows)
    {
        var paused = rows
            .Select((row, index) => (index, hours: row.Policies.Where(p => p.Policy.Stance == PolicyStance.Paused).Sum(p => p.Duration.TotalHours)))
            .Where(x => x.hours > 0)
            .OrderByDescending(x => x.hours)
            .Select(x => (int?)x.index)
            .FirstOrDefault();
        if (paused is not { } i)
        {
            return null;
        }
        return (i > 0 ? rows[i - 1] : null, rows[i], i + 1 < rows.Count ? rows[i + 1] : null);
    }

    /// <summary>Writes the report.</summary>
    internal static void Write(PolicyDataset dataset, IReadOnlyList<ImportedFile> files, TextWriter output)
    {
        var history = PolicyHistory.From(dataset);
        var figures = files.SelectMany(f => f.Result.Figures).ToList();
        var zone = dataset.Registry.Get(HongKong).TimeZone;

        output.WriteLine($"{dataset.Metadata.Title}, version {dataset.Metadata.Version}: {dataset.Events.Length} events");
        foreach (var file in files)
        {
            var hongKong = file.Result.Figures.Count(f => f.Jurisdiction == HongKong);
            output.WriteLine(Invariant($"{file.FileName} ({file.Company}): {file.Result.Figures.Length} figure sets, {hongKong} for HK; import issues: {file.Result.Issues.Length}"));
            foreach (var issue in file.Result.Issues)
            {
                output.WriteLine($"  {issue}");
            }
        }

        foreach (var (company, category) in Series)
        {
            output.WriteLine();
            output.WriteLine($"{company}, \"{category}\" from Hong Kong, per half-year (dates in Hong Kong time)");
            output.WriteLine($"  {"period",-37} {"requests",8} {"accounts",8}  {"some data produced",-18}  policy in force during the period");
            foreach (var row in Rows(history, figures, company))
            {
                var set = row.Category(category);
                var f = set?.Figures;
                output.WriteLine($"  {row.Period,-37} {Show(f?.Requests),8} {Show(f?.Accounts),8}  {Produced(f),-18}  {Policies(row, zone)}");
            }
        }

        output.WriteLine();
        output.WriteLine("Did the figures follow? (the half-year before the pause, the half-year of the pause, the one after)");
        var followed = true;
        foreach (var (company, category) in Series)
        {
            var rows = Rows(history, figures, company);
            if (AroundThePause(rows) is not var (before, pause, after))
            {
                output.WriteLine($"  {company}: no half-year with a pause in force");
                followed = false;
                continue;
            }
            output.WriteLine($"  {company} ({category}):");
            foreach (var (name, row) in new[] { ("before", before), ("pause", pause), ("after", after) })
            {
                output.WriteLine(row is null
                    ? $"    {name,-6} no figures published in these exports"
                    : $"    {name,-6} {row.Period}: {Show(row.Category(category)?.Figures.Requests)} requests, {Show(row.Category(category)?.Figures.PercentWithDataProduced)} with some data produced");
            }
            if (before?.Category(category)?.Figures is { } b && pause.Category(category)?.Figures is { } p)
            {
                output.WriteLine($"    requests {Change(b.Requests, p.Requests)}; share with some data produced {Change(b.PercentWithDataProduced, p.PercentWithDataProduced)}");
                followed &= p.PercentWithDataProduced.Percent < b.PercentWithDataProduced.Percent && p.Requests.Minimum > 0;
            }
            else
            {
                followed = false;
            }
        }
        output.WriteLine(followed
            ? "  Yes: at each company the share with some data produced fell in the half-year of the pause while requests kept coming."
            : "  Not at every company: see the figures above.");
        output.WriteLine("  The figures alone do not say why; they are what each company published.");
    }

    /// <summary>"from 135 to 42 (-69%)", "from 81% to 5% (-76 points)", or "not comparable".</summary>
    internal static string Change(PublishedNumber before, PublishedNumber after)
    {
        if (before.Count is { } b && after.Count is { } a)
        {
            var change = b == 0 ? "" : Invariant($" ({Math.Round(100m * (a - b) / b, MidpointRounding.AwayFromZero):+0;-0;0}%)");
            return $"from {before.Text} to {after.Text}{change}";
        }
        if (before.Percent is { } bp && after.Percent is { } ap)
        {
            return Invariant($"from {Show(before)} to {Show(after)} ({ap - bp:+0.##;-0.##;0} points)");
        }
        return $"from {Show(before)} to {Show(after)} (not comparable)";
    }

    /// <summary>A published number as published; a percentage with its % sign (Google prints none); blank as "?".</summary>
    internal static string Show(PublishedNumber? number) =>
        number is not { IsUnknown: false } n ? "?" : n.Percent.HasValue && !n.Text.EndsWith('%') ? n.Text + "%" : n.Text;

    private static string Produced(RequestFigures? figures) =>
        figures is null ? "?"
        : figures.RequestsWithDataProduced.IsUnknown ? Show(figures.PercentWithDataProduced)
        : $"{Show(figures.RequestsWithDataProduced)} ({Show(figures.PercentWithDataProduced)})";

    private static string Policies(FiguresBesidePolicy row, DateTimeZone zone) =>
        row.HasNoRecordedPolicy
            ? "none recorded"
            : string.Join("; ", row.Policies.Select(p => p.CoversReportingPeriod
                ? $"{p.Policy.Stance}, the whole period ({p.Period.Event.Id})"
                : $"{p.Policy.Stance} {Local(p.Overlap.Start, zone)} to {Local(p.Overlap.End, zone)}, {Length(p.Duration)} ({p.Period.Event.Id})"));

    private static string Local(Instant instant, DateTimeZone zone) => HongKongTime.Format(instant.InZone(zone).LocalDateTime);

    private static string Length(Duration duration) =>
        duration < Duration.FromDays(1) ? Invariant($"{duration.TotalHours:0.#} h") : Invariant($"{duration.TotalDays:0.#} days");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
