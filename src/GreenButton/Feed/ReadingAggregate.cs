namespace GreenButton;

/// <summary>
/// The readings of one series in one local hour, day or month (<see cref="GreenButtonFeed.Aggregate"/>): a reading
/// belongs to the period holding its start. Periods are DST-correct: a local day lasts 23 or 25 hours when the clocks change.
/// </summary>
public sealed class ReadingAggregate
{
    internal ReadingAggregate(ReadingSeries series, long startSeconds, long endSeconds)
    {
        Series = series;
        StartSeconds = startSeconds;
        EndSeconds = endSeconds;
    }

    /// <summary>The meter reading whose readings these are.</summary>
    public ReadingSeries Series { get; }

    /// <summary>The period's start, Unix seconds UTC.</summary>
    public long StartSeconds { get; }

    /// <summary>The period's end (exclusive), Unix seconds UTC.</summary>
    public long EndSeconds { get; }

    /// <summary>The period's length in seconds (3600 for most hours; 82800, 86400 or 90000 for days).</summary>
    public long DurationSeconds => EndSeconds - StartSeconds;

    /// <summary>The UTC offset of local time at the start; null without LocalTimeParameters.</summary>
    public TimeSpan? UtcOffset => Series.LocalTimeParameters?.GetUtcOffset(EspiTime.FromUnixSeconds(StartSeconds));

    /// <summary>The start in local time (with its offset), or in UTC without LocalTimeParameters.</summary>
    public DateTimeOffset Start => EspiTime.FromUnixSeconds(StartSeconds).ToOffset(UtcOffset ?? TimeSpan.Zero);

    /// <summary>What the period's readings add up to.</summary>
    public ReadingStatistics Statistics { get; } = new();

    /// <summary>The readings' value scaled by the ReadingType: the sum of <see cref="SeriesReading.Value"/>; null when the series has no ReadingType.</summary>
    public decimal? Value => Series.ReadingType is null ? null : Series.Scale(Statistics.SumValue, Statistics.PowerOfTen);

    /// <summary>The readings' total cost in the currency (the sum of their <see cref="IntervalReading.CostAmount"/>); null when none carries a cost.</summary>
    public decimal? Cost { get; private set; }

    /// <summary>Every ReadingQuality code of the readings, in ascending order, each once.</summary>
    public IReadOnlyList<QualityOfReading> Qualities => [.. Statistics.Qualities.Keys.Order()];

    /// <summary>The readings' time-of-use tier when they all share one; null when they differ or carry none.</summary>
    public short? Tou => _mixedTou ? null : _tou;

    /// <summary>Whether it is the last aggregate of its series: no more will come for <see cref="Series"/>.</summary>
    public bool EndsSeries { get; internal set; }

    private short? _tou;
    private bool _mixedTou;

    internal void Add(in IntervalReading reading)
    {
        if (Statistics.Count == 0)
        {
            _tou = reading.Tou;
        }
        else if (_tou != reading.Tou)
        {
            _mixedTou = true;
        }
        if (reading.CostAmount is { } cost)
        {
            Cost = (Cost ?? 0) + cost;
        }
        Statistics.Add(reading);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Start:yyyy-MM-ddTHH:mm:sszzz} +{DurationSeconds}s: {Statistics.Count} readings, sum {Statistics.SumValue}";
}
