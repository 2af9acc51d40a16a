using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public sealed class TriggerIdTests : SlugIdentifierTests<TriggerId>
{
    protected override TriggerId Create(string value) => new(value);

    protected override bool TryParse(string? text, out TriggerId result) => TriggerId.TryParse(text, out result);

    protected override bool IsDefault(TriggerId id) => id.IsDefault;

    protected override string ValueOf(TriggerId id) => id.Value;
}
