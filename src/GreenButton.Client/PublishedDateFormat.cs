namespace GreenButton.Client;

/// <summary>How <c>published-min</c> and <c>published-max</c> are written in resource requests.</summary>
public enum PublishedDateFormat
{
    /// <summary>ESPI's <c>xs:dateTime</c> in whole seconds, UTC: <c>2024-01-01T00:00:00Z</c>.</summary>
    XsDateTime,

    /// <summary>Unix epoch seconds, as PG&amp;E Share My Data takes them: <c>1704067200</c>.</summary>
    UnixSeconds,
}
