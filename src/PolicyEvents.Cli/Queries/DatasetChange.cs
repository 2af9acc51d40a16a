namespace PolicyEvents.Cli.Queries;

/// <summary>One difference between two releases of a dataset.</summary>
/// <param name="Kind">What changed: <c>company</c>, <c>trigger</c>, <c>event</c>, <c>statement</c>, <c>source</c> or <c>figure</c>.</param>
/// <param name="Id">Its id (a figure's key).</param>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Detail">For a change, which members differ (and how, for a stance).</param>
internal sealed record DatasetChange(string Kind, string Id, string Change, string Detail);
