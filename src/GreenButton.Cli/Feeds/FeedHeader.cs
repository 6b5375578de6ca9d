using System.Xml;

namespace GreenButton.Cli.Feeds;

/// <summary>Reads the feed's own self link (the base of relative hrefs) from the feed header, before the first entry.</summary>
internal static class FeedHeader
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static Uri? SelfLink(InputFile input)
    {
        try
        {
            using var stream = input.Open(null);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
            });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "feed" || reader.NamespaceURI != AtomNs)
            {
                return null;
            }
            var depth = reader.Depth;
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1 || reader.NamespaceURI != AtomNs)
                {
                    continue;
                }
                if (reader.LocalName == "entry")
                {
                    return null;
                }
                if (reader.LocalName == "link" && string.Equals(reader.GetAttribute("rel"), "self", StringComparison.OrdinalIgnoreCase)
                    && Uri.TryCreate(reader.GetAttribute("href"), UriKind.Absolute, out var self))
                {
                    return self;
                }
            }
            return null;
        }
        catch (XmlException)
        {
            return null; // the real pass reports it, with its position
        }
    }
}
