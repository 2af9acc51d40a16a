using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public sealed class StatementIdTests : SlugIdentifierTests<StatementId>
{
    protected override StatementId Create(string value) => new(value);

    protected override bool TryParse(string? text, out StatementId result) => StatementId.TryParse(text, out result);

    protected override bool IsDefault(StatementId id) => id.IsDefault;

    protected override string ValueOf(StatementId id) => id.Value;
}
