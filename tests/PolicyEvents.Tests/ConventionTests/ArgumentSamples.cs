using System.Collections.Immutable;
using System.Reflection;
using NodaTime;
using PolicyEvents.Comparison;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>
/// Valid arguments for the library's public constructors and methods, found by parameter type (and, where a constructor
/// constrains one, by its name): two different values of each, for the reflection-driven convention tests.
/// </summary>
internal static class ArgumentSamples
{
    /// <summary>One history, so that a <see cref="HistoryKey"/> sample belongs to the history it is given to.</summary>
    private static readonly Lazy<PolicyHistory> History = new(() => PolicyHistory.From(new PolicyDataset((DatasetMetadata)Of(typeof(DatasetMetadata), 0), [(Company)Of(typeof(Company), 0)],
            events: [new PolicyEvent(new EventId("alpha"), new CompanyId("alpha"), new JurisdictionCode("HK"), new RequestPolicy(PolicyStance.RespondingAsUsual),
                PartialDate.FromDate(new LocalDate(2020, 7, 6)), null, Instant.FromUtc(2020, 7, 7, 0, 0))])));

    /// <summary>Arguments that are not values: streams, writers, options, and the library's datasets and histories.</summary>
    private static readonly Dictionary<Type, Func<object>> Services = new()
    {
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(TextWriter)] = () => new StringWriter(),
        [typeof(System.Text.Json.Utf8JsonWriter)] = () => new System.Text.Json.Utf8JsonWriter(Stream.Null),
        [typeof(System.Text.Json.JsonSerializerOptions)] = () => new System.Text.Json.JsonSerializerOptions(),
        [typeof(Type)] = () => typeof(object),
        [typeof(object)] = () => "alpha",
        [typeof(Period)] = () => Period.FromMonths(6),
        [typeof(DateTimeZone)] = () => DateTimeZone.Utc,
        [typeof(DateInterval)] = () => new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)),
        [typeof(JurisdictionRegistry)] = () => JurisdictionRegistry.Default,
        [typeof(CancellationToken)] = () => CancellationToken.None,
        [typeof(FiguresBesidePolicy)] = () => History.Value.FiguresBesidePolicy([(ReportedFigures)Of(typeof(ReportedFigures), 0)],
            new CompanyId("alpha"), new JurisdictionCode("HK"), new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)).Single(),
        [typeof(HistoryKey)] = () => History.Value.TryGetKey(new CompanyId("alpha"), new JurisdictionCode("HK"), out var key)
            ? key : throw new InvalidOperationException("The sample history has no key for alpha in HK."),
        [typeof(Exception)] = () => new InvalidOperationException("inner"),
        [typeof(PolicyHistory)] = () => History.Value,
        [typeof(PolicyDatasetBuilder)] = () => new PolicyDatasetBuilder((DatasetMetadata)Of(typeof(DatasetMetadata), 0)),
    };

    /// <summary>The first (0) or second (1) sample for a constructor parameter: valid, and different from each other.</summary>
    public static object? For(ParameterInfo parameter, int which)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return (parameter.Member.DeclaringType!.Name, parameter.Name) switch
        {
            ("JurisdictionCode", "value") => which == 0 ? "HK" : "MO",
            ("WikidataId", "value") => which == 0 ? "Q1" : "Q2",
            ("LanguageTag", "value") => which == 0 ? "en" : "fr",
            ("Jurisdiction", "timeZoneId") => which == 0 ? "Asia/Hong_Kong" : "Etc/UTC",
            ("Jurisdiction", "parent") => new JurisdictionCode(which == 0 ? "CN" : "GB"),
            ("Company", "parent") => new CompanyId(which == 0 ? "parent-a" : "parent-b"),
            ("PolicyEvent", "supersedes") => new EventId(which == 0 ? "earlier-a" : "earlier-b"),
            ("DatasetMetadata", "license") => which == 0 ? "CC0-1.0" : "CC-BY-4.0",
            ("CompanyName", "from") => PartialDate.FromYear(2018 - which),
            ("CompanyName", "until") => PartialDate.FromYear(2021 + which),
            ("ReportingPeriod", "end") => new LocalDate(2020, 6, 30).PlusMonths(which),
            ("RequestFigures", var name) when name?.StartsWith("percent", StringComparison.Ordinal) == true => PublishedNumber.Percentage(which + 1),
            ("Statement", "variants") => which == 0
                ? new[] { new StatementVariant("another wording", null, [new SourceId("alpha")]) }
                : new[] { new StatementVariant("another wording", null, [new SourceId("alpha")]), new StatementVariant(null, new Speaker(new CompanyId("other")), [new SourceId("beta")]) },
            ("RequestPolicy", "stance") => which == 0 ? PolicyStance.FormalChannelOnly : PolicyStance.Paused,
            ("RequestPolicy", "channel") => which == 0 ? null : new FormalChannel(FormalChannelKind.Mlat, "United States Department of Justice", new JurisdictionCode("US")),
            ("GovernmentRequest", "kind") => which == 0 ? RequestKinds.Content : RequestKinds.ContentRemoval,
            ("GovernmentRequest", "requester") => which == 0 ? Requesters.LawEnforcement : Requesters.Courts,
            ("MemberChange", "oldValue") => which == 0 ? "alpha" : "delta",
            ("MemberChange", "newValue") => which == 0 ? "beta" : "gamma",
            ("RecordChange", "change") => which == 0 ? RecordChangeKind.Changed : RecordChangeKind.Added,
            ("RecordChange", "members") => which == 0 ? Array.Empty<MemberChange>() : new[] { new MemberChange("alpha", "beta", "gamma") },
            ("ImportMap", "dateFormat") => which == 0 ? "M/d/yy" : "uuuu-MM-dd",
            ("FigureRestatement", "previous") => Version(10 + which, new LocalDate(2021, 1, 1)),
            ("FigureRestatement", "current") => Version(20 + which, new LocalDate(2022, 1, 1)),
            _ => Of(type, which),
        };
    }

    /// <summary>A version of one figure set (the same key), with the given requests, published on the given day.</summary>
    private static ReportedFigures Version(int requests, LocalDate published) =>
        new(new CompanyId("alpha"), new JurisdictionCode("HK"), "Hong Kong", ReportingPeriod.HalfYear(2020, 1), new RequestCategory("Total Requests"),
            new RequestFigures(PublishedNumber.Exact(requests)), new FigureProvenance("report.csv", requests, published));

    public static object Of(Type type, int which)
    {
        if (Services.TryGetValue(type, out var service))
        {
            return service();
        }
        if (type == typeof(RecordLocations))
        {
            return RecordLocations.None; // read results only: a dataset built in code has no positions
        }
        if (type == typeof(string))
        {
            return which == 0 ? "alpha" : "beta";
        }
        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal))
        {
            return Convert.ChangeType(which + 1, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (type == typeof(bool))
        {
            return which == 1;
        }
        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue((values.Length > 2 ? 1 : 0) + which)!; // past the zero value where there are enough, as some constructors refuse it
        }
        if (type == typeof(Instant))
        {
            return Instant.FromUtc(2020, 7, 6 + which, 0, 0);
        }
        if (type == typeof(LocalDate))
        {
            return new LocalDate(2020, 1, 1).PlusMonths(which);
        }
        if (type == typeof(PartialDate))
        {
            return PartialDate.FromDate(new LocalDate(2020, 7, 6 + which));
        }
        if (type == typeof(PublishedNumber))
        {
            return PublishedNumber.Exact(which + 1);
        }
        if (type == typeof(KeyValuePair<string, string>))
        {
            return new KeyValuePair<string, string>(PolicyEvents.Import.ImportMap.FigureNames[which], "alpha");
        }
        if (type == typeof(Uri))
        {
            return new Uri($"https://example.org/{which}");
        }
        if (type == typeof(JurisdictionCode))
        {
            return new JurisdictionCode(which == 0 ? "HK" : "MO");
        }
        if (type == typeof(WikidataId))
        {
            return new WikidataId(which == 0 ? "Q1" : "Q2");
        }
        if (type == typeof(LanguageTag))
        {
            return new LanguageTag(which == 0 ? "en" : "fr");
        }
        if (type.IsValueType && type.GetConstructor([typeof(string)]) is { } fromText)
        {
            return fromText.Invoke([which == 0 ? "alpha" : "beta"]);
        }
        if (ElementType(type) is { } element)
        {
            // One element, or two: a sequence that gains an element must not stay equal.
            var items = Array.CreateInstance(element, which + 1);
            for (var i = 0; i <= which; i++)
            {
                items.SetValue(Of(element, i), i);
            }
            return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                ? typeof(ImmutableArray).GetMethods().First(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }]).MakeGenericMethod(element).Invoke(null, [items])!
                : items;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ICollection<>))
        {
            return Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GetGenericArguments()))!;
        }
        // A value of another of the library's types: its own first sample, or one with its first argument changed.
        if (type.Assembly != typeof(PolicyEvent).Assembly || type.IsAbstract)
        {
            throw new NotSupportedException($"No sample of {type}: add one to {nameof(ArgumentSamples)}.");
        }
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        return constructor.Invoke([.. parameters.Select((p, i) => For(p, i == 0 ? which : 0))]);
    }

    public static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(ImmutableArray<>) || definition == typeof(IReadOnlyList<>)) ? type.GetGenericArguments()[0]
        : null;
}
