namespace PolicyEvents.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The dataset is usable, but something deserves a look (an unknown member, a source without a title).</summary>
    Warning = 0,

    /// <summary>The dataset is wrong: a reference points nowhere, a value is malformed, two records conflict.</summary>
    Error = 1,

    /// <summary>Nothing is wrong, but the reader should know: a published figure set was restated in a later export (PE0118).</summary>
    Information = 2,
}
