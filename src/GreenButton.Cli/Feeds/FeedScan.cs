namespace GreenButton.Cli.Feeds;

/// <summary>
/// One streaming pass over a Green Button input: every resource but the readings is kept (they are small), each
/// IntervalBlock is reduced to <see cref="BlockStats"/>, then the links are resolved by the document's rules.
/// Memory is bounded by the number of entries, not by the number of readings.
/// </summary>
internal sealed class FeedScan
{
    private FeedScan(string name) => Name = name;

    public string Name { get; }

    /// <summary>Every resource, in document order.</summary>
    public List<FeedNode> Nodes { get; } = [];

    public List<UsagePointNode> UsagePoints { get; } = [];

    public List<MeterReadingNode> MeterReadings { get; } = [];

    public List<ResourceNode> ReadingTypes { get; } = [];

    public List<ResourceNode> LocalTimeParameters { get; } = [];

    public List<ResourceNode> UsageSummaries { get; } = [];

    public List<ResourceNode> PowerQualitySummaries { get; } = [];

    public List<BlockNode> Blocks { get; } = [];

    /// <summary>Resources by name, as the document counts them.</summary>
    public SortedDictionary<string, int> ResourceCounts { get; } = new(StringComparer.Ordinal);

    public List<GreenButtonDiagnostic> Diagnostics { get; } = [];

    public long IntervalReadings { get; private set; }

    public long SumRawValue { get; private set; }

    public long SumRawCost { get; private set; }

    public long ReadingQualities { get; private set; }

    public int Entries { get; private set; }

    /// <summary>Reads <paramref name="input"/> once and resolves its links.</summary>
    /// <exception cref="GreenButtonException">The input is unreadable, malformed, or (strict) holds invalid data.</exception>
    public static FeedScan Read(InputFile input, GreenButtonReaderOptions options, Action<long>? progress, CancellationToken cancellationToken)
    {
        var scan = new FeedScan(input.Name);
        var baseUri = FeedHeader.SelfLink(input);
        options = options with { SourceName = input.Name, OnDiagnostic = scan.Diagnostics.Add };
        using (var stream = input.Open(progress))
        {
            var order = 0;
            foreach (var entry in GreenButtonReader.ReadEntries(stream, options))
            {
                cancellationToken.ThrowIfCancellationRequested();
                scan.Add(entry, order++);
            }
            scan.Entries = order;
        }
        FeedResolver.Resolve(scan, baseUri);
        return scan;
    }

    private void Add(AtomEntry entry, int order)
    {
        foreach (var resource in entry.Resources)
        {
            ResourceCounts[resource.ResourceName] = ResourceCounts.GetValueOrDefault(resource.ResourceName) + 1;
            FeedNode node;
            switch (resource)
            {
                case UsagePoint usagePoint:
                    var upNode = new UsagePointNode(usagePoint, order, entry);
                    UsagePoints.Add(upNode);
                    node = upNode;
                    break;
                case MeterReading meterReading:
                    var mrNode = new MeterReadingNode(meterReading, order, entry, MeterReadings.Count);
                    MeterReadings.Add(mrNode);
                    node = mrNode;
                    break;
                case IntervalBlock block:
                    var blockNode = new BlockNode(order, entry, Blocks.Count, block);
                    Blocks.Add(blockNode);
                    IntervalReadings += blockNode.Stats.Count;
                    SumRawValue += blockNode.Stats.SumRaw;
                    SumRawCost += blockNode.Stats.SumCost;
                    ReadingQualities += blockNode.Stats.QualityCount;
                    node = blockNode;
                    break;
                default:
                    var other = new ResourceNode(resource, order, entry);
                    var list = resource switch
                    {
                        ReadingType _ => ReadingTypes,
                        GreenButton.LocalTimeParameters _ => LocalTimeParameters,
                        UsageSummary _ => UsageSummaries,
                        ElectricPowerQualitySummary _ => PowerQualitySummaries,
                        _ => null,
                    };
                    list?.Add(other);
                    node = other;
                    break;
            }
            Nodes.Add(node);
        }
    }
}
