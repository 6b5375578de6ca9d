using System.Collections.ObjectModel;

namespace GreenButton;

/// <summary>Shares the read-only quality lists of readings: nearly all carry one code, so one list per code serves them all.</summary>
internal static class ReadingQualities
{
    private const int CachedCodes = 128;
    private static readonly ReadOnlyCollection<ReadingQuality>?[] s_single = new ReadOnlyCollection<ReadingQuality>?[CachedCodes];

    public static ReadOnlyCollection<ReadingQuality> Single(int code)
    {
        if ((uint)code >= CachedCodes)
        {
            return new ReadOnlyCollection<ReadingQuality>([new ReadingQuality((QualityOfReading)code)]);
        }
        return s_single[code] ??= new ReadOnlyCollection<ReadingQuality>([new ReadingQuality((QualityOfReading)code)]);
    }

    public static ReadOnlyCollection<ReadingQuality> From(IEnumerable<ReadingQuality> qualities)
    {
        var array = qualities.ToArray();
        return array.Length == 1 ? Single((int)array[0].Quality) : new ReadOnlyCollection<ReadingQuality>(array);
    }
}
