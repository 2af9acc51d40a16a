using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>
    /// Searches the statements; every filter given must match. Streams: the arguments are checked when the method is
    /// called, the statements are searched as the result is enumerated, in order of date (undated last), then id.
    /// </summary>
    /// <remarks>A statement's reading and each of its variants (<see cref="Statement.Variants"/>) are searched, in that
    /// order: the text and the company must both match one of them, a variant taking the reading's words or speaker where it
    /// gives none. A statement is returned once, with the first wording that matched (<see cref="StatementMatch.Variant"/>
    /// is null for the reading).</remarks>
    /// <param name="text">Text the statement must contain, compared ordinally ignoring case (culture-invariant; no accent
    /// folding), or null for any text.</param>
    /// <param name="company">The speaker's company, or null for any.</param>
    /// <param name="scope">With <paramref name="company"/>: whether statements of its subsidiaries match too.</param>
    /// <param name="jurisdiction">A jurisdiction that an event of this view citing the statement must be about, or null for any.</param>
    /// <param name="dates">Local dates (a closed range) within which the statement's whole date span must lie, or null for
    /// any; undated statements never match a date range.</param>
    /// <returns>The matches, lazily.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, or the company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not defined.</exception>
    public IEnumerable<StatementMatch> SearchStatements(string? text = null, CompanyId? company = null,
        CompanyScope scope = CompanyScope.CompanyOnly, JurisdictionCode? jurisdiction = null, DateInterval? dates = null)
    {
        if (text is not null && text.Length == 0)
        {
            throw new ArgumentException("The search text must not be empty (pass null to match any text).", nameof(text));
        }
        if (company is { } c)
        {
            CheckCompany(c, nameof(company));
        }
        if (jurisdiction is { } j)
        {
            CheckJurisdiction(j, nameof(jurisdiction));
        }
        EventTime.Check(scope, nameof(scope));
        var companies = company is { } member ? Members(member, scope).ToHashSet() : null;
        return Search(text, companies, jurisdiction, dates);
    }

    private IEnumerable<StatementMatch> Search(string? text, HashSet<CompanyId>? companies, JurisdictionCode? jurisdiction, DateInterval? dates)
    {
        var citations = _citations.Value;
        var store = _catalog.StatementStore;
        foreach (var position in _catalog.StatementsInOrder)
        {
            var statement = store[position];
            if (!TryMatchWording(statement, text, companies, out var variant))
            {
                continue;
            }
            if (dates is not null && (statement.Date is not { } date || !dates.Contains(date.StartDate) || !dates.Contains(date.EndDate)))
            {
                continue;
            }
            var events = citations.TryGetValue(statement.Id, out var citing) ? citing : [];
            if (jurisdiction is { } j && !events.Any(e => e.Jurisdiction == j))
            {
                continue;
            }
            yield return new StatementMatch(statement, variant, [.. statement.Sources.Select(id => _catalog.Sources[id])], events);
        }
    }

    /// <summary>True when the reading or a variant has the text and the company; <paramref name="variant"/> is the first
    /// variant that does, or null for the reading.</summary>
    private static bool TryMatchWording(Statement statement, string? text, HashSet<CompanyId>? companies, out StatementVariant? variant)
    {
        variant = null;
        if (Matches(statement.Text, statement.Speaker, text, companies))
        {
            return true;
        }
        foreach (var candidate in statement.Variants)
        {
            if (Matches(candidate.Text ?? statement.Text, candidate.Speaker ?? statement.Speaker, text, companies))
            {
                variant = candidate;
                return true;
            }
        }
        return false;
    }

    private static bool Matches(string wording, Speaker speaker, string? text, HashSet<CompanyId>? companies) =>
        (text is null || wording.Contains(text, StringComparison.OrdinalIgnoreCase)) && (companies is null || companies.Contains(speaker.Company));
}
