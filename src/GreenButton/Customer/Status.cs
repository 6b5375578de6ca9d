namespace GreenButton;

/// <summary>ESPI customer <c>Status</c>: a state with when and why it was reached. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record Status
{
    /// <summary><c>value</c>: The status as written (<c>Active</c>, ...).</summary>
    public string? Value { get; init; }

    /// <summary><c>dateTime</c>: When the status was reached.</summary>
    public DateTimeOffset? DateTime { get; init; }

    /// <summary><c>remark</c>: Free-form remark.</summary>
    public string? Remark { get; init; }

    /// <summary><c>reason</c>: Why the status changed.</summary>
    public string? Reason { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(Status);
}
