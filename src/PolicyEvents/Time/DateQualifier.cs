namespace PolicyEvents.Time;

/// <summary>The EDTF (ISO 8601-2 level 1) qualifier of a <see cref="PartialDate"/>.</summary>
public enum DateQualifier
{
    /// <summary>No qualifier: the source states the date plainly.</summary>
    None = 0,

    /// <summary><c>~</c>: approximate ("about 7 July").</summary>
    Approximate = 1,

    /// <summary><c>?</c>: uncertain (the source is unsure, or sources disagree).</summary>
    Uncertain = 2,

    /// <summary><c>%</c>: both approximate and uncertain.</summary>
    ApproximateAndUncertain = 3,
}
