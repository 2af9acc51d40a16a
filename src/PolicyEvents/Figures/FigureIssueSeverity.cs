namespace PolicyEvents.Figures;

/// <summary>How serious a <see cref="FigureIssue"/> is.</summary>
public enum FigureIssueSeverity
{
    /// <summary>The data was read and kept, but something about it deserves a look (an unmapped country name, an implausible figure).</summary>
    Warning = 0,

    /// <summary>Something could not be read: a row, or the whole file, was skipped.</summary>
    Error = 1,
}
