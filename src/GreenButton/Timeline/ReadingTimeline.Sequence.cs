namespace GreenButton;

public sealed partial class ReadingTimeline
{
    /// <summary>
    /// The sequence rule over readings taken in start order: each reading against the previous start (a duplicate) and
    /// the latest end so far (an overlap before it, a gap after it, beyond the tolerance). Instantaneous readings come
    /// in with the period they stand for as their duration. The validator runs it too (block by block, keeping the first
    /// gaps and repeated starts for its DST check), so both say the same of the same readings.
    /// </summary>
    internal sealed class Sequence(long tolerance, int keep = 0)
    {
        private bool _stepped;
        private long _previousStart = long.MinValue;
        private long _maxEnd = long.MinValue;
        private long _duplicates;
        private long _overlaps;
        private long _gaps;
        private long _missing;

        /// <summary>The first <c>keep</c> gaps (from the end of the readings before, for how many seconds).</summary>
        public List<(long Start, long Length)> FirstGaps { get; } = [];

        /// <summary>The first <c>keep</c> starts that repeat the previous reading's.</summary>
        public List<long> FirstDuplicateStarts { get; } = [];

        public long Duplicates => _duplicates;
        public long Overlaps => _overlaps;
        public long Gaps => _gaps;

        /// <summary>The latest end so far (an instantaneous reading's by its period); <see cref="long.MinValue"/> before any.</summary>
        public long MaxEnd => _maxEnd;

        public Figures Figures(long instantPeriod) => new(_duplicates, _overlaps, _gaps, _missing, instantPeriod);

        /// <summary>A run: the first reading against what came before, the rest against each other.</summary>
        public void Add(long start, long step, long duration, long count)
        {
            Step(start, duration);
            if (count == 1)
            {
                return;
            }
            if (step == 0)
            {
                _duplicates += count - 1;
                return;
            }
            if (_maxEnd <= start + duration && keep == 0)
            {
                // Nothing earlier reaches past the run's first reading: each next one meets the one before alike.
                var spacing = step - duration;
                if (spacing > tolerance)
                {
                    _gaps += count - 1;
                    _missing += spacing * (count - 1);
                }
                else if (spacing < -tolerance)
                {
                    _overlaps += count - 1;
                }
                _previousStart = start + (step * (count - 1));
                _maxEnd = _previousStart + duration;
                return;
            }
            for (long k = 1; k < count; k++)
            {
                Step(start + (step * k), duration);
            }
        }

        public void Step(long start, long duration)
        {
            if (_stepped)
            {
                switch (Follow(start, _previousStart, _maxEnd, tolerance))
                {
                    case Contiguity.Duplicate:
                        _duplicates++;
                        if (FirstDuplicateStarts.Count < keep)
                        {
                            FirstDuplicateStarts.Add(start);
                        }
                        break;
                    case Contiguity.Overlap:
                        _overlaps++;
                        break;
                    case Contiguity.Gap:
                        _gaps++;
                        _missing += start - _maxEnd;
                        if (FirstGaps.Count < keep)
                        {
                            FirstGaps.Add((_maxEnd, start - _maxEnd));
                        }
                        break;
                }
            }
            _stepped = true;
            _previousStart = start;
            _maxEnd = Math.Max(_maxEnd, start + duration);
        }
    }

    /// <summary>
    /// The one contiguity rule: how a reading starting at <paramref name="start"/> meets the readings before it, the
    /// previous one starting at <paramref name="previousStart"/> and all of them ending by <paramref name="maxEnd"/>.
    /// </summary>
    internal static Contiguity Follow(long start, long previousStart, long maxEnd, long tolerance)
        => start == previousStart ? Contiguity.Duplicate
            : start < maxEnd - tolerance ? Contiguity.Overlap
            : start > maxEnd + tolerance ? Contiguity.Gap
            : Contiguity.Follows;

    /// <summary>
    /// The period instantaneous readings stand for when it is known before their spacing is: the options' period, else a
    /// positive interval length; null when it must come from the spacing.
    /// </summary>
    internal static long? KnownInstantPeriod(long? intervalLength, ReadingTimelineOptions options)
        => options.InstantPeriodSeconds ?? (intervalLength is > 0 ? intervalLength : null);

    /// <summary>How a reading meets the readings before it (see <see cref="Follow"/>).</summary>
    internal enum Contiguity
    {
        /// <summary>It starts where they end, within the tolerance.</summary>
        Follows,

        /// <summary>It starts when the previous one did.</summary>
        Duplicate,

        /// <summary>It starts more than the tolerance before they end.</summary>
        Overlap,

        /// <summary>It starts more than the tolerance after they end.</summary>
        Gap,
    }
}
