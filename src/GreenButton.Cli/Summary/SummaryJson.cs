using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GreenButton.Cli.Customers;

namespace GreenButton.Cli.Summary;

/// <summary>
/// The JSON form of the summary (schemas/greenbutton-summary.schema.json), written by hand with a
/// <see cref="Utf8JsonWriter"/>: the bytes <see cref="CliJson"/>'s source-generated serializer writes (a test compares
/// them on every corpus file), without its metadata. Building that metadata for the summary's types cost a one-shot
/// process about 300 methods JIT-compiled at start (generic code over value types, which ReadyToRun cannot hold) and
/// about 0.1 s CPU (benchmarks/README.md, "Start-up").
/// </summary>
internal static class SummaryJson
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(SummaryReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                Write(json, file);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter json, FileSummary file)
    {
        json.WriteStartObject();
        json.WriteString("file", file.File);
        var totals = file.Totals;
        json.WriteStartObject("totals");
        json.WriteNumber("entries", totals.Entries);
        json.WriteNumber("usagePoints", totals.UsagePoints);
        json.WriteNumber("meterReadings", totals.MeterReadings);
        json.WriteNumber("readingTypes", totals.ReadingTypes);
        json.WriteNumber("intervalBlocks", totals.IntervalBlocks);
        json.WriteNumber("intervalReadings", totals.IntervalReadings);
        json.WriteNumber("usageSummaries", totals.UsageSummaries);
        json.WriteNumber("localTimeParameters", totals.LocalTimeParameters);
        json.WriteEndObject();
        json.WriteStartObject("resources");
        foreach (var (name, count) in file.Resources)
        {
            json.WriteNumber(name, count);
        }
        json.WriteEndObject();
        json.WriteNumber("sumRawValue", file.SumRawValue);
        json.WriteNumber("sumRawCost", file.SumRawCost);
        json.WriteNumber("readingQualities", file.ReadingQualities);
        json.WriteStartArray("usagePoints");
        foreach (var usagePoint in file.UsagePoints)
        {
            Write(json, usagePoint);
        }
        json.WriteEndArray();
        json.WriteStartArray("unattachedMeterReadings");
        foreach (var meterReading in file.UnattachedMeterReadings)
        {
            Write(json, meterReading);
        }
        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.Severity);
            json.WriteString("code", diagnostic.Code);
            json.WriteString("message", diagnostic.Message);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteNumber("count", diagnostic.Count);
            json.WriteString("entryId", diagnostic.EntryId);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (file.Customers is { } customers)
        {
            Write(json, customers);
        }
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, UsagePointSummary usagePoint)
    {
        json.WriteStartObject();
        json.WriteString("self", usagePoint.Self);
        json.WriteString("title", usagePoint.Title);
        json.WriteString("serviceKind", usagePoint.ServiceKind);
        Number(json, "serviceKindCode", usagePoint.ServiceKindCode);
        if (usagePoint.LocalTime is { } local)
        {
            json.WriteStartObject("localTime");
            json.WriteNumber("tzOffsetSeconds", local.TzOffsetSeconds);
            json.WriteNumber("dstOffsetSeconds", local.DstOffsetSeconds);
            json.WriteBoolean("hasDaylightSavingTime", local.HasDaylightSavingTime);
            json.WriteString("dstStartRule", local.DstStartRule);
            json.WriteString("dstEndRule", local.DstEndRule);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("localTime");
        }
        json.WriteStartArray("usageSummaries");
        foreach (var summary in usagePoint.UsageSummaries)
        {
            json.WriteStartObject();
            json.WriteString("self", summary.Self);
            json.WriteString("billingPeriodStart", summary.BillingPeriodStart);
            json.WriteString("billingPeriodEnd", summary.BillingPeriodEnd);
            Number(json, "billLastPeriod", summary.BillLastPeriod);
            Number(json, "currency", summary.Currency);
            Number(json, "overallConsumptionLastPeriod", summary.OverallConsumptionLastPeriod);
            json.WriteString("overallConsumptionUnit", summary.OverallConsumptionUnit);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("meterReadings");
        foreach (var meterReading in usagePoint.MeterReadings)
        {
            Write(json, meterReading);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, MeterReadingSummary meterReading)
    {
        json.WriteStartObject();
        json.WriteString("self", meterReading.Self);
        json.WriteString("title", meterReading.Title);
        json.WriteNumber("line", meterReading.Line);
        json.WriteNumber("column", meterReading.Column);
        if (meterReading.ReadingType is { } type)
        {
            json.WriteStartObject("readingType");
            Number(json, "uom", type.Uom);
            json.WriteString("unit", type.Unit);
            json.WriteNumber("powerOfTenMultiplier", type.PowerOfTenMultiplier);
            Number(json, "intervalLength", type.IntervalLength);
            Number(json, "flowDirection", type.FlowDirection);
            Number(json, "commodity", type.Commodity);
            Number(json, "currency", type.Currency);
            Number(json, "kind", type.Kind);
            Number(json, "accumulationBehaviour", type.AccumulationBehaviour);
            Number(json, "dataQualifier", type.DataQualifier);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("readingType");
        }
        json.WriteNumber("intervalBlocks", meterReading.IntervalBlocks);
        json.WriteNumber("intervalReadings", meterReading.IntervalReadings);
        json.WriteNumber("sumRawValue", meterReading.SumRawValue);
        Number(json, "sumValue", meterReading.SumValue);
        json.WriteString("unit", meterReading.Unit);
        Number(json, "minValue", meterReading.MinValue);
        Number(json, "maxValue", meterReading.MaxValue);
        Number(json, "meanValue", meterReading.MeanValue);
        json.WriteString("firstStart", meterReading.FirstStart);
        json.WriteString("lastEnd", meterReading.LastEnd);
        json.WriteString("firstStartLocal", meterReading.FirstStartLocal);
        json.WriteString("lastEndLocal", meterReading.LastEndLocal);
        json.WriteNumber("sumRawCost", meterReading.SumRawCost);
        Number(json, "totalCost", meterReading.TotalCost);
        json.WriteString("currency", meterReading.Currency);
        json.WriteStartObject("qualities");
        foreach (var (quality, count) in meterReading.Qualities)
        {
            json.WriteNumber(quality, count);
        }
        json.WriteEndObject();
        json.WriteNumber("gaps", meterReading.Gaps);
        Number(json, "missingIntervals", meterReading.MissingIntervals);
        json.WriteNumber("missingSeconds", meterReading.MissingSeconds);
        json.WriteNumber("overlaps", meterReading.Overlaps);
        json.WriteNumber("duplicates", meterReading.Duplicates);
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, CustomersSummary customers)
    {
        json.WriteStartObject("customers");
        json.WriteStartObject("counts");
        foreach (var (name, count) in customers.Counts)
        {
            json.WriteNumber(name, count);
        }
        json.WriteEndObject();
        json.WriteBoolean("personalData", customers.PersonalData);
        json.WriteStartArray("resources");
        foreach (var resource in customers.Resources)
        {
            json.WriteStartObject();
            json.WriteString("resource", resource.Resource);
            json.WriteString("self", resource.Self);
            json.WriteString("entryId", resource.EntryId);
            json.WriteNumber("line", resource.Line);
            json.WriteNumber("column", resource.Column);
            json.WriteString("parent", resource.Parent);
            json.WriteString("attachedBy", resource.AttachedBy);
            json.WriteStartArray("usagePoints");
            foreach (var usagePoint in resource.UsagePoints)
            {
                json.WriteStringValue(usagePoint);
            }
            json.WriteEndArray();
            if (resource.Fields is { } fields)
            {
                json.WriteStartObject("fields");
                foreach (var (name, value) in fields)
                {
                    json.WriteString(name, value);
                }
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("fields");
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
