namespace PolicyEvents.Figures;

/// <summary>Names one figure of a <see cref="RequestFigures"/>, so an issue can say which.</summary>
internal enum FigureField
{
    /// <summary><see cref="RequestFigures.Requests"/>.</summary>
    Requests = 0,

    /// <summary><see cref="RequestFigures.Accounts"/>.</summary>
    Accounts = 1,

    /// <summary><see cref="RequestFigures.RequestsWithDataProduced"/>.</summary>
    RequestsWithDataProduced = 2,

    /// <summary><see cref="RequestFigures.PercentWithDataProduced"/>.</summary>
    PercentWithDataProduced = 3,
}
