namespace GreenButton;

/// <summary>ESPI customer <c>LifecycleDate</c>: the dates in the life of an <see cref="Asset"/>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record LifecycleDate
{
    /// <summary><c>manufacturedDate</c>: Manufactured.</summary>
    public DateTimeOffset? ManufacturedDate { get; init; }

    /// <summary><c>purchaseDate</c>: Purchased.</summary>
    public DateTimeOffset? PurchaseDate { get; init; }

    /// <summary><c>receivedDate</c>: Received.</summary>
    public DateTimeOffset? ReceivedDate { get; init; }

    /// <summary><c>installationDate</c>: Installed.</summary>
    public DateTimeOffset? InstallationDate { get; init; }

    /// <summary><c>removalDate</c>: Removed.</summary>
    public DateTimeOffset? RemovalDate { get; init; }

    /// <summary><c>retiredDate</c>: Retired.</summary>
    public DateTimeOffset? RetiredDate { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(LifecycleDate);
}
