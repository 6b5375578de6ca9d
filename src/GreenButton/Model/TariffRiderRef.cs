namespace GreenButton;

/// <summary>ESPI <c>tariffRiderRef</c>: a tariff rider a customer is enrolled in.</summary>
public sealed record TariffRiderRef
{
    /// <summary><c>riderType</c>.</summary>
    public string? RiderType { get; init; }

    /// <summary><c>enrollmentStatus</c> as written (<c>unenrolled</c>, <c>enrolled</c>, <c>enrolledPending</c>).</summary>
    public string? EnrollmentStatus { get; init; }

    /// <summary><c>effectiveDate</c>.</summary>
    public DateTimeOffset? EffectiveDate { get; init; }
}
