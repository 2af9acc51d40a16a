namespace PolicyEvents.Cli.Data;

/// <summary>One reported figure as the tool counts and compares it.</summary>
/// <param name="Key">What identifies it across releases (company, jurisdiction, period, metric).</param>
/// <param name="Value">Its value as text, compared to tell a changed figure.</param>
internal sealed record FigureRecord(string Key, string Value);
