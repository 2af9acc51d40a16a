using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Peers.Dto;

/// <summary>The source-generated context of the DTO peer.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(PartialDateJsonConverter), typeof(InstantJsonConverter), typeof(CamelCaseEnumConverter<PolicyStance>)])]
[JsonSerializable(typeof(RecordDto))]
public sealed partial class PeerJsonContext : JsonSerializerContext;
