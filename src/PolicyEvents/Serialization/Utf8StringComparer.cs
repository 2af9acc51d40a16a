using System.Buffers;
using System.Text;

namespace PolicyEvents.Serialization;

/// <summary>Compares strings ordinally, and looks them up by their UTF-8 bytes without decoding or allocating: a table
/// keyed by the strings themselves needs no second copy of each key as bytes. A string hashes as its UTF-8 bytes, with
/// <see cref="HashCode"/>'s hash, seeded randomly per process, so crafted input cannot make the lookups collide.</summary>
internal sealed class Utf8StringComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
{
    private const int MaxStackBytes = 512;

    internal static Utf8StringComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var length = Encoding.UTF8.GetByteCount(obj);
        byte[]? rented = null;
        var utf8 = length <= MaxStackBytes ? stackalloc byte[MaxStackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return Hash(utf8[..Encoding.UTF8.GetBytes(obj, utf8)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public bool Equals(ReadOnlySpan<byte> alternate, string other) =>
        Ascii.IsValid(alternate) ? Ascii.Equals(alternate, other) : Encoding.UTF8.GetString(alternate) == other;

    public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<byte> alternate) => Encoding.UTF8.GetString(alternate);

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }
}
