namespace GreenButton;

/// <summary>ESPI customer <c>ProgramDate</c>: a date of a <see cref="DemandResponseProgram"/>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record ProgramDate
{
    /// <summary><c>programDate</c>: The date.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary><c>programDateDescription</c>: What happens on it.</summary>
    public string? Description { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(ProgramDate);
}
