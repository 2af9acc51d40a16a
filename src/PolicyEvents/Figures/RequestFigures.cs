namespace PolicyEvents.Figures;

/// <summary>
/// The figures a report publishes for one category of requests: requests received, accounts specified, and
/// what became of the requests (some data produced, content produced, only non-content data produced, no data
/// found, rejected), each as a count, a percentage or both, exactly as published.
/// </summary>
/// <remarks>
/// <para>Each figure is a <see cref="PublishedNumber"/>: unknown when the report leaves it blank or does not publish it.
/// The counts (<see cref="Requests"/>, <see cref="Accounts"/>, <see cref="RequestsWithDataProduced"/>,
/// <see cref="RequestsWithContentProduced"/>, <see cref="RequestsWithOnlyNonContentProduced"/>,
/// <see cref="RequestsWithNoDataFound"/>, <see cref="RequestsRejected"/>, <see cref="AccountsWithDataPreserved"/>) may
/// be exact or ranges, never percentages; the <c>Percent…</c> figures are percentages or unknown. No figure is ever
/// computed from others (Microsoft publishes content and non-content counts but no count of requests with some data
/// produced: <see cref="RequestsWithDataProduced"/> stays unknown). Plausibility (no negative count, a percentage
/// within 0 to 100, no more requests answered than received) is checked by <see cref="FigureValidator"/>, not here,
/// so that what was published can always be represented.</para>
/// <para>Equality compares every figure. Instances are immutable and thread-safe; the constructor and every
/// <c>With…</c> method validate.</para>
/// </remarks>
public sealed class RequestFigures : IEquatable<RequestFigures>
{
    /// <summary>Creates a set of figures; an omitted figure is <see cref="PublishedNumber.Unknown"/>.</summary>
    /// <param name="requests">Requests received (Google: "User Data Requests"; Meta: "Total Requests" and the like).</param>
    /// <param name="accounts">Users or accounts specified in the requests (Meta's preservation: accounts preserved; Apple's device and
    /// financial identifier requests: the devices or financial identifiers specified).</param>
    /// <param name="requestsWithDataProduced">Requests where some data was produced, as a count.</param>
    /// <param name="percentWithDataProduced">Requests where some data was produced (Google: "disclosed"), as a percentage of <paramref name="requests"/>.</param>
    /// <param name="requestsWithContentProduced">Requests where content was produced, as a count.</param>
    /// <param name="requestsWithOnlyNonContentProduced">Requests where only non-content data (subscriber or transactional data) was produced, as a count.</param>
    /// <param name="requestsWithNoDataFound">Requests answered without data for a reason other than a rejection (Microsoft: "No Data Found";
    /// Apple's emergency requests: "Requests where No Data Provided"), as a count.</param>
    /// <param name="requestsRejected">Requests rejected or challenged (Microsoft: rejected for not meeting legal requirements; Apple: challenged in part
    /// or rejected in full), as a count.</param>
    /// <param name="accountsWithDataPreserved">Accounts whose data was preserved (Apple's preservation requests), as a count.</param>
    /// <param name="percentWithContentProduced">Requests where content was produced, as a percentage.</param>
    /// <param name="percentWithOnlyNonContentProduced">Requests where only non-content data was produced, as a percentage.</param>
    /// <param name="percentWithNoDataFound">Requests answered without data for a reason other than a rejection, as a percentage.</param>
    /// <param name="percentRejected">Requests rejected or challenged, as a percentage.</param>
    /// <exception cref="ArgumentException">A count is a percentage, or a percentage is a count.</exception>
    public RequestFigures(
        PublishedNumber requests = default,
        PublishedNumber accounts = default,
        PublishedNumber requestsWithDataProduced = default,
        PublishedNumber percentWithDataProduced = default,
        PublishedNumber requestsWithContentProduced = default,
        PublishedNumber requestsWithOnlyNonContentProduced = default,
        PublishedNumber requestsWithNoDataFound = default,
        PublishedNumber requestsRejected = default,
        PublishedNumber accountsWithDataPreserved = default,
        PublishedNumber percentWithContentProduced = default,
        PublishedNumber percentWithOnlyNonContentProduced = default,
        PublishedNumber percentWithNoDataFound = default,
        PublishedNumber percentRejected = default)
    {
        Requests = CountOrUnknown(requests, nameof(requests));
        Accounts = CountOrUnknown(accounts, nameof(accounts));
        RequestsWithDataProduced = CountOrUnknown(requestsWithDataProduced, nameof(requestsWithDataProduced));
        PercentWithDataProduced = PercentageOrUnknown(percentWithDataProduced, nameof(percentWithDataProduced));
        RequestsWithContentProduced = CountOrUnknown(requestsWithContentProduced, nameof(requestsWithContentProduced));
        RequestsWithOnlyNonContentProduced = CountOrUnknown(requestsWithOnlyNonContentProduced, nameof(requestsWithOnlyNonContentProduced));
        RequestsWithNoDataFound = CountOrUnknown(requestsWithNoDataFound, nameof(requestsWithNoDataFound));
        RequestsRejected = CountOrUnknown(requestsRejected, nameof(requestsRejected));
        AccountsWithDataPreserved = CountOrUnknown(accountsWithDataPreserved, nameof(accountsWithDataPreserved));
        PercentWithContentProduced = PercentageOrUnknown(percentWithContentProduced, nameof(percentWithContentProduced));
        PercentWithOnlyNonContentProduced = PercentageOrUnknown(percentWithOnlyNonContentProduced, nameof(percentWithOnlyNonContentProduced));
        PercentWithNoDataFound = PercentageOrUnknown(percentWithNoDataFound, nameof(percentWithNoDataFound));
        PercentRejected = PercentageOrUnknown(percentRejected, nameof(percentRejected));
    }

