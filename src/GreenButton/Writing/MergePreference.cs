namespace GreenButton;

/// <summary>Which input wins when merged inputs disagree about one reading or resource.</summary>
public enum MergePreference
{
    /// <summary>The earlier input (in the order given) wins.</summary>
    First,

    /// <summary>The later input wins: a newer download corrects an older one.</summary>
    Last,
}
