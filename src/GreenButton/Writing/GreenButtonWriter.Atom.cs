using System.Globalization;
using System.Text;
using System.Xml;

namespace GreenButton;

/// <summary>The Atom side: namespace declarations, links, texts and dates; text cleaned of what XML cannot hold.</summary>
public sealed partial class GreenButtonWriter
{
    private void DeclareEspi()
    {
        if (_e.Length == 0)
        {
            _xml.WriteAttributeString("xmlns", EspiNs);
        }
        else
        {
            _xml.WriteAttributeString("xmlns", _e, null, EspiNs);
        }
        DeclareCustomer();
    }

    private void Link(AtomLink link)
    {
        _xml.WriteStartElement(_a, "link", AtomNs);
        _xml.WriteAttributeString("rel", link.Rel);
        _xml.WriteAttributeString("href", Clean(_filter is null ? link.Href : _filter.Href(link.Href)));
        if (link.Type is { } type)
        {
            _xml.WriteAttributeString("type", Clean(type));
        }
        _xml.WriteEndElement();
    }

    private void AtomText(string name, string value)
    {
        _xml.WriteStartElement(_a, name, AtomNs);
        _xml.WriteString(Clean(value));
        _xml.WriteEndElement();
    }

    private void AtomDate(string name, DateTimeOffset value)
    {
        if (_filter is not null)
        {
            value = value.AddSeconds(_filter.ShiftSeconds);
        }
        _xml.WriteStartElement(_a, name, AtomNs);
        var utc = value.ToUniversalTime();
        _xml.WriteString(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    /// <summary>Text as XML can carry it: characters XML forbids (control characters, lone surrogates) become U+FFFD, reported.</summary>
    private string Clean(string text)
    {
        var bad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            bad = i;
            break;
        }
        if (bad < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }
        _collector.Quirk(DiagnosticCodes.ReplacedCharacter, DiagnosticSeverity.Warning,
            "Characters XML cannot hold (control characters, lone surrogates) were written as U+FFFD.", _line, _column, _entryId);
        return builder.ToString();
    }
}
