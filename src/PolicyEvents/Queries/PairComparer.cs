namespace PolicyEvents;

/// <summary>
/// Hashes a packed (company ordinal, jurisdiction code) pair with <see cref="HashCode"/>, whose seed is random per process,
/// so crafted ids cannot force the history's key table into collisions.
/// </summary>
internal sealed class PairComparer : IEqualityComparer<long>
{
    internal static readonly PairComparer Instance = new();

    private PairComparer()
    {
    }

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => HashCode.Combine((int)obj, (int)(obj >> 32));

    /// <summary>
    /// Packs a company ordinal and a jurisdiction code into one number: the code's two to six characters (uppercase ASCII
    /// letters, digits and '-', checked by <see cref="JurisdictionCode"/>) take six bits each, never zero, in the low 36 bits;
    /// the ordinal takes the bits above. Distinct pairs give distinct numbers.
    /// </summary>
    internal static long Pack(int companyOrdinal, string jurisdiction)
    {
        long packed = 0;
        foreach (var c in jurisdiction)
        {
            packed = (packed << 6) | (uint)(c - ',');
        }
        return ((long)companyOrdinal << 36) | packed;
    }
}