    /// <summary>Requests received.</summary>
    public PublishedNumber Requests { get; }

    /// <summary>Users or accounts specified in the requests (for Apple's device and financial identifier requests, the devices or identifiers specified).</summary>
    public PublishedNumber Accounts { get; }

    /// <summary>Requests where some data was produced, as a count.</summary>
    public PublishedNumber RequestsWithDataProduced { get; }

    /// <summary>Requests where some data was produced, as a percentage of <see cref="Requests"/>.</summary>
    public PublishedNumber PercentWithDataProduced { get; }

    /// <summary>Requests where content was produced, as a count.</summary>
    public PublishedNumber RequestsWithContentProduced { get; }

    /// <summary>Requests where only non-content data (subscriber or transactional data) was produced, as a count.</summary>
    public PublishedNumber RequestsWithOnlyNonContentProduced { get; }

    /// <summary>Requests answered without data for a reason other than a rejection (no data found, no data provided), as a count.</summary>
    public PublishedNumber RequestsWithNoDataFound { get; }

    /// <summary>Requests rejected or challenged (Apple counts requests challenged in part too), as a count.</summary>
    public PublishedNumber RequestsRejected { get; }

    /// <summary>Accounts whose data was preserved, as a count.</summary>
    public PublishedNumber AccountsWithDataPreserved { get; }

    /// <summary>Requests where content was produced, as a percentage of <see cref="Requests"/>.</summary>
    public PublishedNumber PercentWithContentProduced { get; }

    /// <summary>Requests where only non-content data was produced, as a percentage of <see cref="Requests"/>.</summary>
    public PublishedNumber PercentWithOnlyNonContentProduced { get; }

    /// <summary>Requests answered without data for a reason other than a rejection, as a percentage of <see cref="Requests"/>.</summary>
    public PublishedNumber PercentWithNoDataFound { get; }

    /// <summary>Requests rejected or challenged, as a percentage of <see cref="Requests"/>.</summary>
    public PublishedNumber PercentRejected { get; }

    /// <summary>True when every figure is unknown.</summary>
    public bool IsEmpty => All.All(n => n.IsUnknown);

    /// <summary>Every figure in constructor order, for the checks that apply to all.</summary>
    internal IEnumerable<(FigureField Field, PublishedNumber Value)> Fields =>
    [
        (FigureField.Requests, Requests),
        (FigureField.Accounts, Accounts),
        (FigureField.RequestsWithDataProduced, RequestsWithDataProduced),
        (FigureField.PercentWithDataProduced, PercentWithDataProduced),
        (FigureField.RequestsWithContentProduced, RequestsWithContentProduced),
        (FigureField.RequestsWithOnlyNonContentProduced, RequestsWithOnlyNonContentProduced),
        (FigureField.RequestsWithNoDataFound, RequestsWithNoDataFound),
        (FigureField.RequestsRejected, RequestsRejected),
        (FigureField.AccountsWithDataPreserved, AccountsWithDataPreserved),
        (FigureField.PercentWithContentProduced, PercentWithContentProduced),
        (FigureField.PercentWithOnlyNonContentProduced, PercentWithOnlyNonContentProduced),
        (FigureField.PercentWithNoDataFound, PercentWithNoDataFound),
        (FigureField.PercentRejected, PercentRejected),
    ];

    private IEnumerable<PublishedNumber> All => Fields.Select(f => f.Value);

    /// <summary>Returns a copy with another number of requests.</summary>
    /// <param name="requests">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequests(PublishedNumber requests) => Copy(FigureField.Requests, requests);

    /// <summary>Returns a copy with another number of accounts.</summary>
    /// <param name="accounts">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithAccounts(PublishedNumber accounts) => Copy(FigureField.Accounts, accounts);

    /// <summary>Returns a copy with another count of requests where some data was produced.</summary>
    /// <param name="requestsWithDataProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequestsWithDataProduced(PublishedNumber requestsWithDataProduced) => Copy(FigureField.RequestsWithDataProduced, requestsWithDataProduced);

    /// <summary>Returns a copy with another percentage of requests where some data was produced.</summary>
    /// <param name="percentWithDataProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithPercentWithDataProduced(PublishedNumber percentWithDataProduced) => Copy(FigureField.PercentWithDataProduced, percentWithDataProduced);

    /// <summary>Returns a copy with another count of requests where content was produced.</summary>
    /// <param name="requestsWithContentProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequestsWithContentProduced(PublishedNumber requestsWithContentProduced) => Copy(FigureField.RequestsWithContentProduced, requestsWithContentProduced);

