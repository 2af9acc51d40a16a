namespace PolicyEvents.Figures;

/// <summary>What a <see cref="PublishedNumber"/> holds: nothing known, an exact count, a range of counts, or a percentage.</summary>
public enum PublishedNumberKind
{
    /// <summary>Nothing was published (a blank cell), or nothing that reads as a number. The default.</summary>
    Unknown = 0,

    /// <summary>An exact count, such as <c>262</c> or <c>1,624</c>.</summary>
    Exact = 1,

    /// <summary>A range of counts with inclusive bounds, such as <c>0-249</c> or <c>&lt;10</c> (0 to 9).</summary>
    Range = 2,

    /// <summary>A percentage, such as <c>24%</c>, or <c>81</c> in a column that holds percentages.</summary>
    Percentage = 3,
}
