namespace GreenButton;

/// <summary>The usage resources of <c>http://naesb.org/espi</c>, each in the XSD's element order.</summary>
public sealed partial class GreenButtonWriter
{
    /// <summary>One resource element, by type. A resource type of another namespace plugs in through <see cref="WriteOtherResource"/>.</summary>
    private void WriteResourceElement(EspiResource resource)
    {
        switch (resource)
        {
            case IntervalBlock block:
                WriteIntervalBlock(block);
                break;
            case UsagePoint usagePoint:
                WriteUsagePoint(usagePoint);
                break;
            case MeterReading meterReading:
                WriteMeterReading(meterReading);
                break;
            case ReadingType readingType:
                WriteReadingType(readingType);
                break;
            case LocalTimeParameters parameters:
                WriteLocalTimeParameters(parameters);
                break;
            case UsageSummary summary:
                WriteUsageSummary(summary);
                break;
            case ElectricPowerQualitySummary summary:
                WritePowerQualitySummary(summary);
                break;
            case ApplicationInformation information:
                WriteApplicationInformation(information);
                break;
            case Authorization authorization:
                WriteAuthorization(authorization);
                break;
            case BatchList batchList:
                WriteBatchList(batchList);
                break;
            case ServiceStatus status:
                WriteServiceStatus(status);
                break;
            case ProgramIdMappings mappings:
                WriteProgramIdMappings(mappings);
                break;
            default:
                WriteOtherResource(resource);
                break;
        }
    }

    private void WriteUsagePoint(UsagePoint p)
    {
        Start("UsagePoint");
        BatchItemInfo(p.BatchItemInfo);
        if (p.RoleFlags is { } flags)
        {
            if ((uint)flags > 0xFFFF)
            {
                Invalid("roleFlags", "roleFlags beyond ESPI's HexBinary16 were written as held.");
            }
            Hex("roleFlags", (uint)flags, (uint)flags > 0xFFFF ? "X8" : "X4");
        }
        if (p.ServiceKind is { } kind)
        {
            Start("ServiceCategory");
            Long("kind", (int)kind);
            End();
        }
        Code("status", (int?)p.Status);
        if (p.ServiceDeliveryPoint is { } sdp)
        {
            Start("serviceDeliveryPoint");
            Text("name", _filter is null ? sdp.Name : null);
            Text("tariffProfile", sdp.TariffProfile);
            Text("customerAgreement", _filter is null ? sdp.CustomerAgreement : null);
            TariffRiderRefs(sdp.TariffRiderRefs);
            End();
        }
        Enumerated("UsagePoint", "amiBillingReady", p.AmiBillingReady, EspiEnumerations.AmiBillingReady);
        Bool("checkBilling", p.CheckBilling);
        Enumerated("UsagePoint", "connectionState", p.ConnectionState, EspiEnumerations.ConnectionState);
        Measurement("estimatedLoad", p.EstimatedLoad);
        Bool("grounded", p.Grounded);
        Bool("isSdp", p.IsSdp);
        Bool("isVirtual", p.IsVirtual);
        Bool("minimalUsageExpected", p.MinimalUsageExpected);
        Measurement("nominalServiceVoltage", p.NominalServiceVoltage);
        Text("outageRegion", _filter is null ? p.OutageRegion : null);
        Code("phaseCode", (int?)p.PhaseCode);
        Measurement("ratedCurrent", p.RatedCurrent);
        Measurement("ratedPower", p.RatedPower);
        Text("readCycle", p.ReadCycle);
        Text("readRoute", _filter is null ? p.ReadRoute : null);
        Text("serviceDeliveryRemark", _filter is null ? p.ServiceDeliveryRemark : null);
        Text("servicePriority", p.ServicePriority);
        if (p.PnodeRefs.Count > 0 && _filter is null)
        {
            Start("pnodeRefs");
            foreach (var node in p.PnodeRefs)
            {
                PnodeRef("pnodeRef", node);
            }
            End();
        }
        if (p.AggregateNodeRefs.Count > 0 && _filter is null)
        {
            Start("aggregateNodeRefs");
            foreach (var node in p.AggregateNodeRefs)
            {
                Start("aggregateNodeRef");
                Enumerated("aggregateNodeRef", "anodeType", node.AnodeType, EspiEnumerations.AnodeType, required: true);
                RequiredText("aggregateNodeRef", "ref", node.Ref);
                Time("startEffectiveDate", node.StartEffectiveDate);
                Time("endEffectiveDate", node.EndEffectiveDate);
                foreach (var pnode in node.PnodeRefs)
                {
                    PnodeRef("pnodeRef", pnode);
                }
                End();
            }
            End();
        }
        End();
    }

