using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public sealed class EventIdTests : SlugIdentifierTests<EventId>
{
    protected override EventId Create(string value) => new(value);

    protected override bool TryParse(string? text, out EventId result) => EventId.TryParse(text, out result);

    protected override bool IsDefault(EventId id) => id.IsDefault;

    protected override string ValueOf(EventId id) => id.Value;
}
