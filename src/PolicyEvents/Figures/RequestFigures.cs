namespace PolicyEvents.Figures;

/// <summary>
/// The figures a report publishes for one category of requests: requests received, accounts specified, and
/// requests where some data was produced, as a count, a percentage or both, each exactly as published.
/// </summary>
/// <remarks>
/// <para>Each figure is a <see cref="PublishedNumber"/>: unknown when the report leaves it blank. The counts
/// (<see cref="Requests"/>, <see cref="Accounts"/>, <see cref="RequestsWithDataProduced"/>) may be exact or ranges,
/// never percentages; <see cref="PercentWithDataProduced"/> is a percentage or unknown. Plausibility (no negative
/// count, a percentage within 0 to 100, no more requests answered than received) is checked by
/// <see cref="FigureValidator"/>, not here, so that what was published can always be represented.</para>
/// <para>Equality compares the four figures. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestFigures : IEquatable<RequestFigures>
{
    /// <summary>Creates a set of figures; an omitted figure is <see cref="PublishedNumber.Unknown"/>.</summary>
    /// <param name="requests">Requests received (Google: "User Data Requests"; Meta: "Total Requests" and the like).</param>
    /// <param name="accounts">Users or accounts specified in the requests (Meta's preservation: accounts preserved).</param>
    /// <param name="requestsWithDataProduced">Requests where some data was produced, as a count.</param>
    /// <param name="percentWithDataProduced">Requests where some data was produced (Google: "disclosed"), as a percentage of <paramref name="requests"/>.</param>
    /// <exception cref="ArgumentException">A count is a percentage, or the percentage is a count.</exception>
    public RequestFigures(
        PublishedNumber requests = default,
        PublishedNumber accounts = default,
        PublishedNumber requestsWithDataProduced = default,
        PublishedNumber percentWithDataProduced = default)
    {
        Requests = CountOrUnknown(requests, nameof(requests));
        Accounts = CountOrUnknown(accounts, nameof(accounts));
        RequestsWithDataProduced = CountOrUnknown(requestsWithDataProduced, nameof(requestsWithDataProduced));
        if (percentWithDataProduced.Kind is not (PublishedNumberKind.Percentage or PublishedNumberKind.Unknown))
        {
            throw new ArgumentException($"Expected a percentage or unknown, not the count '{percentWithDataProduced}'.", nameof(percentWithDataProduced));
        }
        PercentWithDataProduced = percentWithDataProduced;
    }

    /// <summary>Requests received.</summary>
    public PublishedNumber Requests { get; }

    /// <summary>Users or accounts specified in the requests.</summary>
    public PublishedNumber Accounts { get; }

    /// <summary>Requests where some data was produced, as a count.</summary>
    public PublishedNumber RequestsWithDataProduced { get; }

    /// <summary>Requests where some data was produced, as a percentage of <see cref="Requests"/>.</summary>
    public PublishedNumber PercentWithDataProduced { get; }

    /// <summary>True when every figure is unknown.</summary>
    public bool IsEmpty => Requests.IsUnknown && Accounts.IsUnknown && RequestsWithDataProduced.IsUnknown && PercentWithDataProduced.IsUnknown;

    /// <summary>Returns a copy with another number of requests.</summary>
    /// <param name="requests">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequests(PublishedNumber requests) => new(requests, Accounts, RequestsWithDataProduced, PercentWithDataProduced);

    /// <summary>Returns a copy with another number of accounts.</summary>
    /// <param name="accounts">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithAccounts(PublishedNumber accounts) => new(Requests, accounts, RequestsWithDataProduced, PercentWithDataProduced);

    /// <summary>Returns a copy with another count of requests where some data was produced.</summary>
    /// <param name="requestsWithDataProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequestsWithDataProduced(PublishedNumber requestsWithDataProduced) => new(Requests, Accounts, requestsWithDataProduced, PercentWithDataProduced);

    /// <summary>Returns a copy with another percentage of requests where some data was produced.</summary>
    /// <param name="percentWithDataProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithPercentWithDataProduced(PublishedNumber percentWithDataProduced) => new(Requests, Accounts, RequestsWithDataProduced, percentWithDataProduced);

    private static PublishedNumber CountOrUnknown(PublishedNumber value, string paramName) =>
        value.Kind == PublishedNumberKind.Percentage
            ? throw new ArgumentException($"Expected a count, a range or unknown, not the percentage '{value}'.", paramName)
            : value;

    /// <inheritdoc />
    public bool Equals(RequestFigures? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Requests == other.Requests && Accounts == other.Accounts && RequestsWithDataProduced == other.RequestsWithDataProduced && PercentWithDataProduced == other.PercentWithDataProduced));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestFigures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Requests, Accounts, RequestsWithDataProduced, PercentWithDataProduced);

    /// <summary>Returns e.g. <c>requests 262, accounts 285, produced 62 (24%)</c>; unknown figures print as <c>?</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"requests {Show(Requests)}, accounts {Show(Accounts)}, produced {Show(RequestsWithDataProduced)} ({Show(PercentWithDataProduced)})";

    private static string Show(PublishedNumber value) => value.IsUnknown ? "?" : value.Text;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(RequestFigures? left, RequestFigures? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RequestFigures? left, RequestFigures? right) => !Equals(left, right);
}
