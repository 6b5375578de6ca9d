namespace GreenButton;

/// <summary>ESPI customer <c>AcceptanceTest</c>: the acceptance test of an <see cref="Asset"/>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record AcceptanceTest
{
    /// <summary><c>type</c>: Kind of test.</summary>
    public string? Type { get; init; }

    /// <summary><c>success</c>: Whether the asset passed.</summary>
    public bool? Success { get; init; }

    /// <summary><c>dateTime</c>: When the test was made.</summary>
    public DateTimeOffset? DateTime { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(AcceptanceTest);
}
