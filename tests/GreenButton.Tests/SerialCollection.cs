namespace GreenButton.Tests;

/// <summary>Tests that measure process-wide memory or change the current directory run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
