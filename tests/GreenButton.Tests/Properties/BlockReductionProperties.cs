using CsCheck;

namespace GreenButton.Tests.Properties;

/// <summary>
/// The feed's first pass reduces a block's readings in one loop (<see cref="ReadingStatistics"/>'s span overload,
/// <see cref="BlockRun.Of"/>): it gives what adding the readings one by one gives, whatever their powers of ten,
/// costs, qualities, periods and order.
/// </summary>
public sealed class BlockReductionProperties
{
    private static readonly Gen<IntervalReading> s_reading =
        Gen.Select(Gen.Long[-3, 6], Gen.Int[0, 3], Gen.Long[-1_000, 1_000], Gen.Int[-2, 0], Gen.Int[0, 4], Gen.Bool)
            .Select((start, duration, value, power, extra, timed) => new IntervalReading(start * 900, duration * 450, value, true, value * 7, extra % 2 == 0,
                extra == 3 ? ReadingQualities.Single(19) : null, null, null, null, timed || extra == 1, null, (sbyte)power));

    [Fact]
    public void A_block_reduced_at_once_equals_its_readings_added_one_by_one() =>
        Gen.Select(s_reading.Array[0, 12], s_reading.Array[0, 6]).Sample((before, block) =>
        {
            var once = new ReadingStatistics();
            var each = new ReadingStatistics();
            once.Add(before.AsSpan());
            foreach (var reading in before)
            {
                each.Add(reading);
            }
            once.Add(block.AsSpan());
            var runs = new List<BlockRun>();
            foreach (var reading in block)
            {
                each.Add(reading);
                AddRun(runs, reading);
            }
            once.ToString().Should().Be(each.ToString());
            (once.Count, once.CostCount, once.QualityCount, once.PowerOfTen).Should().Be((each.Count, each.CostCount, each.QualityCount, each.PowerOfTen));
            once.Qualities.Should().BeEquivalentTo(each.Qualities);
            BlockRun.Of(block).Should().Equal(runs);
        }, iter: 5_000);

    /// <summary>The reference: a reading added to the runs one at a time, the rule <see cref="BlockRun.Of"/> keeps in locals.</summary>
    private static void AddRun(List<BlockRun> runs, in IntervalReading reading)
    {
        var untimed = !reading.HasTimePeriod;
        if (runs.Count > 0)
        {
            var last = runs[^1];
            if (last.Untimed == untimed && last.Duration == reading.DurationSeconds && last.End == reading.StartSeconds
                && (last.Duration != 0 || last.Start == reading.StartSeconds))
            {
                runs[^1] = last with { Count = last.Count + 1 };
                return;
            }
        }
        runs.Add(new BlockRun(reading.StartSeconds, reading.DurationSeconds, 1, untimed));
    }
}
