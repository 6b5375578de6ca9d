using System.Text;
using System.Xml;
using System.Xml.Linq;
using CsCheck;
using GreenButton.Synthetic;

namespace GreenButton.Tests.Properties;

/// <summary>
/// The same data survives any change that leaves its meaning intact: other prefixes, other encodings, reordered
/// entries, indentation and line ends. A generated feed is transformed (with LINQ to XML, in the test only) and
/// must give identical readings and attachments.
/// </summary>
public sealed class MeaningPreservingChangeProperties
{
    private static readonly XNamespace s_atom = Fixture.Atom;

    private static readonly SyntheticFeedOptions s_options = new()
    {
        UsagePoints =
        [
            new SyntheticUsagePoint { WithCost = true, WithQuality = true, WithReverseFlow = true, WithUsageSummaries = true },
            new SyntheticUsagePoint { Kind = ServiceKind.Gas, IntervalSeconds = 3600 },
        ],
        Days = 3,
        StartDate = new DateOnly(2023, 3, 11), // spans the spring-forward day
    };

    private static readonly Lazy<(byte[] Bytes, SyntheticFeedTruth Truth)> s_base = new(() => (SyntheticFeed.ToBytes(s_options, out var truth), truth));

    private static readonly Lazy<string> s_baseSignature = new(() => Signature(GreenButtonDocument.Load(new MemoryStream(s_base.Value.Bytes))));

