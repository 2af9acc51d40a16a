using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace PolicyEvents.Interop;

/// <summary>
/// What every CSV export shares: Sep set up for RFC 4180 (quoting only where needed, quotes doubled), the header
/// written first even when there are no rows, <c>\n</c> line ends, invariant culture, UTF-8 without BOM to a stream.
/// </summary>
internal static class CsvExport
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the header and one row per item (the callback writes the row); flushes the writer and leaves it open.
    /// A null item throws <see cref="ArgumentException"/> naming <paramref name="itemNoun"/> and its index.</summary>
    internal static void Write<T>(IEnumerable<T> items, TextWriter writer, ImmutableArray<string> columns, Action<SepWriter, T> writeRow, string itemsName, string itemNoun)
        where T : class
    {
        using var lineFeed = new LineFeedTextWriter(writer);
        using (var csv = new SepWriterOptions(Sep.New(','))
        {
            Escape = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }.To(lineFeed, leaveOpen: true))
        {
            csv.Header.Add(columns.AsSpan());
            csv.Header.Write();
            var index = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    throw new ArgumentException($"The {itemNoun} at index {index} is null.", itemsName);
                }
                writeRow(csv, item);
                index++;
            }
        }
        writer.Flush();
    }

    /// <summary>A UTF-8 (no BOM) writer over a stream that is left open; checks the stream is writable.</summary>
    internal static StreamWriter Utf8Writer(Stream stream, string paramName)
    {
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", paramName);
        }
        return new StreamWriter(stream, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
    }

    /// <summary>Joins the values of a list cell with <c>;</c>, writing <c>\</c> as <c>\\</c> and <c>;</c> as <c>\;</c> inside a value.</summary>
    internal static string JoinEscaped(IEnumerable<string> values) => string.Join(InteropText.ListSeparator, values.Select(EscapeListValue));

    /// <summary>Joins values that never hold <c>;</c> (ids, flag names) with <c>;</c>.</summary>
    internal static string Join(IEnumerable<string> values) => string.Join(InteropText.ListSeparator, values);

    private static string EscapeListValue(string value) =>
        value.AsSpan().IndexOfAny('\\', InteropText.ListSeparator) < 0
            ? value
            : value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);
}
