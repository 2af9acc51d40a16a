using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Internal;

namespace PolicyEvents.Import;

/// <summary>
/// A mapping file that names, by header, the columns of a company's transparency-report CSV, so that
/// <see cref="MappedTransparencyReportCsv"/> can import an export no built-in importer knows (docs/figures.md, "Import
/// without code"; schema: <c>schema/policyevents-import-map-1.0.schema.json</c>).
/// </summary>
/// <remarks>
/// <para>A map gives the company (and its display name, optionally); the period's last day (and first day, or else the length in months the period is
/// derived from) with the date pattern the file uses; the jurisdiction's name and/or code; the request category (a column,
/// or one label for every row) with its request kinds and legal process; and, for each figure, the column it is in.
/// Figure names are those of the dataset format (<c>requests</c>, <c>accounts</c>, <c>percentWithDataProduced</c>, …;
/// see <see cref="FigureNames"/>).</para>
/// <para>Equality compares every member, the figures by content. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ImportMap : IEquatable<ImportMap>
{
    /// <summary>The format version a map declares.</summary>
    public const string FormatVersion = "1.0";

    private static readonly (string Name, FigureField Field, bool Percent)[] FigureTable =
    [
        ("requests", FigureField.Requests, false), ("accounts", FigureField.Accounts, false),
        ("requestsWithDataProduced", FigureField.RequestsWithDataProduced, false), ("percentWithDataProduced", FigureField.PercentWithDataProduced, true),
        ("requestsWithContentProduced", FigureField.RequestsWithContentProduced, false),
        ("requestsWithOnlyNonContentProduced", FigureField.RequestsWithOnlyNonContentProduced, false),
        ("requestsWithNoDataFound", FigureField.RequestsWithNoDataFound, false), ("requestsRejected", FigureField.RequestsRejected, false),
        ("accountsWithDataPreserved", FigureField.AccountsWithDataPreserved, false), ("percentWithContentProduced", FigureField.PercentWithContentProduced, true),
        ("percentWithOnlyNonContentProduced", FigureField.PercentWithOnlyNonContentProduced, true),
        ("percentWithNoDataFound", FigureField.PercentWithNoDataFound, true), ("percentRejected", FigureField.PercentRejected, true),
    ];

    private static readonly (string Name, RequestKinds Value)[] KindNames =
    [
        ("userData", RequestKinds.UserData), ("contentRemoval", RequestKinds.ContentRemoval), ("preservation", RequestKinds.Preservation),
        ("emergencyDisclosure", RequestKinds.EmergencyDisclosure), ("content", RequestKinds.Content), ("nonContent", RequestKinds.NonContent),
    ];

    private static readonly (string Name, LegalProcessKind Value)[] ProcessNames =
    [
        ("unspecified", LegalProcessKind.Unspecified), ("all", LegalProcessKind.All), ("legalProcess", LegalProcessKind.LegalProcess),
        ("subpoena", LegalProcessKind.Subpoena), ("courtOrder", LegalProcessKind.CourtOrder), ("searchWarrant", LegalProcessKind.SearchWarrant),
        ("penRegisterOrder", LegalProcessKind.PenRegisterOrder), ("wiretapOrder", LegalProcessKind.WiretapOrder),
        ("mutualLegalAssistance", LegalProcessKind.MutualLegalAssistance), ("nationalSecurity", LegalProcessKind.NationalSecurity),
        ("emergency", LegalProcessKind.Emergency), ("preservation", LegalProcessKind.Preservation), ("other", LegalProcessKind.Other),
    ];

    /// <summary>Creates a map.</summary>
    /// <param name="company">The company every row's figures are for.</param>
    /// <param name="periodEndColumn">The header of the period's last day.</param>
    /// <param name="figures">For each figure name (<see cref="FigureNames"/>), the header of its column; at least one.</param>
    /// <param name="periodStartColumn">The header of the period's first day; null to derive the start from the end and <paramref name="periodMonths"/>.</param>
    /// <param name="dateFormat">The NodaTime date pattern of the period's days (invariant culture), e.g. <c>M/d/yy</c>; null for <c>uuuu-MM-dd</c>.</param>
    /// <param name="periodMonths">The period's length in months when there is no start column (1 to 120); 6 by default.</param>
    /// <param name="jurisdictionNameColumn">The header of the jurisdiction's name; null when the file has only codes.</param>
    /// <param name="jurisdictionCodeColumn">The header of the jurisdiction's code; null when the file has only names.</param>
    /// <param name="categoryColumn">The header of the request category; null to give every row <paramref name="categoryLabel"/>.</param>
    /// <param name="categoryLabel">The category of every row when there is no category column, else of the rows whose category cell is blank.</param>
    /// <param name="kinds">The request kinds of every category.</param>
    /// <param name="legalProcess">The legal process of every category.</param>
    /// <param name="companyName">The company's display name, for a dataset that defines the company; null when not given.</param>
    /// <exception cref="ArgumentException">A header is empty or not trimmed, no jurisdiction column or neither a category column nor a label
    /// is given, a figure name is unknown, there is no figure, the date pattern is invalid or the company is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodMonths"/> is outside 1 to 120, or an enum value is undefined.</exception>
    public ImportMap(
        CompanyId company, string periodEndColumn, IEnumerable<KeyValuePair<string, string>> figures, string? periodStartColumn = null,
        string? dateFormat = null, int periodMonths = 6, string? jurisdictionNameColumn = null, string? jurisdictionCodeColumn = null,
        string? categoryColumn = null, string? categoryLabel = null, RequestKinds kinds = RequestKinds.UserData,
        LegalProcessKind legalProcess = LegalProcessKind.Unspecified, string? companyName = null)
    {
        Company = Guard.NotDefault(company, nameof(company));
        CompanyName = Guard.OptionalTrimmed(companyName, nameof(companyName));
        PeriodEndColumn = Guard.Trimmed(periodEndColumn, nameof(periodEndColumn));
        PeriodStartColumn = Guard.OptionalTrimmed(periodStartColumn, nameof(periodStartColumn));
        DateFormat = dateFormat ?? "uuuu-MM-dd";
        var pattern = LocalDatePattern.CreateWithInvariantCulture(DateFormat);
        var check = pattern.Parse(pattern.Format(new NodaTime.LocalDate(2020, 12, 31)));
        if (!check.Success)
        {
            throw new ArgumentException($"The date pattern '{DateFormat}' cannot read back the dates it writes.", nameof(dateFormat));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(periodMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(periodMonths, 120);
        PeriodMonths = periodMonths;
        JurisdictionNameColumn = Guard.OptionalTrimmed(jurisdictionNameColumn, nameof(jurisdictionNameColumn));
        JurisdictionCodeColumn = Guard.OptionalTrimmed(jurisdictionCodeColumn, nameof(jurisdictionCodeColumn));
        if (JurisdictionNameColumn is null && JurisdictionCodeColumn is null)
        {
            throw new ArgumentException("A map needs a jurisdiction name column, a code column, or both.", nameof(jurisdictionNameColumn));
        }
        CategoryColumn = Guard.OptionalTrimmed(categoryColumn, nameof(categoryColumn));
        CategoryLabel = Guard.OptionalTrimmed(categoryLabel, nameof(categoryLabel));
        if (CategoryColumn is null && CategoryLabel is null)
        {
            throw new ArgumentException("A map needs a category column, a category label, or both.", nameof(categoryColumn));
        }
        if ((kinds & ~RequestKinds.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(kinds), kinds, "Undefined request kinds.");
        }
        Kinds = kinds;
        LegalProcess = Guard.Defined(legalProcess, nameof(legalProcess));
        ArgumentNullException.ThrowIfNull(figures);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, column) in figures)
        {
            if (!FigureTable.Any(f => f.Name == name))
            {
                throw new ArgumentException($"'{name}' is not a figure name; expected one of {string.Join(", ", FigureNames)}.", nameof(figures));
            }
            if (!byName.TryAdd(name, Guard.Trimmed(column, nameof(figures))))
            {
                throw new ArgumentException($"The figure '{name}' is given twice.", nameof(figures));
            }
        }
        if (byName.Count == 0)
        {
            throw new ArgumentException("A map needs at least one figure column.", nameof(figures));
        }
        Figures = [.. FigureTable.Where(f => byName.ContainsKey(f.Name)).Select(f => new KeyValuePair<string, string>(f.Name, byName[f.Name]))];
    }

    /// <summary>The figure names a map may use, in the order of the dataset format.</summary>
    public static IReadOnlyList<string> FigureNames { get; } = [.. FigureTable.Select(f => f.Name)];

    /// <summary>The company every row's figures are for.</summary>
    public CompanyId Company { get; }

    /// <summary>The company's display name, or null when the map does not give it.</summary>
    public string? CompanyName { get; }

    /// <summary>The header of the period's first day, or null when the start is derived from the end.</summary>
    public string? PeriodStartColumn { get; }

    /// <summary>The header of the period's last day.</summary>
    public string PeriodEndColumn { get; }

    /// <summary>The NodaTime date pattern of the period's days (invariant culture).</summary>
    public string DateFormat { get; }

    /// <summary>The period's length in months, used when there is no start column.</summary>
    public int PeriodMonths { get; }

    /// <summary>The header of the jurisdiction's name, or null.</summary>
    public string? JurisdictionNameColumn { get; }

    /// <summary>The header of the jurisdiction's code, or null.</summary>
    public string? JurisdictionCodeColumn { get; }

    /// <summary>The header of the request category, or null when every row has <see cref="CategoryLabel"/>.</summary>
    public string? CategoryColumn { get; }

    /// <summary>The category of every row when there is no <see cref="CategoryColumn"/>, else of the rows whose category cell is blank; or null.</summary>
    public string? CategoryLabel { get; }

    /// <summary>The request kinds of every category.</summary>
    public RequestKinds Kinds { get; }

    /// <summary>The legal process of every category.</summary>
    public LegalProcessKind LegalProcess { get; }

    /// <summary>For each figure the map reads, its name and the header of its column, in the order of <see cref="FigureNames"/>.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Figures { get; }

    internal static FigureField FieldOf(string name) => FigureTable.First(f => f.Name == name).Field;

    internal static bool IsPercent(string name) => FigureTable.First(f => f.Name == name).Percent;

    /// <summary>Reads a mapping file.</summary>
    /// <param name="stream">The file's UTF-8 bytes; read to the end, left open.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="ImportMapException">The file is not a valid map; the message names the file and the JSON path.</exception>
    public static ImportMap Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            throw new ImportMapException(fileName, e.Path ?? "$",
                $"malformed JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {e.Message}", e);
        }
        using (document)
        {
            return new MapReader(fileName).Read(document.RootElement);
        }
    }

    /// <summary>Parses a mapping file's text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="ImportMapException">The text is not a valid map.</exception>
    public static ImportMap Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream, fileName);
    }

    /// <summary>Writes the map as an indented JSON mapping file (members in the order of the schema; absent members omitted).</summary>
    /// <returns>The JSON text, ending with a line feed.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("version", FormatVersion);
            writer.WriteString("company", Company.Value);
            if (CompanyName is not null)
            {
                writer.WriteString("companyName", CompanyName);
            }
            writer.WriteStartObject("period");
            if (PeriodStartColumn is not null)
            {
                writer.WriteString("start", PeriodStartColumn);
            }
            writer.WriteString("end", PeriodEndColumn);
            writer.WriteString("dateFormat", DateFormat);
            if (PeriodStartColumn is null)
            {
                writer.WriteNumber("months", PeriodMonths);
            }
            writer.WriteEndObject();
            writer.WriteStartObject("jurisdiction");
            if (JurisdictionNameColumn is not null)
            {
                writer.WriteString("name", JurisdictionNameColumn);
            }
            if (JurisdictionCodeColumn is not null)
            {
                writer.WriteString("code", JurisdictionCodeColumn);
            }
            writer.WriteEndObject();
            writer.WriteStartObject("category");
            if (CategoryColumn is not null)
            {
                writer.WriteString("column", CategoryColumn);
            }
            if (CategoryLabel is not null)
            {
                writer.WriteString("label", CategoryLabel);
            }
            writer.WriteStartArray("kinds");
            foreach (var (name, value) in KindNames.Where(k => (Kinds & k.Value) != 0))
            {
                writer.WriteStringValue(name);
            }
            writer.WriteEndArray();
            writer.WriteString("legalProcess", ProcessNames.First(p => p.Value == LegalProcess).Name);
            writer.WriteEndObject();
            writer.WriteStartObject("figures");
            foreach (var (name, column) in Figures)
            {
                writer.WriteString(name, column);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <inheritdoc />
    public bool Equals(ImportMap? other) =>
        other is not null && (ReferenceEquals(this, other) || (Company == other.Company && CompanyName == other.CompanyName && PeriodStartColumn == other.PeriodStartColumn
            && PeriodEndColumn == other.PeriodEndColumn && DateFormat == other.DateFormat && PeriodMonths == other.PeriodMonths
            && JurisdictionNameColumn == other.JurisdictionNameColumn && JurisdictionCodeColumn == other.JurisdictionCodeColumn
            && CategoryColumn == other.CategoryColumn && CategoryLabel == other.CategoryLabel && Kinds == other.Kinds
            && LegalProcess == other.LegalProcess && Equality.Sequence(Figures, other.Figures)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImportMap);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Company);
        hash.Add(CompanyName, StringComparer.Ordinal);
        hash.Add(PeriodStartColumn, StringComparer.Ordinal);
        hash.Add(PeriodEndColumn, StringComparer.Ordinal);
        hash.Add(DateFormat, StringComparer.Ordinal);
        hash.Add(PeriodMonths);
        hash.Add(JurisdictionNameColumn, StringComparer.Ordinal);
        hash.Add(JurisdictionCodeColumn, StringComparer.Ordinal);
        hash.Add(CategoryColumn, StringComparer.Ordinal);
        hash.Add(CategoryLabel, StringComparer.Ordinal);
        hash.Add(Kinds);
        hash.Add(LegalProcess);
        Equality.AddSequence(ref hash, Figures);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>import map for apple (2 figures)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"import map for {Company} ({Figures.Length} figures)";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(ImportMap? left, ImportMap? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ImportMap? left, ImportMap? right) => !Equals(left, right);

    /// <summary>Reads a parsed map member by member, naming the JSON path of each problem.</summary>
    private sealed class MapReader(string fileName)
    {
        internal ImportMap Read(JsonElement root)
        {
            Members(root, "$", ["$schema", "version", "company", "companyName", "period", "jurisdiction", "category", "figures"]);
            var version = Text(root, "$", "version", required: true)!;
            if (version != FormatVersion)
            {
                throw Fail("$.version", $"expected \"{FormatVersion}\", found \"{version}\"");
            }
            var companyText = Text(root, "$", "company", required: true)!;
            if (!CompanyId.TryParse(companyText, out var company))
            {
                throw Fail("$.company", $"expected a company id such as \"apple\" (lower-case letters, digits and hyphens), found \"{companyText}\"");
            }
            var companyName = Text(root, "$", "companyName", required: false);
            var period = Object(root, "$", "period", required: true)!.Value;
            Members(period, "$.period", ["start", "end", "dateFormat", "months"]);
            var start = Text(period, "$.period", "start", required: false);
            var end = Text(period, "$.period", "end", required: true)!;
            var format = Text(period, "$.period", "dateFormat", required: false);
            if (format is not null)
            {
                try
                {
                    LocalDatePattern.CreateWithInvariantCulture(format);
                }
                catch (InvalidPatternException e)
                {
                    throw Fail("$.period.dateFormat", $"expected a NodaTime date pattern such as \"M/d/yy\" or \"uuuu-MM-dd\": {e.Message}", e);
                }
            }
            var months = 6;
            if (period.TryGetProperty("months", out var monthsElement))
            {
                if (monthsElement.ValueKind != JsonValueKind.Number || !monthsElement.TryGetInt32(out months) || months is < 1 or > 120)
                {
                    throw Fail("$.period.months", $"expected a whole number of months from 1 to 120, found {monthsElement.GetRawText()}");
                }
                if (start is not null)
                {
                    throw Fail("$.period.months", "a period with a start column takes no length in months");
                }
            }
            var jurisdiction = Object(root, "$", "jurisdiction", required: true)!.Value;
            Members(jurisdiction, "$.jurisdiction", ["name", "code"]);
            var name = Text(jurisdiction, "$.jurisdiction", "name", required: false);
            var code = Text(jurisdiction, "$.jurisdiction", "code", required: false);
            if (name is null && code is null)
            {
                throw Fail("$.jurisdiction", "expected \"name\", \"code\" or both");
            }
            var category = Object(root, "$", "category", required: true)!.Value;
            Members(category, "$.category", ["column", "label", "kinds", "legalProcess"]);
            var column = Text(category, "$.category", "column", required: false);
            var label = Text(category, "$.category", "label", required: false);
            if (column is null && label is null)
            {
                throw Fail("$.category", "expected \"column\" (the header of the category), \"label\" (the category of every row, or of rows whose category is blank) or both");
            }
            var kinds = RequestKinds.UserData;
            if (category.TryGetProperty("kinds", out var kindsElement))
            {
                if (kindsElement.ValueKind != JsonValueKind.Array)
                {
                    throw Fail("$.category.kinds", $"expected an array of request kinds, found {kindsElement.ValueKind.ToString().ToLowerInvariant()}");
                }
                kinds = RequestKinds.None;
                var i = 0;
                foreach (var item in kindsElement.EnumerateArray())
                {
                    var match = KindNames.FirstOrDefault(k => item.ValueKind == JsonValueKind.String && k.Name == item.GetString());
                    if (match.Name is null)
                    {
                        throw Fail($"$.category.kinds[{i}]", $"expected one of {string.Join(", ", KindNames.Select(k => k.Name))}, found {item.GetRawText()}");
                    }
                    kinds |= match.Value;
                    i++;
                }
            }
            var process = LegalProcessKind.Unspecified;
            if (Text(category, "$.category", "legalProcess", required: false) is { } processText)
            {
                var match = ProcessNames.FirstOrDefault(p => p.Name == processText);
                if (match.Name is null)
                {
                    throw Fail("$.category.legalProcess", $"expected one of {string.Join(", ", ProcessNames.Select(p => p.Name))}, found \"{processText}\"");
                }
                process = match.Value;
            }
            var figuresElement = Object(root, "$", "figures", required: true)!.Value;
            Members(figuresElement, "$.figures", FigureNames);
            var figures = new List<KeyValuePair<string, string>>();
            foreach (var property in figuresElement.EnumerateObject())
            {
                figures.Add(new(property.Name, Text(figuresElement, "$.figures", property.Name, required: true)!));
            }
            if (figures.Count == 0)
            {
                throw Fail("$.figures", $"expected at least one figure: {string.Join(", ", FigureNames)}");
            }
            return new ImportMap(company, end, figures, start, format, months, name, code, column, label, kinds, process, companyName);
        }

        private void Members(JsonElement element, string path, IReadOnlyList<string> known)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!known.Contains(property.Name))
                {
                    throw Fail($"{path}.{property.Name}", $"unknown member; expected {string.Join(", ", known)}");
                }
                if (!seen.Add(property.Name))
                {
                    throw Fail($"{path}.{property.Name}", "the member is given twice");
                }
            }
        }

        private JsonElement? Object(JsonElement parent, string path, string name, bool required)
        {
            if (parent.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, $"expected an object, found {parent.ValueKind.ToString().ToLowerInvariant()}");
            }
            if (!parent.TryGetProperty(name, out var value))
            {
                return required ? throw Fail($"{path}.{name}", "the member is required") : null;
            }
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw Fail($"{path}.{name}", $"expected an object, found {value.ValueKind.ToString().ToLowerInvariant()}");
            }
            return value;
        }

        private string? Text(JsonElement parent, string path, string name, bool required)
        {
            if (parent.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, $"expected an object, found {parent.ValueKind.ToString().ToLowerInvariant()}");
            }
            if (!parent.TryGetProperty(name, out var value))
            {
                return required ? throw Fail($"{path}.{name}", "the member is required") : null;
            }
            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (string.IsNullOrWhiteSpace(text) || text.Trim() != text)
            {
                throw Fail($"{path}.{name}", $"expected a non-empty, trimmed string, found {value.GetRawText()}");
            }
            return text;
        }

        private ImportMapException Fail(string path, string problem, Exception? cause = null) => new(fileName, path, problem, cause);
    }
}
