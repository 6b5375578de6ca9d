namespace GreenButton.Cli.Export;

/// <summary>The row granularity of an export.</summary>
internal enum ExportInterval
{
    /// <summary>One row per reading.</summary>
    Raw,

    /// <summary>Local hours (the two 01:00 hours of a fall-back night are two rows).</summary>
    Hour,

    /// <summary>Local days: 23 or 25 hours on DST change days.</summary>
    Day,

    /// <summary>Local calendar months.</summary>
    Month,
}
