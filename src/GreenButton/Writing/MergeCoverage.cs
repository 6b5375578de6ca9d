namespace GreenButton;

/// <summary>
/// The time one input's blocks of one meter reading cover, as sorted disjoint runs (touching ranges joined): its size
/// grows with the gaps between blocks, not with the blocks, so a year of daily blocks is one run.
/// </summary>
internal sealed class MergeCoverage
{
    private readonly List<(long Start, long End)> _runs = [];

    /// <summary>Adds the range [<paramref name="start"/>, <paramref name="end"/>], joining the runs it meets or touches.</summary>
    public void Add(long start, long end)
    {
        // The first run that ends at or after start; the runs from there that start at or before end are joined.
        var low = 0;
        var high = _runs.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_runs[mid].End < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        var last = low;
        while (last < _runs.Count && _runs[last].Start <= end)
        {
            start = Math.Min(start, _runs[last].Start);
            end = Math.Max(end, _runs[last].End);
            last++;
        }
        if (last - low == 1)
        {
            _runs[low] = (start, end);
            return;
        }
        _runs.RemoveRange(low, last - low);
        _runs.Insert(low, (start, end));
    }

    /// <summary>Whether a block spanning [<paramref name="start"/>, <paramref name="end"/>) overlaps the covered time.</summary>
    public bool Meets(long start, long end)
    {
        // Touching ends do not overlap; a zero-length block meets what contains its instant.
        var low = 0;
        var high = _runs.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var (s, e) = _runs[mid];
            if (e <= start && !(s == e && s == start))
            {
                low = mid + 1;
            }
            else if (s >= end && !(start == end && s == start))
            {
                high = mid - 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }
}
