using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyEvents.Benchmarks.Peers.Dto;

/// <summary>Enums as camelCase strings (<c>respondingAsUsual</c>).</summary>
public sealed class CamelCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase)
    where T : struct, Enum;
