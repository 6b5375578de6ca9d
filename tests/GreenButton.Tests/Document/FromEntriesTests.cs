using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.Document;

/// <summary>
/// <see cref="GreenButtonDocument.FromEntries"/> resolves entries already streamed exactly as <see cref="GreenButtonDocument.Load(string, GreenButtonReaderOptions)"/>
/// resolves the file, records how each resource was attached, and accepts IntervalBlocks copied without their readings.
/// </summary>
public sealed class FromEntriesTests
{
    private const long H = 3600;
    private static readonly long s_t0 = Fixture.June1;

    public static TheoryData<string> FixtureFiles() =>
        ["usage.xml", "usage-point-full.xml", "summaries.xml", "pge-prefixed.xml", "third-party.xml", "single-entry.xml", "bare-interval-block.xml", "batch-list.xml"];

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Streamed_entries_resolve_as_the_loaded_file(string name) => ShouldResolveAsLoaded(Fixture.PathOf(name), default);

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Streamed_corpus_entries_resolve_as_the_loaded_file(string file)
        => ShouldResolveAsLoaded(SharedCorpus.PathOf(file), new GreenButtonReaderOptions { Lenient = true });

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Blocks_copied_without_readings_resolve_as_the_originals(string name) => ShouldResolveWithoutReadings(Fixture.PathOf(name), default);

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Corpus_blocks_copied_without_readings_resolve_as_the_originals(string file)
        => ShouldResolveWithoutReadings(SharedCorpus.PathOf(file), new GreenButtonReaderOptions { Lenient = true });

