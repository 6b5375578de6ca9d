namespace GreenButton;

/// <summary>Where the function blocks a validation checked came from (<see cref="GreenButtonValidationResult.FunctionBlockSource"/>).</summary>
public enum FunctionBlockSource
{
    /// <summary>No claim and no option: common (1) and interval metering (4), plus usage summaries (15) and power quality (17) when the feed holds them.</summary>
    Default,

    /// <summary>The feed's own claim: the <c>FB=</c> part of an ApplicationInformation or Authorization scope.</summary>
    Claimed,

    /// <summary>Given by <see cref="GreenButtonValidationOptions.FunctionBlocks"/>.</summary>
    Option,
}