    private void WriteMeterReading(MeterReading m)
    {
        Start("MeterReading");
        BatchItemInfo(m.BatchItemInfo);
        if (m.EmbeddedReadingType is { } embedded)
        {
            Invalid("embedded-reading-type", "A ReadingType embedded in its MeterReading (as read) is not valid ESPI; written where it was.");
            WriteReadingType(embedded);
        }
        End();
    }

    private void WriteReadingType(ReadingType t)
    {
        Start("ReadingType");
        BatchItemInfo(t.BatchItemInfo);
        Code("accumulationBehaviour", (int?)t.AccumulationBehaviour);
        Code("commodity", (int?)t.Commodity);
        Long("consumptionTier", t.ConsumptionTier);
        Code("currency", (int?)t.Currency);
        Code("dataQualifier", (int?)t.DataQualifier);
        Code("defaultQuality", (int?)t.DefaultQuality);
        Code("flowDirection", (int?)t.FlowDirection);
        Long("intervalLength", t.IntervalLength);
        Code("kind", (int?)t.Kind);
        Code("phase", (int?)t.Phase);
        Long("powerOfTenMultiplier", t.PowerOfTenMultiplier);
        Code("timeAttribute", (int?)t.TimeAttribute);
        Long("tou", t.Tou);
        Code("uom", (int?)t.Uom);
        Long("cpp", t.Cpp);
        Rational("interharmonic", t.Interharmonic);
        Code("measuringPeriod", (int?)t.MeasuringPeriod);
        Rational("argument", t.Argument);
        if (t.Aggregate is { } aggregate)
        {
            Invalid("aggregate", "ReadingType 'aggregate' (CIM, not in the ESPI 4.0 schema) was written as read.");
            Long("aggregate", aggregate);
        }
        End();
    }

    private void Rational(string name, RationalNumber? value)
    {
        if (value is not { } rational)
        {
            return;
        }
        Start(name);
        Long("numerator", rational.Numerator);
        Long("denominator", rational.Denominator);
        End();
    }

    private void WriteLocalTimeParameters(LocalTimeParameters p)
    {
        Start("LocalTimeParameters");
        BatchItemInfo(p.BatchItemInfo);
        Hex("dstEndRule", p.DstEndRule.Raw, "X8");
        Long("dstOffset", p.DstOffsetSeconds);
        Hex("dstStartRule", p.DstStartRule.Raw, "X8");
        Long("tzOffset", p.TzOffsetSeconds);
        End();
    }

    private void WriteIntervalBlock(IntervalBlock block)
    {
        Start("IntervalBlock");
        BatchItemInfo(block.BatchItemInfo);
        Interval("interval", block.Interval, "IntervalBlock");
        foreach (ref readonly var reading in block.ReadingSpan)
        {
            WriteIntervalReading(in reading);
        }
        End();
    }

    private void WriteIntervalReading(in IntervalReading r)
    {
        var value = r.Value;
        var cost = r.Cost;
        if (_filter is { Jitters: true })
        {
            (value, cost) = _filter.Jitter(r.StartSeconds, value, cost);
        }
        Start("IntervalReading");
        Int48("cost", cost);
        var qualities = r.Qualities;
        for (var i = 0; i < qualities.Count; i++)
        {
            var quality = qualities[i];
            Start("ReadingQuality");
            if (quality.Text is { } text)
            {
                Invalid("quality-text", "ReadingQuality codes that are not numbers were written as read.");
                Text("quality", text);
            }
            else
            {
                Long("quality", (int)quality.Quality);
            }
            End();
        }
        if (r.HasTimePeriod)
        {
            Start("timePeriod");
            if (r.DurationSeconds is < 0 or > uint.MaxValue)
            {
                Invalid("uint32:duration", "Durations beyond ESPI's UInt32 range were written as held.");
            }
            Long("duration", r.DurationSeconds);
            Time("start", r.StartSeconds);
            End();
        }
        if (r.HasValue)
        {
            Int48("value", value);
        }
        Long("consumptionTier", r.ConsumptionTier);
        Long("tou", r.Tou);
        Long("cpp", r.Cpp);
        End();
    }
}
