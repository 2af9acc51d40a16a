using System.Security.Cryptography;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// The history's table from a (company ordinal, jurisdiction code) pair, packed into a <c>long</c> by <see cref="Pack"/>, to
/// its key: open addressing with linear probing over a power-of-two array at most half full, hashed by multiplying with a
/// random odd number chosen once per process (multiply-shift hashing), so crafted ids cannot force collisions. Built once,
/// then read-only and thread-safe.
/// </summary>
internal sealed class PairTable
{
    private static readonly ulong Multiplier = RandomOdd();

    private long[] _pairs;
    private int[] _keys;
    private int _shift;
    private int _count;

    internal PairTable()
    {
        _pairs = new long[16];
        _keys = new int[16];
        _shift = 64 - 4;
    }

    /// <summary>
    /// Packs a company ordinal and a jurisdiction code into one number: the code's two to six characters (uppercase ASCII
    /// letters, digits and '-', checked by <see cref="JurisdictionCode"/>) take six bits each, never zero, in the low 36 bits;
    /// the ordinal takes the bits above. Distinct pairs give distinct numbers, and never zero.
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

    /// <summary>The key of a packed pair, or -1.</summary>
    internal int Find(long pair)
    {
        var pairs = _pairs;
        var mask = pairs.Length - 1;
        var slot = (int)(((ulong)pair * Multiplier) >> _shift);
        while (true)
        {
            var found = pairs[slot];
            if (found == pair)
            {
                return _keys[slot];
            }
            if (found == 0)
            {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The key of a packed pair, adding it with <paramref name="next"/> when absent.</summary>
    /// <param name="pair">The packed pair (not zero).</param>
    /// <param name="next">The key to give a new pair.</param>
    /// <param name="added">True when the pair was new.</param>
    internal int GetOrAdd(long pair, int next, out bool added)
    {
        var slot = SlotOf(pair);
        if (_pairs[slot] == pair)
        {
            added = false;
            return _keys[slot];
        }
        if ((_count + 1) * 2 > _pairs.Length)
        {
            Grow();
            slot = SlotOf(pair);
        }
        _pairs[slot] = pair;
        _keys[slot] = next;
        _count++;
        added = true;
        return next;
    }

    /// <summary>The slot that holds the pair, or the empty slot where it belongs.</summary>
    private int SlotOf(long pair)
    {
        var mask = _pairs.Length - 1;
        var slot = (int)(((ulong)pair * Multiplier) >> _shift);
        while (_pairs[slot] != 0 && _pairs[slot] != pair)
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void Grow()
    {
        var (pairs, keys) = (_pairs, _keys);
        _pairs = new long[pairs.Length * 2];
        _keys = new int[pairs.Length * 2];
        _shift--;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i] != 0)
            {
                var slot = SlotOf(pairs[i]);
                _pairs[slot] = pairs[i];
                _keys[slot] = keys[i];
            }
        }
    }

    private static ulong RandomOdd()
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes) | 1;
    }
}
