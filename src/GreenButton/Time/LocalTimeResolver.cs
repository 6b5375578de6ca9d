namespace GreenButton;

/// <summary>
/// How local times that the clocks repeat or skip map to instants. The default resolves both (earlier occurrence,
/// shifted forward), as clocks and most utilities' files do; <see cref="Strict"/> rejects both.
/// </summary>
/// <param name="Ambiguous">For a local time that occurs twice.</param>
/// <param name="Skipped">For a local time that does not occur.</param>
public readonly record struct LocalTimeResolver(AmbiguousLocalTime Ambiguous, SkippedLocalTime Skipped)
{
    /// <summary>Earlier occurrence of a repeated time, forward shift of a skipped one (the default value).</summary>
    public static LocalTimeResolver Lenient => new(AmbiguousLocalTime.Earlier, SkippedLocalTime.ShiftForward);

    /// <summary>Rejects both repeated and skipped local times.</summary>
    public static LocalTimeResolver Strict => new(AmbiguousLocalTime.Reject, SkippedLocalTime.Reject);
}
