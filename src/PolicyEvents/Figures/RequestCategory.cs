using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Figures;

/// <summary>
/// A category of requests as a report publishes it ("Other Legal Requests", "Emergency Request Total"...), with the
/// library's reading of it: the <see cref="RequestKinds"/> it counts and the <see cref="LegalProcessKind"/>.
/// </summary>
/// <remarks>
/// <para>The published <see cref="Label"/> is kept verbatim (trimmed); the mapping is <see cref="RequestKinds.None"/> and
/// <see cref="LegalProcessKind.Unspecified"/> where the report does not make it clear. docs/figures.md lists the
/// mapping of every label the importers know.</para>
/// <para><see cref="AssistingJurisdiction"/> is set for requests made through a formal diplomatic channel, such as a mutual
/// legal assistance treaty (MLAT): the jurisdiction whose authorities passed the request on (Google's diplomatic legal
/// requests: "Assisting Country"). The figure set's own jurisdiction is the one the requests came from.</para>
/// <para>Equality compares the label (ordinal), the kinds, the legal process and the assisting jurisdiction. Instances are
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestCategory : IEquatable<RequestCategory>
{
    /// <summary>Creates a category.</summary>
    /// <param name="label">The label as published, trimmed and non-empty.</param>
    /// <param name="kinds">The kinds of request it counts; <see cref="RequestKinds.None"/> when not clear.</param>
    /// <param name="legalProcess">The kind of legal process; <see cref="LegalProcessKind.Unspecified"/> when not clear.</param>
    /// <param name="assistingJurisdiction">For requests made through a formal diplomatic channel, the jurisdiction that passed them on; null otherwise.</param>
    /// <exception cref="ArgumentException">The label is empty or not trimmed, an enum value is not defined, or the assisting jurisdiction is a default code.</exception>
    public RequestCategory(string label, RequestKinds kinds = RequestKinds.None, LegalProcessKind legalProcess = LegalProcessKind.Unspecified, JurisdictionCode? assistingJurisdiction = null)
    {
        AssistingJurisdiction = Guard.NotDefault(assistingJurisdiction, nameof(assistingJurisdiction));
        Label = Guard.Trimmed(label, nameof(label));
        if ((kinds & ~RequestKinds.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(kinds), kinds, "Not a combination of RequestKinds flags.");
        }
        Kinds = kinds;
        LegalProcess = Guard.Defined(legalProcess, nameof(legalProcess));
    }

    /// <summary>The label as published.</summary>
    public string Label { get; }

    /// <summary>The kinds of request counted; <see cref="RequestKinds.None"/> when the report does not make it clear.</summary>
    public RequestKinds Kinds { get; }

    /// <summary>The kind of legal process; <see cref="LegalProcessKind.Unspecified"/> when the report does not make it clear.</summary>
    public LegalProcessKind LegalProcess { get; }

    /// <summary>For requests made through a formal diplomatic channel (an MLAT), the jurisdiction whose authorities passed them on; null otherwise.</summary>
    public JurisdictionCode? AssistingJurisdiction { get; }

    /// <summary>True when the library knows how to read the label.</summary>
    public bool IsMapped => LegalProcess != LegalProcessKind.Unspecified;

    /// <summary>Returns a copy with other kinds.</summary>
    /// <param name="kinds">The new kinds.</param>
    /// <returns>The copy.</returns>
    public RequestCategory WithKinds(RequestKinds kinds) => new(Label, kinds, LegalProcess, AssistingJurisdiction);

    /// <summary>Returns a copy with another kind of legal process.</summary>
    /// <param name="legalProcess">The new kind.</param>
    /// <returns>The copy.</returns>
    public RequestCategory WithLegalProcess(LegalProcessKind legalProcess) => new(Label, Kinds, legalProcess, AssistingJurisdiction);

    /// <summary>Returns a copy with another assisting jurisdiction.</summary>
    /// <param name="assistingJurisdiction">The new code, or null.</param>
    /// <returns>The copy.</returns>
    public RequestCategory WithAssistingJurisdiction(JurisdictionCode? assistingJurisdiction) => new(Label, Kinds, LegalProcess, assistingJurisdiction);

    /// <inheritdoc />
    public bool Equals(RequestCategory? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Label, other.Label, StringComparison.Ordinal) && Kinds == other.Kinds && LegalProcess == other.LegalProcess
             && AssistingJurisdiction == other.AssistingJurisdiction));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestCategory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Label), Kinds, LegalProcess, AssistingJurisdiction);

    /// <summary>Returns e.g. <c>"Other Legal Requests" (LegalProcess: UserData)</c>, with <c>, assisted by US</c> when there is an assisting jurisdiction.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"\"{Label}\" ({LegalProcess}: {Kinds}{(AssistingJurisdiction is { } code ? ", assisted by " + code.Value : string.Empty)})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(RequestCategory? left, RequestCategory? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RequestCategory? left, RequestCategory? right) => !Equals(left, right);
}
