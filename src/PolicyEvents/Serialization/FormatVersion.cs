using System.Text.Json;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Serialization;

/// <summary>The <c>formatVersion</c> this library writes and the rule by which it reads others.</summary>
internal static class FormatVersion
{
    internal const int Major = 1;
    internal const int Minor = 0;
    internal const string Current = "1.0";

    /// <summary>Reads and checks <c>formatVersion</c>; false when it is missing, malformed or of another major version (reported).</summary>
    internal static bool Read(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!JsonValueReader.String(ref reader, context, out var text))
        {
            return false;
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !int.TryParse(text.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor))
        {
            context.Error(DiagnosticCodes.UnsupportedVersion, $"'{text}' is not a format version: expected MAJOR.MINOR, such as \"{Current}\".", reader.TokenStartIndex);
            return false;
        }
        if (major != Major)
        {
            context.Error(DiagnosticCodes.UnsupportedVersion,
                major > Major
                    ? $"This file uses format version {text}, which is newer than this library reads (major version {Major}, up to {Current}): upgrade PolicyEvents to read it."
                    : $"This file uses format version {text}, which this library does not read (it reads major version {Major}).",
                reader.TokenStartIndex);
            return false;
        }
        context.FormatMinor = minor;
        return true;
    }
}