    /// <summary>Returns a copy with another count of requests where only non-content data was produced.</summary>
    /// <param name="requestsWithOnlyNonContentProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequestsWithOnlyNonContentProduced(PublishedNumber requestsWithOnlyNonContentProduced) => Copy(FigureField.RequestsWithOnlyNonContentProduced, requestsWithOnlyNonContentProduced);

    /// <summary>Returns a copy with another count of requests answered without data for a reason other than a rejection.</summary>
    /// <param name="requestsWithNoDataFound">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequestsWithNoDataFound(PublishedNumber requestsWithNoDataFound) => Copy(FigureField.RequestsWithNoDataFound, requestsWithNoDataFound);

    /// <summary>Returns a copy with another count of requests rejected or challenged.</summary>
    /// <param name="requestsRejected">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithRequestsRejected(PublishedNumber requestsRejected) => Copy(FigureField.RequestsRejected, requestsRejected);

    /// <summary>Returns a copy with another count of accounts whose data was preserved.</summary>
    /// <param name="accountsWithDataPreserved">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithAccountsWithDataPreserved(PublishedNumber accountsWithDataPreserved) => Copy(FigureField.AccountsWithDataPreserved, accountsWithDataPreserved);

    /// <summary>Returns a copy with another percentage of requests where content was produced.</summary>
    /// <param name="percentWithContentProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithPercentWithContentProduced(PublishedNumber percentWithContentProduced) => Copy(FigureField.PercentWithContentProduced, percentWithContentProduced);

    /// <summary>Returns a copy with another percentage of requests where only non-content data was produced.</summary>
    /// <param name="percentWithOnlyNonContentProduced">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithPercentWithOnlyNonContentProduced(PublishedNumber percentWithOnlyNonContentProduced) => Copy(FigureField.PercentWithOnlyNonContentProduced, percentWithOnlyNonContentProduced);

    /// <summary>Returns a copy with another percentage of requests answered without data for a reason other than a rejection.</summary>
    /// <param name="percentWithNoDataFound">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithPercentWithNoDataFound(PublishedNumber percentWithNoDataFound) => Copy(FigureField.PercentWithNoDataFound, percentWithNoDataFound);

    /// <summary>Returns a copy with another percentage of requests rejected or challenged.</summary>
    /// <param name="percentRejected">The new figure.</param>
    /// <returns>The copy.</returns>
    public RequestFigures WithPercentRejected(PublishedNumber percentRejected) => Copy(FigureField.PercentRejected, percentRejected);

    /// <summary>A copy with one figure replaced, through the validating constructor.</summary>
    private RequestFigures Copy(FigureField field, PublishedNumber value)
    {
        var values = Fields.Select(f => f.Value).ToArray();
        values[(int)field] = value;
        return new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10], values[11], values[12]);
    }

    private static PublishedNumber CountOrUnknown(PublishedNumber value, string paramName) =>
        value.Kind == PublishedNumberKind.Percentage
            ? throw new ArgumentException($"Expected a count, a range or unknown, not the percentage '{value}'.", paramName)
            : value;

    private static PublishedNumber PercentageOrUnknown(PublishedNumber value, string paramName) =>
        value.Kind is PublishedNumberKind.Percentage or PublishedNumberKind.Unknown
            ? value
            : throw new ArgumentException($"Expected a percentage or unknown, not the count '{value}'.", paramName);

    /// <inheritdoc />
    public bool Equals(RequestFigures? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            All.SequenceEqual(other.All));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestFigures);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in All)
        {
            hash.Add(value);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>requests 262, accounts 285, produced 62 (24%)</c>; unknown figures print as <c>?</c>, and the
    /// outcome figures follow only when one is known (<c>, content 0 (0%), non-content only 46 (59.74%), no data found 8 (10.39%), rejected 23 (29.87%)</c>,
    /// <c>, preserved 2</c>).</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString()
    {
        var text = $"requests {Show(Requests)}, accounts {Show(Accounts)}, produced {Show(RequestsWithDataProduced)} ({Show(PercentWithDataProduced)})";
        if (!(RequestsWithContentProduced.IsUnknown && PercentWithContentProduced.IsUnknown && RequestsWithOnlyNonContentProduced.IsUnknown
            && PercentWithOnlyNonContentProduced.IsUnknown && RequestsWithNoDataFound.IsUnknown && PercentWithNoDataFound.IsUnknown
            && RequestsRejected.IsUnknown && PercentRejected.IsUnknown))
        {
            text += $", content {Show(RequestsWithContentProduced)} ({Show(PercentWithContentProduced)}), non-content only {Show(RequestsWithOnlyNonContentProduced)} ({Show(PercentWithOnlyNonContentProduced)})"
                + $", no data found {Show(RequestsWithNoDataFound)} ({Show(PercentWithNoDataFound)}), rejected {Show(RequestsRejected)} ({Show(PercentRejected)})";
        }
        return AccountsWithDataPreserved.IsUnknown ? text : text + $", preserved {Show(AccountsWithDataPreserved)}";
    }

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
