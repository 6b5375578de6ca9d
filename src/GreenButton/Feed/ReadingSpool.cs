using System.Collections.ObjectModel;

namespace GreenButton;

/// <summary>
/// The readings of every IntervalBlock of a feed, written in a compact binary form to a temporary file during the first
/// pass, so that later passes read them back without parsing the XML again (about 40 bytes a reading, on disk).
/// </summary>
internal sealed class ReadingSpool : IDisposable
{
    [Flags]
    private enum Has : byte
    {
        Value = 1,
        Cost = 2,
        TimePeriod = 4,
        Tier = 8,
        Tou = 16,
        Cpp = 32,
        PowerOfTen = 64,
    }

    private readonly string _path;
    private FileStream? _file;
    private BinaryWriter? _writer;

    public ReadingSpool()
    {
        _path = Path.Combine(Path.GetTempPath(), $"greenbutton-readings-{Guid.NewGuid():N}.bin");
        _file = new FileStream(_path, FileMode.CreateNew, FileAccess.Write, FileShare.None, GreenButtonReader.FileBufferSize);
        _writer = new BinaryWriter(_file);
    }

    /// <summary>Appends a block's readings; returns where they start, for <see cref="Read"/>.</summary>
    public long Write(ReadOnlySpan<IntervalReading> readings)
    {
        var w = _writer!;
        // The file's own position (its buffer counted): BinaryWriter.BaseStream would flush the buffer on every block.
        var offset = _file!.Position;
        w.Write(readings.Length);
        foreach (ref readonly var r in readings)
        {
            var has = (r.HasValue ? Has.Value : 0) | (r.Cost.HasValue ? Has.Cost : 0) | (r.HasTimePeriod ? Has.TimePeriod : 0)
                | (r.ConsumptionTier.HasValue ? Has.Tier : 0) | (r.Tou.HasValue ? Has.Tou : 0) | (r.Cpp.HasValue ? Has.Cpp : 0) | (r.ValuePowerOfTen != 0 ? Has.PowerOfTen : 0);
            w.Write((byte)has);
            w.Write(r.StartSeconds);
            w.Write(r.DurationSeconds);
            w.Write(r.Value);
            if (r.Cost is { } cost)
            {
                w.Write(cost);
            }
            if (r.ConsumptionTier is { } tier)
            {
                w.Write(tier);
            }
            if (r.Tou is { } tou)
            {
                w.Write(tou);
            }
            if (r.Cpp is { } cpp)
            {
                w.Write(cpp);
            }
            if (r.ValuePowerOfTen != 0)
            {
                w.Write((sbyte)r.ValuePowerOfTen);
            }
            var qualities = r.Qualities;
            w.Write7BitEncodedInt(qualities.Count);
            foreach (var quality in qualities)
            {
                w.Write((int)quality.Quality);
                w.Write(quality.Text is not null);
                if (quality.Text is { } text)
                {
                    w.Write(text);
                }
            }
        }
        return offset;
    }

    /// <summary>Ends the writing; the spool can then be read, any number of times.</summary>
    public void Complete()
    {
        _writer?.Dispose();
        _writer = null;
        _file = null;
    }

    /// <summary>
    /// Reads back the blocks written at <paramref name="offsets"/> (from <see cref="Write"/>), in that order: each as an array of
    /// readings, each reading given <paramref name="originOf"/>'s origin. Blocks written but not listed (read inside a
    /// resource the lenient parser then skipped) are skipped.
    /// </summary>
    public IEnumerable<IntervalReading[]> Read(IReadOnlyList<long> offsets, Func<int, ReadingOrigin?> originOf)
    {
        using var reader = new BinaryReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, GreenButtonReader.FileBufferSize, FileOptions.SequentialScan));
        var stream = reader.BaseStream;
        for (var block = 0; block < offsets.Count; block++)
        {
            if (stream.Position != offsets[block])
            {
                stream.Position = offsets[block]; // BinaryReader reads no further ahead than the value it returns
            }
            var origin = originOf(block);
            var readings = new IntervalReading[reader.ReadInt32()];
            for (var i = 0; i < readings.Length; i++)
            {
                var has = (Has)reader.ReadByte();
                var start = reader.ReadInt64();
                var duration = reader.ReadInt64();
                var value = reader.ReadInt64();
                var cost = (has & Has.Cost) != 0 ? reader.ReadInt64() : 0;
                short? tier = (has & Has.Tier) != 0 ? reader.ReadInt16() : null;
                short? tou = (has & Has.Tou) != 0 ? reader.ReadInt16() : null;
                short? cpp = (has & Has.Cpp) != 0 ? reader.ReadInt16() : null;
                var power = (has & Has.PowerOfTen) != 0 ? reader.ReadSByte() : (sbyte)0;
                readings[i] = new IntervalReading(start, duration, value, (has & Has.Value) != 0, cost, (has & Has.Cost) != 0, Qualities(reader),
                    tier, tou, cpp, (has & Has.TimePeriod) != 0, origin, power);
            }
            yield return readings;
        }
    }

    private static ReadOnlyCollection<ReadingQuality>? Qualities(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return null;
        }
        var qualities = new ReadingQuality[count];
        var texts = false;
        for (var i = 0; i < count; i++)
        {
            var code = (QualityOfReading)reader.ReadInt32();
            var text = reader.ReadBoolean() ? reader.ReadString() : null;
            texts |= text is not null;
            qualities[i] = new ReadingQuality(code) { Text = text };
        }
        return count == 1 && !texts ? ReadingQualities.Single((int)qualities[0].Quality) : new ReadOnlyCollection<ReadingQuality>(qualities);
    }

    public void Dispose()
    {
        Complete();
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
            // a pass still reading it: the temp folder's cleaning will take it
        }
    }
}
