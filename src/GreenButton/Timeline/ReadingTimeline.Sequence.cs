namespace GreenButton;

public sealed partial class ReadingTimeline
{
    /// <summary>
    /// The sequence rule over readings taken in start order: each reading against the previous start (a duplicate) and
    /// the latest end so far (an overlap before it, a gap after it, beyond the tolerance). Instantaneous readings come
    /// in with the period they stand for as their duration.
    /// </summary>
    private sealed class Sequence(long tolerance)
    {
        private bool _stepped;
        private long _previousStart = long.MinValue;
        private long _maxEnd = long.MinValue;
        private long _duplicates;
        private long _overlaps;
        private long _gaps;
        private long _missing;

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
            if (_maxEnd <= start + duration)
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
                if (start == _previousStart)
                {
                    _duplicates++;
                }
                else if (start < _maxEnd - tolerance)
                {
                    _overlaps++;
                }
                else if (start > _maxEnd + tolerance)
                {
                    _gaps++;
                    _missing += start - _maxEnd;
                }
            }
            _stepped = true;
            _previousStart = start;
            _maxEnd = Math.Max(_maxEnd, start + duration);
        }
    }
}
