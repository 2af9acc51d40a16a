using System.Text.Json;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Queries;

/// <summary>
/// The <c>at</c> command's <c>--kind</c>, <c>--requester</c>, <c>--subject</c> and <c>--product</c>: one request to ask
/// about, spelled as the dataset format spells kinds and requesters (<c>content</c>, <c>lawEnforcement</c>).
/// </summary>
/// <param name="Kind">The request kind.</param>
/// <param name="Requester">The requester.</param>
/// <param name="Subject">The data subject's jurisdiction, or null when not given.</param>
/// <param name="Product">The product, or null when not given.</param>
internal sealed record RequestQuery(RequestKinds Kind, Requesters Requester, JurisdictionCode? Subject, string? Product)
{
    /// <summary>The kind asked about when <c>--kind</c> is not given.</summary>
    public const RequestKinds DefaultKind = RequestKinds.UserData;

    /// <summary>The requester asked about when <c>--requester</c> is not given.</summary>
    public const Requesters DefaultRequester = Requesters.LawEnforcement;

    private static readonly RequestKinds[] Kinds =
        [RequestKinds.Content, RequestKinds.NonContent, RequestKinds.UserData, RequestKinds.EmergencyDisclosure, RequestKinds.Preservation, RequestKinds.ContentRemoval];

    private static readonly Requesters[] AllRequesters = [Requesters.Government, Requesters.LawEnforcement, Requesters.Courts];

    /// <summary>Reads the options; null when none of them is given.</summary>
    /// <param name="dataset">The dataset (its jurisdictions, for <c>--subject</c>).</param>
    /// <param name="kind">The <c>--kind</c> value, or null.</param>
    /// <param name="requester">The <c>--requester</c> value, or null.</param>
    /// <param name="subject">The <c>--subject</c> value, or null.</param>
    /// <param name="product">The <c>--product</c> value, or null.</param>
    /// <returns>The query, or null.</returns>
    /// <exception cref="CliException">A value is not one the format knows (exit code 2).</exception>
    public static RequestQuery? Parse(PolicyDataset dataset, string? kind, string? requester, string? subject, string? product)
    {
        if (kind is null && requester is null && subject is null && product is null)
        {
            return null;
        }
        if (product is not null && string.IsNullOrWhiteSpace(product))
        {
            throw CliException.Usage($"invalid product '{product}': give the product's name, e.g. Zoom");
        }
        return new RequestQuery(
            kind is null ? DefaultKind : Named(kind, Kinds, "request kind"),
            requester is null ? DefaultRequester : Named(requester, AllRequesters, "requester"),
            subject is null ? null : Selection.ParseJurisdiction(dataset, subject),
            product?.Trim());
    }

    /// <summary>The request from a jurisdiction's authorities.</summary>
    /// <param name="jurisdiction">The requesting jurisdiction.</param>
    /// <returns>The request.</returns>
    public GovernmentRequest From(JurisdictionCode jurisdiction) => new(jurisdiction, Kind, Requester, Subject, Product);

    /// <summary>The format's name of an enum value, e.g. <c>nonContent</c>.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string NameOf<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T Named<T>(string text, T[] values, string what)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            if (string.Equals(NameOf(value), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw CliException.Usage($"invalid {what} '{text}': expected one of {string.Join(", ", values.Select(NameOf))}");
    }
}
