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

    /// <summary><see cref="RequestFigures.RequestsWithContentProduced"/>.</summary>
    RequestsWithContentProduced = 4,

    /// <summary><see cref="RequestFigures.RequestsWithOnlyNonContentProduced"/>.</summary>
    RequestsWithOnlyNonContentProduced = 5,

    /// <summary><see cref="RequestFigures.RequestsWithNoDataFound"/>.</summary>
    RequestsWithNoDataFound = 6,

    /// <summary><see cref="RequestFigures.RequestsRejected"/>.</summary>
    RequestsRejected = 7,

    /// <summary><see cref="RequestFigures.AccountsWithDataPreserved"/>.</summary>
    AccountsWithDataPreserved = 8,

    /// <summary><see cref="RequestFigures.PercentWithContentProduced"/>.</summary>
    PercentWithContentProduced = 9,

    /// <summary><see cref="RequestFigures.PercentWithOnlyNonContentProduced"/>.</summary>
    PercentWithOnlyNonContentProduced = 10,

    /// <summary><see cref="RequestFigures.PercentWithNoDataFound"/>.</summary>
    PercentWithNoDataFound = 11,

    /// <summary><see cref="RequestFigures.PercentRejected"/>.</summary>
    PercentRejected = 12,
}
