namespace GreenButton;

/// <summary>ESPI customer <c>DemandResponseProgram</c>: a demand response program of a <see cref="CustomerAgreement"/>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record DemandResponseProgram
{
    /// <summary><c>programName</c>: Name of the program.</summary>
    public string? ProgramName { get; init; }

    /// <summary><c>enrollmentStatus</c>: Enrollment as written (<c>unenrolled</c>, <c>enrolled</c>, <c>enrolledPending</c>).</summary>
    public string? EnrollmentStatus { get; init; }

    /// <summary><c>programDescription</c>: Description of the program (a URI).</summary>
    public string? ProgramDescription { get; init; }

    /// <summary><c>programDate</c>: Dates of the program.</summary>
    public IReadOnlyList<ProgramDate> ProgramDates { get; init; } = [];

    /// <summary><c>capacityReservationLevel</c>: Capacity reserved.</summary>
    public SummaryMeasurement? CapacityReservationLevel { get; init; }

    /// <summary><c>DRProgramNomination</c>: Capacity nominated.</summary>
    public SummaryMeasurement? DRProgramNomination { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(DemandResponseProgram);
}
