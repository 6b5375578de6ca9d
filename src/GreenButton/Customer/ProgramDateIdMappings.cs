namespace GreenButton;

/// <summary>Customer <c>ProgramDateIdMappings</c>: what the demand response program date codes of a custodian mean.</summary>
public sealed class ProgramDateIdMappings : CustomerResource
{
    /// <inheritdoc/>
    public override string ResourceName => "ProgramDateIdMappings";

    /// <summary><c>programDateIdMapping</c>s (the schema allows one; every one written is kept).</summary>
    public IReadOnlyList<ProgramDateIdMapping> Mappings { get; init; } = [];
}
