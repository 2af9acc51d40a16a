using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public sealed class CompanyIdTests : SlugIdentifierTests<CompanyId>
{
    protected override CompanyId Create(string value) => new(value);

    protected override bool TryParse(string? text, out CompanyId result) => CompanyId.TryParse(text, out result);

    protected override bool IsDefault(CompanyId id) => id.IsDefault;

    protected override string ValueOf(CompanyId id) => id.Value;
}
