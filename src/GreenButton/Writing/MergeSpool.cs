using System.Buffers.Binary;

namespace GreenButton;

/// <summary>
/// The readings of the merger's contested blocks, on disk: each reading goes to one of a number of partition files by
/// (meter reading, start), so every occurrence of one start lands in one partition, which is then resolved alone in
/// memory. Memory is one partition's readings, whatever the inputs' size; the partitions are sized from the count of
/// contested readings, known before any is written.
/// </summary>
internal sealed class MergeSpool : IDisposable
{
    /// <summary>Readings per partition aimed at: about 12 MB of records and sort keys in memory.</summary>
    internal const int PartitionReadings = 1 << 18;

    private const int MaxPartitions = 256;
    private const int RecordSize = 41;

    private readonly string _folder;
    private readonly FileStream[] _partitions;
    private readonly byte[] _record = new byte[RecordSize];

    public MergeSpool(string folder, long readings, int partitionReadings)
    {
        _folder = folder;
        var per = partitionReadings > 0 ? partitionReadings : PartitionReadings;
        var count = (int)Math.Clamp((readings + per - 1) / per, 1, MaxPartitions);
        _partitions = new FileStream[count];
        for (var i = 0; i < count; i++)
        {
            _partitions[i] = Create(PartitionPath(i));
        }
    }

    /// <summary>One spooled reading: who it is (<see cref="Sequence"/>: its place in the write order), where, and what it holds.</summary>
    internal readonly record struct Record(long Sequence, int Series, long Start, int Input, long Value, long Cost, bool HasValue, bool HasCost);

    /// <summary>What resolving found: the readings to leave out (in write order, for <see cref="Losers"/>) and the conflicts.</summary>
    internal readonly record struct Conflict(Record Kept, Record Dropped);

    public int PartitionCount => _partitions.Length;

    public void Add(long sequence, int series, in IntervalReading reading, int input)
    {
        var span = _record.AsSpan();
        BinaryPrimitives.WriteInt64LittleEndian(span, sequence);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], series);
        BinaryPrimitives.WriteInt64LittleEndian(span[12..], reading.StartSeconds);
        BinaryPrimitives.WriteInt32LittleEndian(span[20..], input);
        BinaryPrimitives.WriteInt64LittleEndian(span[24..], reading.Value);
        BinaryPrimitives.WriteInt64LittleEndian(span[32..], reading.Cost ?? 0);
        span[40] = (byte)((reading.HasValue ? 1 : 0) | (reading.Cost is null ? 0 : 2));
        _partitions[Partition(series, reading.StartSeconds)].Write(span);
    }

    private int Partition(int series, long start)
    {
        var hash = (ulong)start * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)series * 0xC2B2AE3D27D4EB4FUL);
        return (int)((hash ^ (hash >> 29)) % (ulong)_partitions.Length);
    }

    /// <summary>
    /// Resolves each partition: per (meter reading, start) the first reading by <paramref name="priority"/> wins; every other
    /// is written to the partition's loser file (sorted by sequence) and, when its value or cost differs, reported to
    /// <paramref name="conflict"/>. Returns the number of readings left out.
    /// </summary>
    public long Resolve(Func<Record, (int Rank, long Sequence)> priority, Action<Conflict> conflict)
    {
        long losers = 0;
        var bytes = new byte[8];
        for (var p = 0; p < _partitions.Length; p++)
        {
            var records = Load(_partitions[p]);
            _partitions[p].Dispose();
            File.Delete(PartitionPath(p));
            var keys = new (int Series, long Start, int Rank, long Sequence)[records.Length];
            for (var i = 0; i < records.Length; i++)
            {
                var (rank, sequence) = priority(records[i]);
                keys[i] = (records[i].Series, records[i].Start, rank, sequence);
            }
            Array.Sort(keys, records);
            var lost = new List<long>();
            for (var i = 0; i < records.Length;)
            {
                var winner = records[i];
                var j = i + 1;
                for (; j < records.Length && keys[j].Series == keys[i].Series && keys[j].Start == keys[i].Start; j++)
                {
                    var dropped = records[j];
                    lost.Add(dropped.Sequence);
                    if (dropped.Value != winner.Value || dropped.HasValue != winner.HasValue || dropped.HasCost != winner.HasCost || (dropped.HasCost && dropped.Cost != winner.Cost))
                    {
                        conflict(new Conflict(winner, dropped));
                    }
                }
                i = j;
            }
            lost.Sort();
            losers += lost.Count;
            using var file = Create(LoserPath(p));
            foreach (var sequence in lost)
            {
                BinaryPrimitives.WriteInt64LittleEndian(bytes, sequence);
                file.Write(bytes);
            }
        }
        return losers;
    }

    /// <summary>The sequences of the readings left out, ascending: the partitions' loser files merged.</summary>
    public IEnumerable<long> Losers()
    {
        var files = new List<FileStream>();
        try
        {
            var queue = new PriorityQueue<int, long>();
            var buffer = new byte[8];
            for (var p = 0; p < _partitions.Length; p++)
            {
                files.Add(new FileStream(LoserPath(p), FileMode.Open, FileAccess.Read, FileShare.None, 1 << 12, FileOptions.SequentialScan));
                if (Next(files[p], buffer) is { } first)
                {
                    queue.Enqueue(p, first);
                }
            }
            while (queue.TryDequeue(out var p, out var sequence))
            {
                yield return sequence;
                if (Next(files[p], buffer) is { } next)
                {
                    queue.Enqueue(p, next);
                }
            }
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }
    }

    private static long? Next(FileStream file, byte[] buffer)
    {
        if (file.Read(buffer, 0, 8) is var read && read == 0)
        {
            return null;
        }
        file.ReadExactly(buffer, read, 8 - read);
        return BinaryPrimitives.ReadInt64LittleEndian(buffer);
    }

    private static Record[] Load(FileStream file)
    {
        file.Flush();
        var records = new Record[file.Length / RecordSize];
        file.Position = 0;
        var bytes = new byte[RecordSize * 4096];
        var count = 0;
        while (count < records.Length)
        {
            var batch = (int)Math.Min(4096, records.Length - count);
            file.ReadExactly(bytes, 0, batch * RecordSize);
            for (var i = 0; i < batch; i++)
            {
                var r = bytes.AsSpan(i * RecordSize, RecordSize);
                records[count++] = new Record(BinaryPrimitives.ReadInt64LittleEndian(r), BinaryPrimitives.ReadInt32LittleEndian(r[8..]),
                    BinaryPrimitives.ReadInt64LittleEndian(r[12..]), BinaryPrimitives.ReadInt32LittleEndian(r[20..]), BinaryPrimitives.ReadInt64LittleEndian(r[24..]),
                    BinaryPrimitives.ReadInt64LittleEndian(r[32..]), (r[40] & 1) != 0, (r[40] & 2) != 0);
            }
        }
        return records;
    }

    private string PartitionPath(int p) => Path.Combine(_folder, $"readings-{p}.bin");

    private string LoserPath(int p) => Path.Combine(_folder, $"losers-{p}.bin");

    private static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 12);

    public void Dispose()
    {
        foreach (var partition in _partitions)
        {
            partition.Dispose();
        }
    }
}
