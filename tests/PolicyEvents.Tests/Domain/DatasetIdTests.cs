using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public sealed class DatasetIdTests : SlugIdentifierTests<DatasetId>
{
    protected override DatasetId Create(string value) => new(value);

    protected override bool TryParse(string? text, out DatasetId result) => DatasetId.TryParse(text, out result);

    protected override bool IsDefault(DatasetId id) => id.IsDefault;

    protected override string ValueOf(DatasetId id) => id.Value;
}
