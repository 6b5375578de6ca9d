using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>The layouts the reader knows, in the order they are tried. A new layout is one class and one line here.</summary>
internal static class CsvLayouts
{
    public static IReadOnlyList<CsvLayout> All { get; } =
    [
        new SceLayout(),
        new SdgeLayout(),
        new OpowerIntervalLayout(),
        new OpowerBillingLayout(),
        new EversourceBillingLayout(),
    ];

    /// <summary>The layout whose header comes first in <paramref name="records"/>, and where; null when none matches.</summary>
    public static (CsvLayout Layout, int Header)? Detect(IReadOnlyList<CsvRecord> records)
    {
        (CsvLayout, int)? best = null;
        foreach (var layout in All)
        {
            var header = layout.FindHeader(records);
            if (header >= 0 && (best is null || header < best.Value.Item2))
            {
                best = (layout, header);
            }
        }
        return best;
    }
}