    [Fact]
    public void Linked_resources_are_attached_by_link()
    {
        var doc = GreenButtonDocument.FromEntries(Fixture.Entries(Fixture.StandardFeed()), new GreenButtonReaderOptions { BaseUri = new Uri(Fixture.Subscription) });
        var up = doc.UsagePoints.Single();
        var mr = up.MeterReadings.Single();
        up.AttachedBy.Should().Be(Attachment.None, "a UsagePoint is top level");
        mr.AttachedBy.Should().Be(Attachment.Link);
        mr.IntervalBlocks.Should().HaveCount(2).And.OnlyContain(b => b.AttachedBy == Attachment.Link);
        (mr.ReadingTypeAttachment, mr.ReadingType!.AttachedBy).Should().Be((Attachment.Link, Attachment.Link));
        (up.LocalTimeParametersAttachment, up.LocalTimeParameters!.AttachedBy).Should().Be((Attachment.Link, Attachment.Link));
        doc.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Children_under_their_parent_self_href_are_attached_by_hierarchy()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 1)), self: Fixture.MeterReadingHref + "/IntervalBlock/1"));
        var doc = GreenButtonDocument.FromEntries(Fixture.Entries(xml));
        doc.MeterReadings.Single().AttachedBy.Should().Be(Attachment.Hierarchy);
        doc.IntervalBlocks.Single().AttachedBy.Should().Be(Attachment.Hierarchy);
        doc.IntervalBlocks.Single().MeterReading.Should().BeSameAs(doc.MeterReadings.Single());
        doc.Codes().Should().Contain(DiagnosticCodes.AttachedByHierarchy);
    }

    [Fact]
    public void Resources_without_links_or_hierarchy_are_attached_by_document_order()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.LocalTime(), self: "urn:t"),
            Fixture.Entry(Fixture.UsagePoint(), self: "urn:a"),
            Fixture.Entry(Fixture.MeterReading(), self: "urn:b"),
            Fixture.Entry(Fixture.ReadingType(), self: "urn:r"),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 1)), self: "urn:c"));
        var doc = GreenButtonDocument.FromEntries(Fixture.Entries(xml));
        var mr = doc.MeterReadings.Single();
        mr.AttachedBy.Should().Be(Attachment.DocumentOrder);
        mr.IntervalBlocks.Single().AttachedBy.Should().Be(Attachment.DocumentOrder);
        (mr.ReadingTypeAttachment, doc.ReadingTypes.Single().AttachedBy).Should().Be((Attachment.DocumentOrder, Attachment.DocumentOrder));
        var up = doc.UsagePoints.Single();
        (up.LocalTimeParametersAttachment, up.LocalTimeParameters!.AttachedBy).Should().Be((Attachment.DocumentOrder, Attachment.DocumentOrder));
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.AttachedByDocumentOrder).Should().HaveCount(4, "one per kind of child or target");
    }

    [Fact]
    public void Resources_with_nothing_to_attach_to_stay_unattached()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.ReadingTypeHref]),
            Fixture.Entry(Fixture.ReadingType(), self: Fixture.ReadingTypeHref),
            Fixture.Entry(Fixture.ReadingType(uom: 169), self: Fixture.Base + "/ReadingType/unused"),
            Fixture.Entry(Fixture.LocalTime(), self: Fixture.LocalTimeHref));
        var doc = GreenButtonDocument.FromEntries(Fixture.Entries(xml));
        var mr = doc.MeterReadings.Single();
        (mr.AttachedBy, mr.UsagePoint).Should().Be((Attachment.None, (UsagePoint?)null));
        mr.ReadingTypeAttachment.Should().Be(Attachment.Link);
        doc.ReadingTypes.Select(t => t.AttachedBy).Should().Equal(Attachment.Link, Attachment.None);
        doc.LocalTimeParameters.Single().AttachedBy.Should().Be(Attachment.None);
        doc.Diagnostic(DiagnosticCodes.UnattachedEntry).Message.Should().Contain("MeterReading");
    }

    [Fact]
    public void A_reading_type_written_inside_its_meter_reading_is_attached_by_embedding()
    {
        var embedded = Fixture.MeterReading(Fixture.ReadingType(uom: 169).Replace($" xmlns=\"{Fixture.Espi}\"", "", StringComparison.Ordinal));
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(1), self: Fixture.UsagePointHref, related: [Fixture.UsagePointHref + "/MeterReading"]),
            Fixture.Entry(embedded, self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading"));
        var mr = GreenButtonDocument.FromEntries(Fixture.Entries(xml)).MeterReadings.Single();
        mr.ReadingType.Should().BeSameAs(mr.EmbeddedReadingType);
        (mr.ReadingTypeAttachment, mr.ReadingType!.AttachedBy).Should().Be((Attachment.Embedded, Attachment.Embedded));
    }

    [Fact]
    public void Summaries_are_attached_to_their_usage_point()
    {
        var doc = GreenButtonDocument.FromEntries(Fixture.Entries(Fixture.Text("summaries.xml")));
        doc.UsageSummaries.Should().NotBeEmpty().And.OnlyContain(s => s.UsagePoint != null && s.AttachedBy != Attachment.None);
    }

    [Fact]
    public void Entries_of_several_downloads_resolve_together_with_relative_hrefs_against_the_base()
    {
        // The usage point and meter reading come in one download, the blocks in another; every href is relative.
        var meta = Fixture.FeedWithSelf(null,
            Fixture.Entry(Fixture.UsagePoint(), self: "UsagePoint/1", related: ["UsagePoint/1/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: "UsagePoint/1/MeterReading/1", up: "UsagePoint/1/MeterReading",
                related: ["UsagePoint/1/MeterReading/1/IntervalBlock", Fixture.ReadingTypeHref]),
            Fixture.Entry(Fixture.ReadingType(intervalLength: H), self: Fixture.ReadingTypeHref));
        var blocks = Fixture.FeedWithSelf(null,
            Fixture.Entry(Fixture.Block(s_t0 + H, H, Fixture.Reading(s_t0 + H, H, 2)), self: "UsagePoint/1/MeterReading/1/IntervalBlock/2", up: "UsagePoint/1/MeterReading/1/IntervalBlock"),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 1)), self: "UsagePoint/1/MeterReading/1/IntervalBlock/1", up: "UsagePoint/1/MeterReading/1/IntervalBlock"));
        var baseUri = new Uri(Fixture.Subscription + "/");
        var entries = Fixture.Entries(meta).Concat(Fixture.Entries(blocks)).ToList();

        var doc = GreenButtonDocument.FromEntries(entries, new GreenButtonReaderOptions { BaseUri = baseUri, SourceName = "merged" });

        var mr = doc.UsagePoints.Single().MeterReadings.Single();
        mr.AttachedBy.Should().Be(Attachment.Link);
        mr.Readings.Select(r => r.Value).Should().Equal(1, 2);
        mr.IntervalBlocks.Should().OnlyContain(b => b.AttachedBy == Attachment.Link);
        doc.Entries.Should().Equal(entries);
        doc.Resources.Should().OnlyContain(r => entries.Contains(r.Entry!));
        (doc.Source, doc.RootElement, doc.FeedId, doc.FeedTitle, doc.FeedUpdated).Should().Be(("merged", (string?)null, (string?)null, (string?)null, (DateTimeOffset?)null));
        doc.FeedLinks.Should().BeEmpty();
        var relative = doc.Diagnostic(DiagnosticCodes.RelativeHref);
        (relative.Source, relative.Message).Should().Be(("merged", $"6 relative href(s) (first: 'UsagePoint/1') were resolved against {baseUri}."));
    }

    [Fact]
    public void Resources_of_a_loaded_document_are_resolved_afresh()
    {
        var loaded = Fixture.Parse(Fixture.StandardFeed());
        var blocks = loaded.Entries.Where(e => e.Resource is IntervalBlock).ToList();

        var doc = GreenButtonDocument.FromEntries(blocks);

        doc.IntervalBlocks.Should().HaveCount(2).And.OnlyContain(b => b.MeterReading == null && b.AttachedBy == Attachment.None);
        doc.Diagnostic(DiagnosticCodes.UnattachedEntry).Message.Should().Contain("IntervalBlock");
    }

    [Fact]
    public void Null_entries_are_refused()
    {
        FluentActions.Invoking(() => GreenButtonDocument.FromEntries(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GreenButtonDocument.FromEntries([null!])).Should().Throw<ArgumentNullException>();
    }

    /// <summary>Streams the file, resolves the entries, and expects the loaded document's graph, readings and link diagnostics.</summary>
    private static void ShouldResolveAsLoaded(string path, GreenButtonReaderOptions options)
    {
        var loaded = GreenButtonDocument.Load(path, options);
        var streamed = GreenButtonReader.ReadEntries(path, options).ToList();

        var built = GreenButtonDocument.FromEntries(streamed, options with { SourceName = path, BaseUri = FeedBase(loaded) });

        Graph(built, withReadings: true).Should().Equal(Graph(loaded, withReadings: true));
        built.Entries.Should().Equal(streamed);
        streamed.Where(e => e.Resources.Any(r => r.Entry != e)).Should().BeEmpty("each resource's Entry is the entry given");
        // A loaded document has the reader's diagnostics, then the resolver's: FromEntries has the resolver's only.
        built.Diagnostics.Should().Equal(loaded.Diagnostics.Where(d => IsResolverCode(d.Code)));
    }

    /// <summary>Streams the file, replaces each IntervalBlock by a copy without readings, and expects the loaded document's graph.</summary>
    private static void ShouldResolveWithoutReadings(string path, GreenButtonReaderOptions options)
    {
        var loaded = GreenButtonDocument.Load(path, options);
        var copies = new List<AtomEntry>();
        foreach (var entry in GreenButtonReader.ReadEntries(path, options))
        {
            copies.Add(new AtomEntry
            {
                Id = entry.Id, Title = entry.Title, Published = entry.Published, Updated = entry.Updated, Links = entry.Links,
                Line = entry.Line, Column = entry.Column,
                Resources = [.. entry.Resources.Select(r => r is IntervalBlock b ? new IntervalBlock { Interval = b.Interval, Line = b.Line, Column = b.Column } : r)],
            });
        }

        var built = GreenButtonDocument.FromEntries(copies, options with { SourceName = path, BaseUri = FeedBase(loaded) });

        built.IntervalBlocks.Where(b => b.Readings.Count > 0).Should().BeEmpty();
        Graph(built, withReadings: false).Should().Equal(Graph(loaded, withReadings: false));
        // Duplicates and overlaps are found in the readings, which the copies do not hold.
        built.Diagnostics.Should().Equal(loaded.Diagnostics.Where(d => IsResolverCode(d.Code) && d.Code is not (DiagnosticCodes.DuplicateReading or DiagnosticCodes.OverlappingReading)));
    }

    /// <summary>The codes the link resolver reports (the reader reports none of them).</summary>
    private static bool IsResolverCode(string code) => code is DiagnosticCodes.UnattachedEntry or DiagnosticCodes.RelativeHref or DiagnosticCodes.AttachedByHierarchy
        or DiagnosticCodes.AttachedByDocumentOrder or DiagnosticCodes.MissingReadingType or DiagnosticCodes.DanglingLink or DiagnosticCodes.DuplicateEntryId
        or DiagnosticCodes.EntryWithoutLinks or DiagnosticCodes.DuplicateReading or DiagnosticCodes.OverlappingReading;

    /// <summary>The base a loaded document resolved against: the feed's first absolute self link.</summary>
    private static Uri? FeedBase(GreenButtonDocument doc)
        => doc.FeedLinks.Where(l => string.Equals(l.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase))
            .Select(l => l.Href.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(l.Href, UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(u => u is not null);

    /// <summary>The resolved graph as lines: each resource by index, its attachment, and the indexes of what it was attached to.</summary>
    private static List<string> Graph(GreenButtonDocument doc, bool withReadings)
    {
        var index = new Dictionary<EspiResource, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < doc.Resources.Count; i++)
        {
            index[doc.Resources[i]] = i;
        }
        string Of(EspiResource? r) => r is null ? "-" : index.TryGetValue(r, out var i) ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "embedded";
        string All(IEnumerable<EspiResource> rs) => "[" + string.Join(",", rs.Select(Of)) + "]";

        var lines = new List<string>();
        foreach (var r in doc.Resources)
        {
            var line = $"{Of(r)} {r.ResourceName} line {r.Line} self {r.SelfHref} by {r.AttachedBy}";
            line += r switch
            {
                UsagePoint up => $" readings {All(up.MeterReadings)} summaries {All(up.UsageSummaries)} quality {All(up.PowerQualitySummaries)}"
                    + $" time {Of(up.LocalTimeParameters)} by {up.LocalTimeParametersAttachment}",
                MeterReading mr => $" of {Of(mr.UsagePoint)} type {Of(mr.ReadingType)} by {mr.ReadingTypeAttachment} blocks {All(mr.IntervalBlocks)}"
                    + (withReadings ? $" readings {Digest(mr.Readings)}" : ""),
                IntervalBlock b => $" of {Of(b.MeterReading)} interval {b.Interval}" + (withReadings ? $" readings {Digest(b.Readings)}" : ""),
                UsageSummary s => $" of {Of(s.UsagePoint)}",
                ElectricPowerQualitySummary q => $" of {Of(q.UsagePoint)}",
                _ => "",
            };
            lines.Add(line);
        }
        return lines;
    }

    private static string Digest(IEnumerable<IntervalReading> readings)
    {
        var count = 0;
        var hash = new HashCode();
        foreach (var r in readings)
        {
            count++;
            hash.Add(r.StartSeconds);
            hash.Add(r.DurationSeconds);
            hash.Add(r.Value);
            hash.Add(r.Cost);
        }
        return $"{count}:{hash.ToHashCode()}";
    }
}
