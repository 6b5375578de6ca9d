namespace GreenButton;

/// <summary>ESPI customer <c>Priority</c>: a rank with its kind and justification. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record Priority
{
    /// <summary><c>rank</c>: Rank; the lower, the higher the priority.</summary>
    public long? Rank { get; init; }

    /// <summary><c>type</c>: Kind of priority.</summary>
    public string? Type { get; init; }

    /// <summary><c>justification</c>: Why the priority was given.</summary>
    public string? Justification { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(Priority);
}
