using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public sealed class SourceIdTests : SlugIdentifierTests<SourceId>
{
    protected override SourceId Create(string value) => new(value);

    protected override bool TryParse(string? text, out SourceId result) => SourceId.TryParse(text, out result);

    protected override bool IsDefault(SourceId id) => id.IsDefault;

    protected override string ValueOf(SourceId id) => id.Value;
}
