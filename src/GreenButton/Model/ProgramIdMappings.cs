namespace GreenButton;

/// <summary>ESPI <c>ProgramIdMappings</c>: names of the utility's tou, cpp and consumption tier codes.</summary>
public sealed class ProgramIdMappings : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "ProgramIdMappings";

    /// <summary>The <c>programIdMapping</c> items.</summary>
    public IReadOnlyList<ProgramIdMapping> Mappings { get; init; } = [];
}
