namespace GreenButton;

/// <summary>ESPI customer <c>AccountNotification</c>: a notice sent to the holder of a <see cref="CustomerAccount"/>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record AccountNotification
{
    /// <summary><c>methodKind</c>: How it was sent, as written (<c>call</c>, <c>email</c>, <c>letter</c>, <c>ivr</c>, <c>other</c>).</summary>
    public string? MethodKind { get; init; }

    /// <summary><c>time</c>: When it was sent.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary><c>note</c>: Free-form note.</summary>
    public string? Note { get; init; }

    /// <summary><c>customerNotificationKind</c>: Kind of notice (utility-specific).</summary>
    public string? CustomerNotificationKind { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(AccountNotification);
}
