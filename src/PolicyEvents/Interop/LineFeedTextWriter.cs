using System.Globalization;
using System.Text;

namespace PolicyEvents.Interop;

/// <summary>
/// Forwards text to another writer with <c>\n</c> as its line end, whatever the platform or the target's own
/// <see cref="TextWriter.NewLine"/>; flushing flushes the target, disposing leaves it open.
/// </summary>
internal sealed class LineFeedTextWriter : TextWriter
{
    private readonly TextWriter _target;

    internal LineFeedTextWriter(TextWriter target) : base(CultureInfo.InvariantCulture)
    {
        _target = target;
        CoreNewLine = ['\n'];
    }

    public override Encoding Encoding => _target.Encoding;

    public override void Write(char value) => _target.Write(value);

    public override void Write(char[] buffer, int index, int count) => _target.Write(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => _target.Write(buffer);

    public override void Write(string? value) => _target.Write(value);

    public override void WriteLine() => _target.Write('\n');

    public override void Flush() => _target.Flush();

    public override Task FlushAsync() => _target.FlushAsync();
}
