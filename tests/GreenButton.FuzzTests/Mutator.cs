using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GreenButton.FuzzTests;

/// <summary>
/// A deterministic mutation fuzzer: one seed number gives one input, always the same (<see cref="Random"/> with a seed
/// is stable), built from a seed document by one to three mutations, byte-level or aware of the XML's structure.
/// </summary>
internal static partial class Mutator
{
    /// <summary>Inputs stay under this size: the oracle's bounds are stated for inputs under 5 MB.</summary>
    public const int MaxInput = 5_000_000;

    private static readonly string[] s_numbers =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "", "  12  ", "abc", "1e5",
        "0x10", "1.5", "-0", "+1", "1 2", "١٢٣", "00000000000000000000001", "-28830", "-90000", "50401", "-62135596800", "253402300800",
        "4294967296", "-1",
    ];

    private static readonly string[] s_bytes = ["<", ">", "&", "]]>", "\0", "\"", "'", "=", "/", "<!--", "?>", "&#0;", "&#xD800;", "&lt;", "\uFFFE"];

    private static readonly string[] s_namespaces =
    [
        "http://naesb.org/espi/wrong", "", "http://www.w3.org/2005/Atom", "http://naesb.org/espi/customer", "http://naesb.org/espi ",
        "HTTP://NAESB.ORG/ESPI", "urn:x",
    ];

    private static readonly string[] s_encodings = ["UTF-16", "ISO-8859-1", "Shift_JIS", "bogus", "UTF-32", "us-ascii", "UTF-7"];

    [GeneratedRegex(@">([-+ ]?[0-9]{1,20})<", RegexOptions.CultureInvariant)]
    private static partial Regex NumericText();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"xmlns(:[A-Za-z0-9_]+)?=""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    /// <summary>The input of seed <paramref name="seed"/>, and what was done to make it.</summary>
    public static (byte[] Input, string Description) Make(int seed, IReadOnlyList<(string Name, byte[] Bytes)> seeds)
    {
        var random = new Random(seed);
        var (name, bytes) = seeds[random.Next(seeds.Count)];
        var steps = new List<string> { name };
        var input = bytes;
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var (mutated, what) = Mutate(input, random);
            if (mutated.Length > MaxInput)
            {
                continue;
            }
            input = mutated;
            steps.Add(what);
        }
        return (input, string.Join(" | ", steps));
    }

    private static (byte[], string) Mutate(byte[] input, Random random)
    {
        var kind = random.Next(22);
        if (kind < 6)
        {
            return MutateBytes(input, random, kind);
        }
        var text = Encoding.UTF8.GetString(input);
        var (result, what) = kind switch
        {
            6 or 7 => ReplaceNumber(text, random),
            8 => SwapElements(text, random),
            9 => DuplicateElement(text, random),
            10 => DeleteElement(text, random),
            11 => MoveElement(text, random),
            12 => BreakNamespace(text, random),
            13 => MarkupInValue(text, random),
            14 => CharacterReference(text, random),
            15 => DeclareEncoding(text, random),
            16 => DeepNesting(text, random),
            17 => ManyAttributes(text, random),
            18 => HugeText(text, random),
            19 => PrefixedElement(text, random),
            20 => Doctype(text, random),
            _ => ReplaceNumber(text, random),
        };
        return (Encoding.UTF8.GetBytes(result), what);
    }

    // ---- Byte level --------------------------------------------------------------------------------------------

    private static (byte[], string) MutateBytes(byte[] input, Random random, int kind)
    {
        if (input.Length == 0)
        {
            return (Encoding.UTF8.GetBytes("<"), "bytes: empty input given '<'");
        }
        var at = random.Next(input.Length);
        switch (kind)
        {
            case 0:
                var flipped = (byte[])input.Clone();
                flipped[at] ^= (byte)(1 << random.Next(8));
                return (flipped, $"bit flip at {at}");
            case 1:
                var insert = random.Next(3) == 0 ? InvalidUtf8(random) : Encoding.UTF8.GetBytes(s_bytes[random.Next(s_bytes.Length)]);
                return ([.. input.AsSpan(0, at), .. insert, .. input.AsSpan(at)], $"insert {insert.Length} byte(s) at {at}");
            case 2:
                var length = Math.Min(input.Length - at, 1 + random.Next(64));
                return ([.. input.AsSpan(0, at), .. input.AsSpan(at + length)], $"delete {length} byte(s) at {at}");
            case 3:
                return (input[..at], $"truncate at {at}");
            case 4:
                var span = Math.Min(input.Length - at, 1 + random.Next(256));
                return ([.. input.AsSpan(0, at + span), .. input.AsSpan(at, span), .. input.AsSpan(at + span)], $"duplicate {span} byte(s) at {at}");
            default:
                var bad = InvalidUtf8(random);
                return ([.. input.AsSpan(0, at), .. bad, .. input.AsSpan(at)], $"invalid UTF-8 at {at}");
        }
    }

    private static byte[] InvalidUtf8(Random random) => random.Next(5) switch
    {
        0 => [0xC3, 0x28],
        1 => [0xFF],
        2 => [0xC0, 0xAF],
        3 => [0xED, 0xA0, 0x80], // an encoded surrogate
        _ => [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
    };

    // ---- Structure aware ---------------------------------------------------------------------------------------

    private static (string, string) ReplaceNumber(string text, Random random)
    {
        var matches = NumericText().Matches(text);
        if (matches.Count == 0)
        {
            return (text, "no number to replace");
        }
        var match = matches[random.Next(matches.Count)];
        var replacement = random.Next(8) == 0 ? new string('9', 10_000) : s_numbers[random.Next(s_numbers.Length)];
        var group = match.Groups[1];
        return (string.Concat(text.AsSpan(0, group.Index), replacement, text.AsSpan(group.Index + group.Length)),
            $"number at {group.Index} '{group.Value}' -> '{(replacement.Length > 30 ? $"{replacement.Length} digits" : replacement)}'");
    }

    /// <summary>The span of a random element: start tag to its matching end tag, by depth over the tags.</summary>
    private static (int Start, int End)? Element(string text, Random random)
    {
        var tags = Tag().Matches(text);
        var starts = new List<int>();
        for (var i = 0; i < tags.Count; i++)
        {
            var t = tags[i].Value;
            if (t.Length > 2 && t[1] is not ('/' or '?' or '!'))
            {
                starts.Add(i);
            }
        }
        if (starts.Count == 0)
        {
            return null;
        }
        var first = starts[random.Next(starts.Count)];
        if (tags[first].Value.EndsWith("/>", StringComparison.Ordinal))
        {
            return (tags[first].Index, tags[first].Index + tags[first].Length);
        }
        var depth = 0;
        for (var i = first; i < tags.Count; i++)
        {
            var t = tags[i].Value;
            if (t.StartsWith("</", StringComparison.Ordinal))
            {
                depth--;
            }
            else if (t[1] is not ('?' or '!') && !t.EndsWith("/>", StringComparison.Ordinal))
            {
                depth++;
            }
            if (depth == 0)
            {
                return (tags[first].Index, tags[i].Index + tags[i].Length);
            }
        }
        return null;
    }

    private static (string, string) SwapElements(string text, Random random)
    {
        if (Element(text, random) is not { } a || Element(text, random) is not { } b || a.End > b.Start && b.End > a.Start)
        {
            return (text, "no disjoint elements to swap");
        }
        var (x, y) = a.Start < b.Start ? (a, b) : (b, a);
        return (string.Concat(text[..x.Start], text[y.Start..y.End], text[x.End..y.Start], text[x.Start..x.End], text[y.End..]), $"swap {x} and {y}");
    }

    private static (string, string) DuplicateElement(string text, Random random)
        => Element(text, random) is { } e ? (text.Insert(e.End, text[e.Start..e.End]), $"duplicate {e}") : (text, "no element to duplicate");

    private static (string, string) DeleteElement(string text, Random random)
        => Element(text, random) is { } e ? (text.Remove(e.Start, e.End - e.Start), $"delete {e}") : (text, "no element to delete");

    private static (string, string) MoveElement(string text, Random random)
    {
        if (Element(text, random) is not { } e)
        {
            return (text, "no element to move");
        }
        var element = text[e.Start..e.End];
        var rest = text.Remove(e.Start, e.End - e.Start);
        var tags = Tag().Matches(rest);
        var to = tags.Count == 0 ? 0 : tags[random.Next(tags.Count)].Index;
        return (rest.Insert(to, element), $"move {e} to {to}");
    }

    private static (string, string) BreakNamespace(string text, Random random)
    {
        var declarations = Declaration().Matches(text);
        if (declarations.Count == 0 || random.Next(4) == 0)
        {
            // An undeclared prefix on a random start tag.
            var tags = Tag().Matches(text);
            if (tags.Count < 2)
            {
                return (text, "no tag");
            }
            var tag = tags[1 + random.Next(tags.Count - 1)];
            if (tag.Value[1] is '/' or '?' or '!')
            {
                return (text, "no start tag");
            }
            return (text.Insert(tag.Index + 1, "undeclared:"), $"undeclared prefix at {tag.Index}");
        }
        var d = declarations[random.Next(declarations.Count)];
        var ns = s_namespaces[random.Next(s_namespaces.Length)];
        var replacement = random.Next(3) == 0 ? "" : $"{d.Value[..(d.Value.IndexOf('=', StringComparison.Ordinal) + 1)]}\"{ns}\"";
        return (string.Concat(text.AsSpan(0, d.Index), replacement, text.AsSpan(d.Index + d.Length)), $"namespace declaration at {d.Index} -> '{replacement}'");
    }

    private static (string, string) MarkupInValue(string text, Random random)
    {
        var matches = NumericText().Matches(text);
        if (matches.Count == 0)
        {
            return (text, "no value");
        }
        var group = matches[random.Next(matches.Count)].Groups[1];
        var split = random.Next(group.Length + 1);
        var value = group.Value;
        var inserted = random.Next(4) switch
        {
            0 => $"<![CDATA[{value}]]>",
            1 => $"{value[..split]}<!-- c -->{value[split..]}",
            2 => $"{value[..split]}<?pi x?>{value[split..]}",
            _ => $"{value[..split]}<![CDATA[]]>{value[split..]}",
        };
        return (string.Concat(text.AsSpan(0, group.Index), inserted, text.AsSpan(group.Index + group.Length)), $"markup in value at {group.Index}: {inserted}");
    }

    private static (string, string) CharacterReference(string text, Random random)
    {
        var matches = NumericText().Matches(text);
        if (matches.Count == 0)
        {
            return (text, "no value");
        }
        var group = matches[random.Next(matches.Count)].Groups[1];
        var reference = random.Next(5) switch
        {
            0 => string.Concat(group.Value.Select(c => $"&#x{(int)c:X};")),
            1 => "&#0;",
            2 => "&#xFFFFFFFF;",
            3 => "&#x110000;",
            _ => "&unknown;",
        };
        return (string.Concat(text.AsSpan(0, group.Index), reference, text.AsSpan(group.Index + group.Length)), $"character reference at {group.Index}: {reference}");
    }

    private static (string, string) DeclareEncoding(string text, Random random)
    {
        var encoding = s_encodings[random.Next(s_encodings.Length)];
        var body = text.StartsWith("<?xml", StringComparison.Ordinal) && text.IndexOf("?>", StringComparison.Ordinal) is >= 0 and var end ? text[(end + 2)..] : text;
        return ($"<?xml version=\"1.0\" encoding=\"{encoding}\"?>{body}", $"declared encoding {encoding}");
    }

    private static (string, string) DeepNesting(string text, Random random)
    {
        var tags = Tag().Matches(text);
        var at = tags.Count == 0 ? 0 : tags[random.Next(tags.Count)].Index + tags[random.Next(tags.Count)].Length;
        at = Math.Min(at, text.Length);
        var depth = random.Next(3) switch { 0 => 200 + random.Next(100), 1 => 1000 + random.Next(5000), _ => 40_000 + random.Next(60_000) };
        var (open, close) = random.Next(3) switch
        {
            0 => ("<a>", "</a>"),
            1 => ("<e:a xmlns:e=\"http://naesb.org/espi\">", "</e:a>"),
            _ => ("<wrap xmlns=\"urn:x\">", "</wrap>"),
        };
        var unclosed = random.Next(4) == 0;
        var nested = new StringBuilder(depth * (open.Length + close.Length));
        nested.Insert(0, open, depth);
        if (!unclosed)
        {
            nested.Insert(nested.Length, close, depth);
        }
        return (text.Insert(at, nested.ToString()), $"{depth} nested {open}{(unclosed ? " unclosed" : "")} at {at}");
    }

    private static (string, string) ManyAttributes(string text, Random random)
    {
        var tags = Tag().Matches(text);
        var starts = tags.Where(t => t.Value.Length > 2 && t.Value[1] is not ('/' or '?' or '!')).ToList();
        if (starts.Count == 0)
        {
            return (text, "no start tag");
        }
        var tag = starts[random.Next(starts.Count)];
        var count = random.Next(2) == 0 ? 100 : 10_000;
        var attributes = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            attributes.Append(CultureInfo.InvariantCulture, $" a{i}=\"{i}\"");
        }
        var nameEnd = tag.Index + 1 + tag.Value[1..].TakeWhile(c => c is not (' ' or '>' or '/' or '\n' or '\t')).Count();
        return (text.Insert(nameEnd, attributes.ToString()), $"{count} attributes at {nameEnd}");
    }

    private static (string, string) HugeText(string text, Random random)
    {
        var size = random.Next(3) switch { 0 => 70_000, 1 => 1_000_000, _ => 4_000_000 };
        var where = random.Next(3);
        var filler = new string(random.Next(2) == 0 ? 'T' : '7', size);
        if (where == 0 && text.IndexOf("<title>", StringComparison.Ordinal) is >= 0 and var title)
        {
            return (text.Insert(title + 7, filler), $"{size} characters in a title");
        }
        if (where == 1 && NumericText().Matches(text) is { Count: > 0 } numbers)
        {
            var group = numbers[random.Next(numbers.Count)].Groups[1];
            return (text.Insert(group.Index, filler), $"{size} characters in a value at {group.Index}");
        }
        var tags = Tag().Matches(text);
        var at = tags.Count == 0 ? 0 : tags[random.Next(tags.Count)].Index;
        return (text.Insert(at, filler), $"{size} characters of text at {at}");
    }

    private static (string, string) PrefixedElement(string text, Random random)
    {
        var tags = Tag().Matches(text);
        if (tags.Count < 2)
        {
            return (text, "no tag");
        }
        var at = tags[1 + random.Next(tags.Count - 1)].Index;
        var element = random.Next(4) switch
        {
            0 => "<xmlns:x/>",
            1 => "<xml:x>1</xml:x>",
            2 => "<xmlns:x><IntervalReading/></xmlns:x>",
            _ => "<x xmlns:xmlns=\"urn:x\"/>",
        };
        return (text.Insert(at, element), $"{element} at {at}");
    }

    private static (string, string) Doctype(string text, Random random)
    {
        var body = text.StartsWith("<?xml", StringComparison.Ordinal) && text.IndexOf("?>", StringComparison.Ordinal) is >= 0 and var end ? text[(end + 2)..] : text;
        var doctype = random.Next(3) switch
        {
            0 => "<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
            1 => "<!DOCTYPE feed SYSTEM \"file:///etc/passwd\">",
            _ => "<!DOCTYPE feed>",
        };
        return (doctype + body, $"DTD {doctype[..15]}");
    }
}