    /// <summary>What the document means: each UsagePoint (by self href) with its time zone, summaries, meter readings, types and readings.</summary>
    private static string Signature(GreenButtonDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var up in doc.UsagePoints.OrderBy(u => u.SelfHref, StringComparer.Ordinal))
        {
            sb.Append($"UP {up.SelfHref} {up.ServiceKind} tz {up.LocalTimeParameters?.TzOffsetSeconds} {up.LocalTimeParameters?.DstStartRule} summaries {up.UsageSummaries.Count} {string.Join(",", up.UsageSummaries.Select(s => s.BillLastPeriod))}\n");
            foreach (var mr in up.MeterReadings.OrderBy(m => m.SelfHref, StringComparer.Ordinal))
            {
                var rt = mr.ReadingType!;
                sb.Append($" MR {mr.SelfHref} {rt.Uom} {rt.FlowDirection} {rt.PowerOfTenMultiplier} {rt.IntervalLength} blocks {mr.IntervalBlocks.Count}\n");
                foreach (var r in mr.Readings)
                {
                    sb.Append($"  {r.StartSeconds}+{r.DurationSeconds}={r.Value} c{r.Cost} q{string.Join('/', r.Qualities.Select(q => (int)q.Quality))} {r.BlockHref}\n");
                }
            }
        }
        sb.Append("diagnostics ").AppendJoin(",", doc.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Code).Order(StringComparer.Ordinal));
        return sb.ToString();
    }

    private sealed record Change(string AtomPrefix, string EspiPrefix, bool EspiPerElement, int ShuffleSeed, string Encoding, bool Indent, string NewLine)
    {
        public override string ToString() => $"atom '{AtomPrefix}' espi '{EspiPrefix}' perElement {EspiPerElement} shuffle {ShuffleSeed} {Encoding} indent {Indent} newline {NewLine.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}";
    }

    private static readonly Gen<Change> s_changes = Gen.Select(
        Gen.Select(Gen.OneOfConst("", "ns0", "atom", "a"), Gen.OneOfConst("", "espi", "ns1", "e"), Gen.Bool),
        Gen.Int[0, int.MaxValue],
        Gen.OneOfConst("utf-8", "utf-8-bom", "utf-16LE", "utf-16BE", "iso-8859-1"),
        Gen.Bool,
        Gen.OneOfConst("\n", "\r\n"))
        .Where((p, _, _, _, _) => p.Item1 != p.Item2)
        .Select((p, seed, encoding, indent, newLine) => new Change(p.Item1, p.Item2, p.Item3, seed, encoding, indent, newLine));

    /// <summary>Applies <paramref name="change"/> to the generated feed: re-prefixes, reorders entries, re-encodes, re-indents.</summary>
    private static byte[] Apply(byte[] bytes, Change change)
    {
        var doc = XDocument.Load(new MemoryStream(bytes));
        var feed = doc.Root!;
        foreach (var e in feed.DescendantsAndSelf())
        {
            e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        }
        feed.Add(change.AtomPrefix.Length == 0 ? new XAttribute("xmlns", Fixture.Atom) : new XAttribute(XNamespace.Xmlns + change.AtomPrefix, Fixture.Atom));
        if (change.EspiPerElement)
        {
            // Redeclare ESPI on every resource, as many utilities do.
            foreach (var content in feed.Descendants(s_atom + "content"))
            {
                foreach (var resource in content.Elements())
                {
                    resource.Add(change.EspiPrefix.Length == 0 ? new XAttribute("xmlns", Fixture.Espi) : new XAttribute(XNamespace.Xmlns + change.EspiPrefix, Fixture.Espi));
                }
            }
        }
        else if (change.EspiPrefix.Length > 0)
        {
            feed.Add(new XAttribute(XNamespace.Xmlns + change.EspiPrefix, Fixture.Espi));
        }
        else
        {
            foreach (var content in feed.Descendants(s_atom + "content"))
            {
                foreach (var resource in content.Elements())
                {
                    resource.Add(new XAttribute("xmlns", Fixture.Espi));
                }
            }
        }
        var entries = feed.Elements(s_atom + "entry").ToList();
        entries.Remove();
        var random = new Random(change.ShuffleSeed);
        feed.Add(entries.OrderBy(_ => random.Next()));

        Encoding encoding = change.Encoding switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => Encoding.Latin1,
        };
        var output = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = encoding, Indent = change.Indent, NewLineChars = change.NewLine, NewLineHandling = NewLineHandling.Replace };
        using (var writer = XmlWriter.Create(output, settings))
        {
            doc.Save(writer);
        }
        return output.ToArray();
    }

    [Fact]
    public void The_base_feed_means_what_the_generator_wrote()
    {
        var (bytes, truth) = s_base.Value;
        var doc = GreenButtonDocument.Load(new MemoryStream(bytes));
        doc.UsagePoints.Should().HaveCount(truth.UsagePoints);
        doc.MeterReadings.Should().HaveCount(truth.MeterReadings);
        doc.IntervalBlocks.Should().HaveCount(truth.IntervalBlocks);
        var readings = doc.MeterReadings.SelectMany(m => m.Readings).ToList();
        readings.Should().HaveCount((int)truth.IntervalReadings);
        readings.Sum(r => r.Value).Should().Be(truth.SumValue);
        readings.Sum(r => r.Cost ?? 0).Should().Be(truth.SumCost);
        readings.Min(r => r.StartSeconds).Should().Be(truth.FirstStart);
        readings.Max(r => r.EndSeconds).Should().Be(truth.LastEnd);
        doc.UsageSummaries.Should().HaveCount(truth.UsageSummaries);
        doc.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
        doc.IntervalBlocks.Select(b => b.Interval!.Value.DurationSeconds).Should().Contain(23 * 3600, "the feed spans a spring-forward day");
    }

    [Fact]
    public void Prefixed_style_of_the_generator_means_the_same_as_the_default_style()
    {
        var prefixed = SyntheticFeed.ToBytes(s_options with { Style = SyntheticFeedStyle.Prefixed, LineBreaks = false }, out _);
        Signature(GreenButtonDocument.Load(new MemoryStream(prefixed))).Should().Be(s_baseSignature.Value);
    }

    [Fact]
    public void Any_meaning_preserving_change_gives_the_same_readings_and_attachments()
        => s_changes.Sample(change =>
        {
            var changed = Apply(s_base.Value.Bytes, change);
            Signature(GreenButtonDocument.Load(new MemoryStream(changed))).Should().Be(s_baseSignature.Value, change.ToString());
        }, iter: 25, threads: 1, print: c => c.ToString());

    [Fact]
    public void Any_meaning_preserving_change_streams_the_same_readings()
    {
        var baseline = GreenButtonReader.ReadIntervalReadings(new MemoryStream(s_base.Value.Bytes)).Select(r => (r.StartSeconds, r.Value, r.Cost, r.BlockHref)).Order().ToList();
        s_changes.Sample(change =>
        {
            var changed = Apply(s_base.Value.Bytes, change);
            GreenButtonReader.ReadIntervalReadings(new MemoryStream(changed)).Select(r => (r.StartSeconds, r.Value, r.Cost, r.BlockHref)).Order().Should().Equal(baseline, change.ToString());
        }, iter: 25, threads: 1, print: c => c.ToString());
    }

    [Fact]
    public async Task Any_meaning_preserving_change_loads_the_same_asynchronously()
    {
        var changes = new List<Change>();
        s_changes.Sample(changes.Add, iter: 10, threads: 1);
        foreach (var change in changes)
        {
            var changed = Apply(s_base.Value.Bytes, change);
            var doc = await GreenButtonDocument.LoadAsync(new OneByteStream(changed));
            Signature(doc).Should().Be(s_baseSignature.Value, change.ToString());
        }
    }

    [Fact]
    public void Any_generated_feed_agrees_with_its_truth_in_both_apis()
        => Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 4], Gen.OneOfConst(900, 3600), Gen.Bool, Gen.Bool).Sample((seed, days, interval, gas, cost) =>
        {
            var options = new SyntheticFeedOptions
            {
                UsagePoints = [new SyntheticUsagePoint { Kind = gas ? ServiceKind.Gas : ServiceKind.Electricity, IntervalSeconds = interval, WithCost = cost, WithReverseFlow = !gas }],
                Days = days,
                Seed = seed,
                StartDate = new DateOnly(2023, 1, 1).AddDays(seed % 365),
            };
            var bytes = SyntheticFeed.ToBytes(options, out var truth);
            var streamed = GreenButtonReader.ReadIntervalReadings(new MemoryStream(bytes)).ToList();
            streamed.Should().HaveCount((int)truth.IntervalReadings);
            streamed.Sum(r => r.Value).Should().Be(truth.SumValue);
            streamed.Sum(r => r.Cost ?? 0).Should().Be(truth.SumCost);
            var doc = GreenButtonDocument.Load(new MemoryStream(bytes));
            doc.MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.DurationSeconds, r.Value, r.Cost)).Order()
                .Should().Equal(streamed.Select(r => (r.StartSeconds, r.DurationSeconds, r.Value, r.Cost)).Order());
            doc.MeterReadings.Should().OnlyContain(m => m.UsagePoint != null && m.ReadingType != null);
            doc.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
        }, iter: 30, threads: 1);
}
