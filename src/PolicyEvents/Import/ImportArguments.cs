using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>The argument checks every importer's <c>Read</c> makes before it reads anything.</summary>
internal static class ImportArguments
{
    /// <summary>Checks the stream, the file name (as <see cref="FigureProvenance"/> takes it) and the company.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty or not trimmed, or <paramref name="company"/> is default.</exception>
    internal static void Check(Stream stream, string fileName, CompanyId company)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _ = new FigureProvenance(fileName, 1);
        if (company.IsDefault)
        {
            throw new ArgumentException("A default (uninitialized) CompanyId is not a valid value.", nameof(company));
        }
    }
}
