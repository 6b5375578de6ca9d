namespace GreenButton;

/// <summary>Customer <c>EndDevice</c>: a device at a <see cref="GreenButton.ServiceLocation"/> (a <see cref="Meter"/> is one).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0022", Justification = "Meter derives from it on purpose; the base has no protected members to expose.")]
public class EndDevice : Asset
{
    /// <inheritdoc/>
    public override string ResourceName => "EndDevice";

    /// <summary><c>isVirtual</c>.</summary>
    public bool? IsVirtual { get; init; }

    /// <summary><c>isPan</c>: a device of a home area network.</summary>
    public bool? IsPan { get; init; }

    /// <summary><c>installCode</c>: the code for joining a home area network.</summary>
    public string? InstallCode { get; init; }

    /// <summary><c>amrSystem</c>: the automated meter reading system.</summary>
    public string? AmrSystem { get; init; }

    /// <summary>The ServiceLocation it is installed at; set by <see cref="GreenButtonDocument"/>.</summary>
    public ServiceLocation? ServiceLocation { get; internal set; }
}
