using System.Xml.Serialization;

namespace GreenButton.Benchmarks;

// Plain classes for XmlSerializer: what a developer would write against the XSD for the same elements.
#pragma warning disable CA1002, CA2227, CA1819 // mutable collections are what XmlSerializer needs

[XmlRoot("feed", Namespace = "http://www.w3.org/2005/Atom")]
public sealed class SerializedFeed
{
    public static readonly XmlSerializer Serializer = new(typeof(SerializedFeed));

    [XmlElement("entry")]
    public List<SerializedEntry> Entries { get; set; } = [];
}

public sealed class SerializedEntry
{
    [XmlElement("id")]
    public string? Id { get; set; }

    [XmlElement("content")]
    public SerializedContent? Content { get; set; }
}

public sealed class SerializedContent
{
    [XmlElement("IntervalBlock", Namespace = "http://naesb.org/espi")]
    public List<SerializedIntervalBlock> IntervalBlocks { get; set; } = [];
}

public sealed class SerializedIntervalBlock
{
    [XmlElement("interval")]
    public SerializedInterval? Interval { get; set; }

    [XmlElement("IntervalReading")]
    public List<SerializedIntervalReading> IntervalReadings { get; set; } = [];
}

public sealed class SerializedIntervalReading
{
    [XmlElement("cost")]
    public long Cost { get; set; }

    [XmlElement("timePeriod")]
    public SerializedInterval? TimePeriod { get; set; }

    [XmlElement("value")]
    public long Value { get; set; }
}

public sealed class SerializedInterval
{
    [XmlElement("duration")]
    public long Duration { get; set; }

    [XmlElement("start")]
    public long Start { get; set; }
}
