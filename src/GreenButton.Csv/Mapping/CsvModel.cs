using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Mapping;

/// <summary>
/// What a <see cref="CsvBuilder"/> collected, as Green Button entries: a UsagePoint per meter with its LocalTimeParameters,
/// a MeterReading and ReadingType per series, IntervalBlocks per local day (billing series: one block, and a
/// UsageSummary per bill), then the customer resources of the file's personal data (<see cref="CsvCustomerModel"/>).
/// Links are written as a Data Custodian would, so <see cref="GreenButtonDocument.FromEntries"/> attaches everything by link.
/// </summary>
internal static class CsvModel
{
    public static List<AtomEntry> Build(CsvBuilder builder, CsvClock clock, Uri baseUri)
    {
        var sheet = builder.Sheet;
        var entries = new List<AtomEntry>();
        var root = baseUri.AbsoluteUri.TrimEnd('/');
        var customer = $"{root}/RetailCustomer/1/UsagePoint";
        var timeHref = $"{root}/LocalTimeParameters/1";
        var firstLocal = builder.Series.SelectMany(builder.RowsOf).Select(r => r.LocalStart).DefaultIfEmpty(new DateTime(2000, 1, 1)).Min();
        entries.Add(Entry(timeHref, $"{root}/LocalTimeParameters", "Local time: " + clock.Zone.Id, [],
            ZoneRules.For(clock.Zone, firstLocal.Year)));
        var meters = builder.Meters.Count > 0 ? builder.Meters : [""];
        var points = new List<CsvCustomerModel.Point>(meters.Count);
        var readingTypeNumber = 0;
        for (var u = 0; u < meters.Count; u++)
        {
            var upHref = $"{customer}/{u + 1}";
            var series = builder.Series.Where(s => s.Meter == meters[u] || (s.Meter.Length == 0 && u == 0)).ToList();
            var related = new List<string> { timeHref };
            if (series.Count > 0)
            {
                related.Add($"{upHref}/MeterReading");
            }
            if (series.Any(s => s.Billing))
            {
                related.Add($"{upHref}/UsageSummary");
            }
            entries.Add(Entry(upHref, customer, ServiceTitle(builder.ServiceKind), related,
                new UsagePoint { ServiceKind = builder.ServiceKind, Line = series.Count > 0 ? builder.RowsOf(series[0])[0].Line : 0, Column = 1 }));
            var summaries = 0;
            long? meterInterval = null;
            for (var m = 0; m < series.Count; m++)
            {
                var key = series[m];
                var rows = builder.RowsOf(key);
                var readings = Place(key, rows, clock, sheet);
                var power = PowerOfTen(key.Unit, rows);
                var mrHref = $"{upHref}/MeterReading/{m + 1}";
                var rtHref = $"{root}/ReadingType/{++readingTypeNumber}";
                var lengths = readings.GroupBy(r => r.Duration).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
                var hasCost = rows.Any(r => r.Cost is not null);
                // The most common length (bills: the usual billing period, as custodians write it); each reading keeps its own.
                var intervalLength = lengths.Count > 0 ? lengths[0].Key : (long?)null;
                if (!key.Billing)
                {
                    meterInterval ??= intervalLength;
                }
                if (!key.Billing && lengths.Count > 1)
                {
                    sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.IntervalLengthChanges,
                        $"readings of {key.Label} have {lengths.Count} lengths: "
                        + string.Join(", ", lengths.Select(g => $"{g.Key} s ({g.Count()} from line {g.Min(r => r.Line)})"))
                        + $"; the ReadingType's intervalLength is the most common, each reading keeps its own.", lengths[1].Min(r => r.Line), 1);
                }
                entries.Add(Entry(mrHref, $"{upHref}/MeterReading", $"{key.Label} ({key.Unit.Symbol})", [$"{mrHref}/IntervalBlock", rtHref],
                    new MeterReading { Line = rows.Count > 0 ? rows[0].Line : 0, Column = 1 }));
                entries.Add(Entry(rtHref, $"{root}/ReadingType", ReadingTypeTitle(key, intervalLength), [], new ReadingType
                {
                    AccumulationBehaviour = AccumulationBehaviour.DeltaData,
                    Commodity = CommodityOf(builder.ServiceKind),
                    Currency = hasCost ? Currency.USD : null,
                    FlowDirection = key.Flow,
                    IntervalLength = intervalLength,
                    Kind = key.Unit.Kind,
                    PowerOfTenMultiplier = power,
                    Uom = key.Unit.Uom,
                    MeasuringPeriod = key.Billing ? TimeAttribute.BillingPeriod : MeasuringPeriod(intervalLength),
                    Line = rows.Count > 0 ? rows[0].Line : 0,
                    Column = 1,
                }));
                List<List<Placed>> blocks = key.Billing ? [readings] : readings.GroupBy(r => DateOnly.FromDateTime(r.Row.LocalStart)).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
                for (var b = 0; b < blocks.Count; b++)
                {
                    var block = blocks[b].OrderBy(r => r.Start).ToList();
                    var blockHref = $"{mrHref}/IntervalBlock/{b + 1}";
                    var intervalReadings = block.Select(r => new IntervalReading(
                        DateTimeOffset.FromUnixTimeSeconds(r.Start), TimeSpan.FromSeconds(r.Duration), Raw(r.Row.Value, key.Unit.Exponent - power, sheet, r.Row.Line),
                        r.Row.Cost is { } cost ? RawCost(cost, sheet, r.Row.Line) : null,
                        r.Row.Quality is { } q ? [new ReadingQuality(q)] : null, blockHref)).ToList();
                    var start = block[0].Start;
                    var end = block.Max(r => r.Start + r.Duration);
                    entries.Add(Entry(blockHref, $"{mrHref}/IntervalBlock",
                        key.Billing ? "Bills" : DateOnly.FromDateTime(block[0].Row.LocalStart).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [],
                        new IntervalBlock { Interval = new DateTimeInterval(start, end - start), Readings = intervalReadings, Line = block.Min(r => r.Line), Column = 1 }));
                }
                // One summary per bill: from the first billing series (the energy one); a volume series repeats the same bills.
                if (key.Billing && summaries == 0)
                {
                    foreach (var bill in readings.OrderBy(r => r.Start))
                    {
                        var href = $"{upHref}/UsageSummary/{++summaries}";
                        entries.Add(Entry(href, $"{upHref}/UsageSummary", $"Bill {bill.Row.LocalStart:yyyy-MM-dd} to {bill.Row.LocalEnd!.Value.AddDays(-1):yyyy-MM-dd}", [],
                            Summary(bill, key, power, builder.ServiceKind, sheet)));
                    }
                }
            }
            points.Add(new CsvCustomerModel.Point(upHref, meters[u], meterInterval));
        }
        CsvCustomerModel.Add(entries, builder, root, points);
        clock.Report();
        return entries;
    }

    /// <summary>
    /// The entries with their Atom <c>published</c> and <c>updated</c> dates (ESPI requires both): <paramref name="at"/>,
    /// else the end of the file's last interval block (its data is as of then), so a file converts to the same XML each time.
    /// </summary>
    public static (List<AtomEntry> Entries, DateTimeOffset At) Stamp(List<AtomEntry> entries, DateTimeOffset? at)
    {
        var stamp = at ?? entries.SelectMany(e => e.Resources).OfType<IntervalBlock>().Select(b => b.Interval?.End).Max() ?? DateTimeOffset.UnixEpoch;
        var stamped = entries.ConvertAll(e => new AtomEntry
        {
            Id = e.Id, Title = e.Title, HasTitle = e.HasTitle, Links = e.Links, Resources = e.Resources, Line = e.Line, Column = e.Column,
            Published = stamp, Updated = stamp,
        });
        return (stamped, stamp);
    }

    /// <summary>The feed's id: a name-based UUID of the resources' base, as the entries' ids are of their hrefs.</summary>
    public static string FeedId(Uri baseUri) => "urn:uuid:" + NameUuid(baseUri.AbsoluteUri.TrimEnd('/') + "#feed");

    /// <summary>A reading placed in time: UTC start and duration (Unix seconds), from its row.</summary>
    internal readonly record struct Placed(long Start, long Duration, CsvRow Row)
    {
        public int Line => Row.Line;
    }

    /// <summary>
    /// The rows' UTC starts and durations. A stated duration (SDG&amp;E) gives way to the spacing of the rows when they are
    /// closer together than it says (a gap keeps the stated length); the rows win, and the disagreement is reported.
    /// </summary>
    private static List<Placed> Place(CsvSeriesKey key, IReadOnlyList<CsvRow> rows, CsvClock clock, CsvSheet sheet)
    {
        var starts = new long[rows.Count];
        long? previous = null;
        for (var i = 0; i < rows.Count; i++)
        {
            starts[i] = clock.Start(rows[i].LocalStart, previous, rows[i].Line);
            previous = starts[i];
        }
        var placed = new List<Placed>(rows.Count);
        int contradicted = 0, firstLine = 0;
        long stated = 0, actual = 0;
        long? carried = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            long duration;
            if (row.LocalEnd is { } end)
            {
                duration = clock.End(end, starts[i]) - starts[i];
                // 01:00 to 02:00 in the first (daylight) pass of a repeated hour ends when the clocks go back, at 01:00 standard time.
                if (end > row.LocalStart && clock.IsFirstOfRepeated(row.LocalStart, starts[i]))
                {
                    duration = Math.Min(duration, (long)(end - row.LocalStart).TotalSeconds);
                }
            }
            else
            {
                var length = row.StatedSeconds ?? 0;
                var spacing = i + 1 < rows.Count ? starts[i + 1] - starts[i] : carried ?? length;
                duration = length;
                if (spacing > 0 && spacing < length)
                {
                    duration = spacing;
                    contradicted++;
                    if (firstLine == 0)
                    {
                        (firstLine, stated, actual) = (row.Line, length, spacing);
                    }
                }
                carried = spacing > 0 && spacing < length ? spacing : null;
            }
            if (duration <= 0)
            {
                sheet.BadLine(row.Line, $"expected a period that ends after it starts; in {clock.Zone.Id} it ends {-duration} s before");
                continue;
            }
            placed.Add(new Placed(starts[i], duration, row));
        }
        if (contradicted > 0)
        {
            sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.DurationMismatch,
                $"the Duration column says {stated / 60} minutes where the rows of {key.Label} are {actual / 60} minutes apart ({contradicted} row(s)); the rows' spacing is used.",
                firstLine, 1, contradicted);
        }
        return placed;
    }

    /// <summary>
    /// The series' powerOfTenMultiplier: zero when every value is a whole number of the ESPI unit (0.2900 kWh is 290 Wh),
    /// otherwise as negative as the most precise value needs (0.0001 kWh is 1 × 10^-1 Wh).
    /// </summary>
    private static int PowerOfTen(CsvUnit unit, IReadOnlyList<CsvRow> rows)
    {
        var power = 0;
        foreach (var row in rows)
        {
            var scale = Normalise(row.Value).Scale;
            power = Math.Min(power, unit.Exponent - scale);
        }
        return Math.Max(power, -18);
    }

    private static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    private static long Raw(decimal value, int exponent, CsvSheet sheet, int line)
    {
        try
        {
            var scaled = value;
            for (var i = 0; i < exponent; i++)
            {
                scaled *= 10;
            }
            for (var i = 0; i > exponent; i--)
            {
                scaled /= 10;
            }
            return decimal.ToInt64(decimal.Round(scaled, 0, MidpointRounding.ToEven));
        }
        catch (OverflowException)
        {
            throw CsvSheet.Error(sheet.Source, line, 1, "a usage value too large for an ESPI reading (a 64-bit integer of the unit).", isDataError: true);
        }
    }

    private static long RawCost(decimal cost, CsvSheet sheet, int line)
    {
        try
        {
            var raw = cost * 100_000m;
            var rounded = decimal.Round(raw, 0, MidpointRounding.ToEven);
            if (rounded != raw)
            {
                sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.RoundedCost, "a cost has more than five decimals (ESPI's unit is 1/100000) and was rounded.", line, 1);
            }
            return decimal.ToInt64(rounded);
        }
        catch (OverflowException)
        {
            throw CsvSheet.Error(sheet.Source, line, 1, "a cost too large for ESPI (a 64-bit integer of 1/100000 of the currency).", isDataError: true);
        }
    }

    private static UsageSummary Summary(Placed bill, CsvSeriesKey key, int power, ServiceKind service, CsvSheet sheet)
        => new()
        {
            BillingPeriod = new DateTimeInterval(bill.Start, bill.Duration),
            BillLastPeriod = bill.Row.Cost is { } cost ? RawCost(cost, sheet, bill.Line) : null,
            Currency = bill.Row.Cost is null ? null : Currency.USD,
            OverallConsumptionLastPeriod = new SummaryMeasurement
            {
                PowerOfTenMultiplier = power, Uom = key.Unit.Uom, Value = Raw(bill.Row.Value, key.Unit.Exponent - power, sheet, bill.Line),
            },
            // ESPI requires it; billing exports flag estimated bills only (NOTES, Read Type), so an unflagged bill is an actual read: Valid.
            QualityOfReading = bill.Row.Quality ?? QualityOfReading.Valid,
            // ESPI requires the summary's status time; a bill's figures stand as of its period's end.
            StatusTimeStamp = DateTimeOffset.FromUnixTimeSeconds(bill.Start + bill.Duration),
            Commodity = CommodityOf(service),
            Line = bill.Line,
            Column = 1,
        };

    internal static AtomEntry Entry(string self, string up, string title, List<string> related, EspiResource resource)
    {
        var links = new List<AtomLink> { new(AtomLink.SelfRel, self, "espi-entry/" + resource.ResourceName), new(AtomLink.UpRel, up, "espi-feed/" + resource.ResourceName) };
        links.AddRange(related.Select(r => new AtomLink(AtomLink.RelatedRel, r)));
        return new AtomEntry { Id = "urn:uuid:" + NameUuid(self), Title = title, HasTitle = true, Links = links, Resources = [resource], Line = resource.Line, Column = resource.Column };
    }

    /// <summary>A name-based UUID (RFC 9562 version 5, SHA-1) of the href: the same file gives the same ids.</summary>
    private static string NameUuid(string name)
    {
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 UUIDs; no security rests on it.
        SHA1.HashData(Encoding.UTF8.GetBytes("greenbutton-csv:" + name), hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(hash[..4]) + "-" + Convert.ToHexStringLower(hash[4..6]) + "-" + Convert.ToHexStringLower(hash[6..8]) + "-"
            + Convert.ToHexStringLower(hash[8..10]) + "-" + Convert.ToHexStringLower(hash[10..16]);
    }

    private static string ServiceTitle(ServiceKind kind) => kind switch
    {
        ServiceKind.Gas => "Natural gas",
        ServiceKind.Water => "Water",
        _ => "Electricity",
    };

    private static Commodity CommodityOf(ServiceKind kind) => kind switch
    {
        ServiceKind.Gas => Commodity.NaturalGas,
        ServiceKind.Water => Commodity.PotableWater,
        _ => Commodity.ElectricitySecondaryMetered,
    };

    private static TimeAttribute? MeasuringPeriod(long? seconds) => seconds switch
    {
        60 => TimeAttribute.OneMinute,
        300 => TimeAttribute.FiveMinute,
        600 => TimeAttribute.TenMinute,
        900 => TimeAttribute.FifteenMinute,
        1800 => TimeAttribute.ThirtyMinute,
        3600 => TimeAttribute.SixtyMinute,
        86400 => TimeAttribute.TwentyFourHour,
        _ => null,
    };

    private static string ReadingTypeTitle(CsvSeriesKey key, long? intervalLength)
    {
        var flow = key.Flow switch
        {
            FlowDirection.Forward => "delivered",
            FlowDirection.Reverse => "received",
            FlowDirection.Net => "net",
            _ => key.Flow.ToString(),
        };
        var period = key.Billing ? "per bill" : intervalLength is { } s ? $"{s / 60}-minute" : "interval";
        return $"{key.Unit.Symbol}, {period}, {flow}";
    }
}
