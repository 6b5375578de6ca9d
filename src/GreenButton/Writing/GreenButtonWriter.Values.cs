using System.Globalization;

namespace GreenButton;

/// <summary>The leaves: numbers formatted in place (no string per value), times, texts, intervals, measurements.</summary>
public sealed partial class GreenButtonWriter
{
    private const long Int48Min = -(1L << 47);
    private const long Int48Max = (1L << 47) - 1;

    private void Start(string name) => _xml.WriteStartElement(Prefix, name, Ns);

    private void End() => _xml.WriteEndElement();

    private void Long(string name, long value)
    {
        _xml.WriteStartElement(Prefix, name, Ns);
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_number, 0, written);
        _xml.WriteEndElement();
    }

    private void Long(string name, long? value)
    {
        if (value is { } v)
        {
            Long(name, v);
        }
    }

    /// <summary>An ESPI Int48 (values, costs, amounts): beyond ±2^47 it is written as held and reported.</summary>
    private void Int48(string name, long value)
    {
        if (value is < Int48Min or > Int48Max)
        {
            Invalid("int48:" + name, $"'{name}' values beyond the Int48 range ESPI allows were written as held.");
        }
        Long(name, value);
    }

    private void Int48(string name, long? value)
    {
        if (value is { } v)
        {
            Int48(name, v);
        }
    }

    private void Code(string name, int? value)
    {
        if (value is { } v)
        {
            Long(name, v);
        }
    }

    /// <summary>An instant (ESPI TimeType, Unix seconds), moved by the anonymizer's shift when there is one.</summary>
    private void Time(string name, long seconds) => Long(name, seconds + (_filter?.ShiftSeconds ?? 0));

    private void Time(string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            Time(name, v.ToUnixTimeSeconds());
        }
    }

    /// <summary>A time that ESPI requires: reported when the model has none.</summary>
    private void RequiredTime(string resource, string name, DateTimeOffset? value)
    {
        if (value is null)
        {
            Missing(resource, name);
        }
        Time(name, value);
    }

    private void Text(string name, string? value)
    {
        if (value is null)
        {
            return;
        }
        _xml.WriteStartElement(Prefix, name, Ns);
        _xml.WriteString(Clean(value));
        _xml.WriteEndElement();
    }

    /// <summary>Text children, each written when not null: the many customer parts made of strings only.</summary>
    private void Texts(params ReadOnlySpan<(string Name, string? Value)> children)
    {
        foreach (var (name, value) in children)
        {
            Text(name, value);
        }
    }

    /// <summary>An element of text children only (<see cref="Texts"/>).</summary>
    private void TextsElement(string name, params ReadOnlySpan<(string Name, string? Value)> children)
    {
        Start(name);
        Texts(children);
        End();
    }

    private void RequiredText(string resource, string name, string? value)
    {
        if (value is null)
        {
            Missing(resource, name);
        }
        Text(name, value);
    }

    /// <summary>A string the schema limits to a list of values (token_type, connectionState, ...): others are written as read and reported.</summary>
    private void Enumerated(string owner, string name, string? value, string[] allowed, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Missing(owner, name);
            }
            return;
        }
        if (Array.IndexOf(allowed, value) < 0)
        {
            Invalid("enum:" + owner + "/" + name, $"{owner} '{name}' values outside the ones ESPI 4.0 lists ({string.Join(", ", allowed)}) were written as read.");
        }
        Text(name, value);
    }

    private void Bool(string name, bool? value)
    {
        if (value is { } v)
        {
            _xml.WriteStartElement(Prefix, name, Ns);
            _xml.WriteString(v ? "true" : "false");
            _xml.WriteEndElement();
        }
    }

    private void Hex(string name, uint value, string format)
    {
        _xml.WriteStartElement(Prefix, name, Ns);
        _xml.WriteString(value.ToString(format, CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    private void Missing(string resource, string name)
        => Invalid("missing:" + resource + "/" + name, $"{resource} has no '{name}', which ESPI 4.0 requires; written without it.");

    /// <summary>A DateTimeInterval: duration then start, each only when the model holds it (both are required: reported).</summary>
    private void Interval(string name, DateTimeInterval? value, string owner)
    {
        if (value is not { } interval)
        {
            return;
        }
        Start(name);
        if (interval.HasDuration)
        {
            if (interval.DurationSeconds is < 0 or > uint.MaxValue)
            {
                Invalid("uint32:duration", "Durations beyond ESPI's UInt32 range were written as held.");
            }
            Long("duration", interval.DurationSeconds);
        }
        else
        {
            Missing(owner + "/" + name, "duration");
        }
        if (interval.HasStart)
        {
            Time("start", interval.StartSeconds);
        }
        else
        {
            Missing(owner + "/" + name, "start");
        }
        End();
    }

    private void Measurement(string name, SummaryMeasurement? measurement)
    {
        if (measurement is null)
        {
            return;
        }
        Start(name);
        Long("powerOfTenMultiplier", measurement.PowerOfTenMultiplier);
        Time("timeStamp", measurement.TimeStamp);
        Code("uom", (int?)measurement.Uom);
        Int48("value", measurement.Value);
        Href("readingTypeRef", measurement.ReadingTypeRef);
        End();
    }

    /// <summary>An href held as an element value (readingTypeRef, resourceURI, ...): anonymised like links.</summary>
    private void Href(string name, string? href) => Text(name, href is null || _filter is null ? href : _filter.Href(href));

    private void BatchItemInfo(BatchItemInfo? info)
    {
        if (info is null)
        {
            return;
        }
        Start("batchItemInfo");
        Text("name", info.Name);
        Code("operation", (int?)info.Operation);
        Code("statusCode", (int?)info.StatusCode);
        Text("statusReason", info.StatusReason);
        End();
    }

    private void TariffRiderRefs(IReadOnlyList<TariffRiderRef> riders)
    {
        if (riders.Count == 0)
        {
            return;
        }
        Start("tariffRiderRefs");
        foreach (var rider in riders)
        {
            Start("tariffRiderRef");
            RequiredText("tariffRiderRef", "riderType", rider.RiderType);
            Enumerated("tariffRiderRef", "enrollmentStatus", rider.EnrollmentStatus, EspiEnumerations.EnrollmentStatus, required: true);
            RequiredTime("tariffRiderRef", "effectiveDate", rider.EffectiveDate);
            End();
        }
        End();
    }

    private void PnodeRef(string name, PnodeRef node)
    {
        Start(name);
        Enumerated("pnodeRef", "apnodeType", node.ApnodeType, EspiEnumerations.ApnodeType, required: true);
        RequiredText("pnodeRef", "ref", node.Ref);
        Time("startEffectiveDate", node.StartEffectiveDate);
        Time("endEffectiveDate", node.EndEffectiveDate);
        End();
    }
}
