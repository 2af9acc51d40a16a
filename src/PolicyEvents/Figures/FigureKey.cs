using System.Globalization;
using NodaTime.Text;
using PolicyEvents.Domain;

namespace PolicyEvents.Figures;

/// <summary>
/// The identity of a figure set in a dataset, and its canonical order: company, jurisdiction (sets with a code first,
/// by code; then sets without one, by published name), period start, period end, category label; texts compared
/// ordinally. A figure set has no id of its own: a report publishes one set per company, jurisdiction, period and
/// category, so that composite is its natural, stable key. The published name does not take part when there is a code,
/// and whether a period's start was derived does not either (the same days are the same period).
/// </summary>
internal readonly struct FigureKey : IComparable<FigureKey>, IEquatable<FigureKey>
{
    internal FigureKey(ReportedFigures figures)
    {
        Company = figures.Company;
        Code = figures.Jurisdiction?.Value;
        Name = figures.Jurisdiction is null ? figures.JurisdictionName : null;
        Start = figures.Period.Start;
        End = figures.Period.End;
        Label = figures.Category.Label;
    }

    internal CompanyId Company { get; }

    internal string? Code { get; }

    internal string? Name { get; }

    internal NodaTime.LocalDate Start { get; }

    internal NodaTime.LocalDate End { get; }

    internal string Label { get; }

    public int CompareTo(FigureKey other)
    {
        var c = Company.CompareTo(other.Company);
        if (c != 0)
        {
            return c;
        }
        if ((Code is null) != (other.Code is null))
        {
            return Code is null ? 1 : -1;
        }
        c = Code is not null ? string.CompareOrdinal(Code, other.Code) : string.CompareOrdinal(Name, other.Name);
        if (c != 0)
        {
            return c;
        }
        c = Start.CompareTo(other.Start);
        if (c != 0)
        {
            return c;
        }
        c = End.CompareTo(other.End);
        return c != 0 ? c : string.CompareOrdinal(Label, other.Label);
    }

    public bool Equals(FigureKey other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is FigureKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Company, Code, Name, Start, End, Label);

    /// <summary>Returns e.g. <c>facebook HK 2020-01-01/2020-06-30 "Total Requests"</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Company} {Code ?? "\"" + Name + "\""} {LocalDatePattern.Iso.Format(Start)}/{LocalDatePattern.Iso.Format(End)} \"{Label}\"");
}
