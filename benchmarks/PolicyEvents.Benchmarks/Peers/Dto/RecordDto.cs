using System.Text.Json.Serialization;

namespace PolicyEvents.Benchmarks.Peers.Dto;

/// <summary>One line of a JSON Lines dataset, told apart by its leading "type" member: the peer a user would write.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DatasetLineDto), "dataset")]
[JsonDerivedType(typeof(CompanyLineDto), "company")]
[JsonDerivedType(typeof(SourceLineDto), "source")]
[JsonDerivedType(typeof(StatementLineDto), "statement")]
[JsonDerivedType(typeof(EventLineDto), "event")]
public abstract record RecordDto;
