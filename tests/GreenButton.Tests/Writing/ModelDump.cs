using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace GreenButton.Tests.Writing;

/// <summary>
/// Everything a document holds, as text, by reflection over the model's public data (init-settable properties of
/// resources and records, every property of value types): two documents hold the same data when their dumps are equal.
/// Positions (line, column) and the navigation set by link resolution are left out; attachments are dumped by self href.
/// </summary>
internal static class ModelDump
{
    private static readonly HashSet<string> s_skipped = ["Line", "Column", "Entry", "AttachedBy", "HasPowerOfTenMultiplier"]; // the writer always writes the multiplier (0 when absent)

    /// <param name="doc">The document.</param>
    /// <param name="withLinks">False leaves out what a model built in code lacks and the writer generates: feed metadata, entry ids and links, readings' hrefs.</param>
    public static string Of(GreenButtonDocument doc, bool withLinks = true)
    {
        var sb = new StringBuilder();
        if (withLinks)
        {
            sb.Append("feed ").Append(doc.FeedId).Append(" | ").Append(doc.FeedTitle).Append(" | ").Append(Value(doc.FeedUpdated)).Append('\n');
            Links(sb, doc.FeedLinks);
        }
        foreach (var entry in doc.Entries)
        {
            if (withLinks)
            {
                // An entry read without an id is written with the one generated from its self href.
                sb.Append("entry ").Append(entry.Id ?? (entry.SelfHref is { } self ? EntryIds.FromHref(self) : null)).Append(" | ").Append(entry.Title)
                    .Append(" | ").Append(Value(entry.Published)).Append(" | ").Append(Value(entry.Updated)).Append('\n');
                Links(sb, entry.Links);
            }
            else
            {
                sb.Append("entry\n");
            }
            foreach (var resource in entry.Resources)
            {
                Append(sb, resource, 1, withLinks);
            }
        }
        foreach (var meterReading in doc.MeterReadings)
        {
            sb.Append("attach MR ").Append(IndexOf(doc.UsagePoints, meterReading.UsagePoint)).Append(" rt ").Append(IndexOf(doc.ReadingTypes, meterReading.ReadingType))
                .Append(" blocks ").Append(meterReading.IntervalBlocks.Count).Append('\n');
        }
        return sb.ToString();
    }

    private static void Links(StringBuilder sb, IReadOnlyList<AtomLink> links)
    {
        foreach (var link in links)
        {
            sb.Append(" link ").Append(link.Rel).Append(' ').Append(link.Href).Append(' ').Append(link.Type).Append('\n');
        }
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T? item) where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }
        return -1;
    }

    private static void Append(StringBuilder sb, object? value, int depth, bool withLinks)
    {
        var pad = new string(' ', depth * 2);
        if (value is null)
        {
            sb.Append(pad).Append("null\n");
            return;
        }
        var type = value.GetType();
        sb.Append(pad).Append(type.Name).Append('\n');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (s_skipped.Contains(property.Name) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            if (!type.IsValueType && property.SetMethod is not { IsPublic: true })
            {
                continue; // computed, or navigation set by the document
            }
            if (!withLinks && property.Name is "BlockHref" or "MeterReadingHref")
            {
                continue;
            }
            object? v;
            try
            {
                v = property.GetValue(value);
            }
            catch (TargetInvocationException ex)
            {
                v = "throws " + ex.InnerException?.GetType().Name; // e.g. a Duration beyond TimeSpan: the raw seconds are dumped too
            }
            if (v is null || v is string || v.GetType().IsPrimitive || v is Enum || v is decimal || v is DateTimeOffset || v is TimeSpan)
            {
                sb.Append(pad).Append("  ").Append(property.Name).Append(" = ").Append(Value(v)).Append('\n');
            }
            else if (v is IEnumerable list)
            {
                sb.Append(pad).Append("  ").Append(property.Name).Append(" [\n");
                foreach (var item in list)
                {
                    if (item is string || (item is IFormattable && !item.GetType().IsValueType) || item is long or int)
                    {
                        sb.Append(pad).Append("    ").Append(Value(item)).Append('\n');
                    }
                    else
                    {
                        Append(sb, item, depth + 2, withLinks);
                    }
                }
                sb.Append(pad).Append("  ]\n");
            }
            else
            {
                sb.Append(pad).Append("  ").Append(property.Name).Append(":\n");
                Append(sb, v, depth + 2, withLinks);
            }
        }
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        DateTimeOffset d => d.UtcTicks.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
