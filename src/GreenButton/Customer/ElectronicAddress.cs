namespace GreenButton;

/// <summary>ESPI customer <c>ElectronicAddress</c>: e-mail, web, network addresses and a login. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record ElectronicAddress
{
    /// <summary><c>lan</c>: Local area network address.</summary>
    public string? Lan { get; init; }

    /// <summary><c>mac</c>: MAC address.</summary>
    public string? Mac { get; init; }

    /// <summary><c>email1</c>: Primary e-mail address.</summary>
    public string? Email1 { get; init; }

    /// <summary><c>email2</c>: Alternate e-mail address.</summary>
    public string? Email2 { get; init; }

    /// <summary><c>web</c>: World wide web address.</summary>
    public string? Web { get; init; }

    /// <summary><c>radio</c>: Radio address.</summary>
    public string? Radio { get; init; }

    /// <summary><c>userID</c>: User id for a login.</summary>
    public string? UserId { get; init; }

    /// <summary><c>password</c>: Password for a login.</summary>
    public string? Password { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(ElectronicAddress);
}
