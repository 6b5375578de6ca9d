namespace GreenButton;

/// <summary>ESPI customer <c>ProgramDateIdMapping</c>: what a program date code means. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record ProgramDateIdMapping
{
    /// <summary><c>programDateType</c>: Kind as written (<c>CUST_DR_PROGRAM_ENROLLMENT_DATE</c>, ...).</summary>
    public string? ProgramDateType { get; init; }

    /// <summary><c>code</c>: The code.</summary>
    public string? Code { get; init; }

    /// <summary><c>name</c>: Name of the date.</summary>
    public string? Name { get; init; }

    /// <summary><c>note</c>: Free-form note.</summary>
    public string? Note { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(ProgramDateIdMapping);
}
