namespace PolicyEvents.Fuzz;

/// <summary>A broken property found by a harness (a round trip that changed a value, an inconsistent parser).</summary>
internal sealed class FuzzFindingException : Exception
{
    public FuzzFindingException()
    {
    }

    public FuzzFindingException(string message)
        : base(message)
    {
    }

    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
