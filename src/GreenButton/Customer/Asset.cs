namespace GreenButton;

/// <summary>Customer <c>Asset</c> (and <c>AssetContainer</c>): the fields every <see cref="EndDevice"/> has.</summary>
public abstract class Asset : CustomerResource
{
    private protected Asset() { }

    /// <summary><c>type</c>: utility-specific kind of asset (meter model, ...).</summary>
    public string? Type { get; init; }

    /// <summary><c>utcNumber</c>: the uniform tracking code.</summary>
    public string? UtcNumber { get; init; }

    /// <summary><c>serialNumber</c>.</summary>
    public string? SerialNumber { get; init; }

    /// <summary><c>lotNumber</c>.</summary>
    public string? LotNumber { get; init; }

    /// <summary><c>purchasePrice</c> (Int48).</summary>
    public long? PurchasePrice { get; init; }

    /// <summary><c>critical</c>.</summary>
    public bool? Critical { get; init; }

    /// <summary><c>electronicAddress</c>.</summary>
    public ElectronicAddress? ElectronicAddress { get; init; }

    /// <summary><c>lifecycle</c>.</summary>
    public LifecycleDate? Lifecycle { get; init; }

    /// <summary><c>acceptanceTest</c>.</summary>
    public AcceptanceTest? AcceptanceTest { get; init; }

    /// <summary><c>initialCondition</c>.</summary>
    public string? InitialCondition { get; init; }

    /// <summary><c>initialLossOfLife</c>, per cent.</summary>
    public long? InitialLossOfLife { get; init; }

    /// <summary><c>status</c>.</summary>
    public Status? Status { get; init; }
}
