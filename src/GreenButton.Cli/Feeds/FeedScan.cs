namespace GreenButton.Cli.Feeds;

/// <summary>
/// One streaming pass over a Green Button input: every resource but the readings is kept (they are small), each
/// IntervalBlock is reduced to <see cref="BlockStats"/> and a copy without readings, then the links are resolved by
/// <see cref="GreenButtonDocument.FromEntries"/>. Memory is bounded by the number of entries, not by the number of readings.
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
        // The document resolves relative hrefs against the feed's self link; entries read one by one do not carry it.
        options = options with { SourceName = input.Name, BaseUri = options.BaseUri ?? (input.IsCsv ? null : FeedHeader.SelfLink(input)), OnDiagnostic = scan.Diagnostics.Add };
        var entries = new List<AtomEntry>();
        foreach (var entry in input.ReadEntries(options, progress))
        {
            cancellationToken.ThrowIfCancellationRequested();
            entries.Add(scan.Add(entry, entries.Count));
        }
        scan.Entries = entries.Count;
        var document = GreenButtonDocument.FromEntries(entries, options);
        scan.Diagnostics.AddRange(document.Diagnostics);
        scan.Link();
        scan.Measure();
        return scan;
    }

    /// <summary>Keeps the entry's resources as nodes; returns the entry to resolve, its IntervalBlocks without readings.</summary>
    private AtomEntry Add(AtomEntry entry, int order)
    {
        var hasBlocks = false;
        var resources = new EspiResource[entry.Resources.Count];
        for (var i = 0; i < resources.Length; i++)
        {
            var resource = resources[i] = entry.Resources[i];
            ResourceCounts[resource.ResourceName] = ResourceCounts.GetValueOrDefault(resource.ResourceName) + 1;
            FeedNode node;
            switch (resource)
            {
                case UsagePoint usagePoint:
                    var upNode = new UsagePointNode(usagePoint, order);
                    UsagePoints.Add(upNode);
                    node = upNode;
                    break;
                case MeterReading meterReading:
                    var mrNode = new MeterReadingNode(meterReading, order, MeterReadings.Count);
                    MeterReadings.Add(mrNode);
                    node = mrNode;
                    break;
                case IntervalBlock block:
                    hasBlocks = true;
                    var stats = BlockStats.Of(block);
                    var withoutReadings = new IntervalBlock
                    {
                        Interval = block.Interval, BatchItemInfo = block.BatchItemInfo, Line = block.Line, Column = block.Column,
                    };
                    resources[i] = withoutReadings;
                    var blockNode = new BlockNode(withoutReadings, order, Blocks.Count, stats);
                    Blocks.Add(blockNode);
                    IntervalReadings += stats.Count;
                    SumRawValue += stats.SumRaw;
                    SumRawCost += stats.SumCost;
                    ReadingQualities += stats.QualityCount;
                    node = blockNode;
                    break;
                default:
                    var other = new ResourceNode(resource, order);
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
        return !hasBlocks ? entry : new AtomEntry
        {
            Id = entry.Id, Title = entry.Title, Published = entry.Published, Updated = entry.Updated, Links = entry.Links,
            Resources = resources, Line = entry.Line, Column = entry.Column,
        };
    }

    /// <summary>Mirrors the graph the document resolved onto the nodes.</summary>
    private void Link()
    {
        var nodes = new Dictionary<EspiResource, FeedNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in Nodes)
        {
            nodes[node.Resource] = node;
        }
        foreach (var up in UsagePoints)
        {
            Adopt(up, up.MeterReadings, up.Resource.MeterReadings);
            Adopt(up, up.UsageSummaries, up.Resource.UsageSummaries);
            Adopt(up, up.PowerQualitySummaries, up.Resource.PowerQualitySummaries);
            if (up.Resource.LocalTimeParameters is { } time)
            {
                Use((ResourceNode)nodes[time], up);
            }
        }
        foreach (var mr in MeterReadings)
        {
            Adopt(mr, mr.Blocks, mr.Resource.IntervalBlocks);
            // An embedded ReadingType is no entry of its own: it has no node.
            if (mr.ReadingType is { } type && nodes.TryGetValue(type, out var typeNode))
            {
                Use((ResourceNode)typeNode, mr);
            }
        }

        void Adopt<T>(FeedNode parent, List<T> children, IEnumerable<EspiResource> resources) where T : FeedNode
        {
            foreach (var resource in resources)
            {
                var child = (T)nodes[resource];
                child.Parent = parent;
                children.Add(child);
            }
        }

        static void Use(ResourceNode target, FeedNode user)
        {
            target.Users++;
            target.Parent ??= user;
        }
    }

    /// <summary>
    /// Measures each meter reading's readings from its blocks' statistics. The document checks duplicates and overlaps
    /// over the readings, which the copies it resolved do not hold: they are reported here, as it reports them.
    /// </summary>
    private void Measure()
    {
        long duplicates = 0, overlaps = 0;
        BlockNode? firstDuplicate = null, firstOverlap = null;
        foreach (var mr in MeterReadings)
        {
            mr.InDocumentOrder = ReadingSequence.InDocumentOrder(mr);
            var sequence = mr.Sequence = ReadingSequence.Of(mr);
            duplicates += sequence.Duplicates;
            overlaps += sequence.Overlaps;
            firstDuplicate ??= sequence.Duplicates > 0 ? mr.Blocks[0] : null;
            firstOverlap ??= sequence.Overlaps > 0 ? mr.Blocks[0] : null;
        }
        Report(DiagnosticCodes.DuplicateReading, "IntervalReadings of one MeterReading share a start time (duplicates); all are kept.", firstDuplicate, duplicates);
        Report(DiagnosticCodes.OverlappingReading, "IntervalReadings of one MeterReading overlap in time; all are kept.", firstOverlap, overlaps);
    }

    private void Report(string code, string message, BlockNode? first, long count)
    {
        if (first is null)
        {
            return;
        }
        Diagnostics.Add(new GreenButtonDiagnostic(DiagnosticSeverity.Warning, code, message)
        {
            Source = Name, Line = first.Resource.Line, Column = first.Resource.Column, EntryId = first.EntryId, Count = (int)Math.Min(count, int.MaxValue),
        });
    }
}
