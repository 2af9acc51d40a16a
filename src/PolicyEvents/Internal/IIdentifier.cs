namespace PolicyEvents.Internal;

/// <summary>Implemented by the identifier structs, so shared guards can reject their default value.</summary>
internal interface IIdentifier
{
    /// <summary>True for the default (uninitialized) value, which is never a valid identifier.</summary>
    bool IsDefault { get; }
}
