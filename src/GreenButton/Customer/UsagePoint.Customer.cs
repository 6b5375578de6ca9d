namespace GreenButton;

/// <summary>The customer side of a UsagePoint: where it is and whose it is, when a customer feed names it.</summary>
public sealed partial class UsagePoint
{
    /// <summary>
    /// The ServiceLocation whose <c>UsagePoints</c> name this UsagePoint, when the document holds it (a customer feed, or a
    /// usage feed and a customer feed merged with <see cref="GreenButtonDocument.FromEntries"/>); set by <see cref="GreenButtonDocument"/>.
    /// </summary>
    public ServiceLocation? ServiceLocation { get; internal set; }

    /// <summary>The Customer of <see cref="ServiceLocation"/> (through its agreement and account), when the document holds them.</summary>
    public Customer? Customer => ServiceLocation?.Agreement?.Account?.Customer;
}
