namespace PolicyEvents.Tests.Docs;

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone, not beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}
