namespace GreenButton;

internal static partial class GbaRules
{
    /// <summary>FB_05 to FB_11 and FB_29: the feed holds the readings each block promises; FB_05's phase for electricity.</summary>
    private static void ReadingTypePresence(RuleContext context, IReadOnlyCollection<int> blocks)
    {
        if (!context.IsFeed)
        {
            return;
        }
        var types = context.Document.ReadingTypes;
        if (blocks.Contains(5))
        {
            // Wh delivered, interval data, under an electricity UsagePoint.
            if (!HasServedReadings(context, ServiceKind.Electricity, t => Is(t, 4, 1, 1, 12) && (int?)t.Uom == 72))
            {
                context.FeedRule("D078", "The feed holds no 'Wh integrated over an interval' readings (a MeterReading of an electricity UsagePoint with accumulationBehaviour 4, commodity 1, flowDirection 1, kind 12, uom 72).");
            }
            foreach (var type in types)
            {
                if (type.Commodity == Commodity.ElectricitySecondaryMetered && type.Phase is null)
                {
                    context.Rule("D064", type, "The electricity ReadingType (commodity 1) has no phase.");
                }
            }
        }
        if (blocks.Contains(6))
        {
            Require(context, "D072", t => Is(t, 12, 1, 1, 12) && (int?)t.Uom == 61, "VA demand readings (accumulationBehaviour 12, commodity 1, flowDirection 1, kind 12, uom 61)");
            Require(context, "D073", t => Is(t, 12, 1, 1, 12) && (int?)t.Uom == 63, "VAr demand readings (accumulationBehaviour 12, commodity 1, flowDirection 1, kind 12, uom 63)");
            Require(context, "D071", t => Is(t, 12, 1, 1, 37) && (int?)t.Uom == 38, "W demand readings (accumulationBehaviour 12, commodity 1, flowDirection 1, kind 37, uom 38)");
        }
        if (blocks.Contains(7))
        {
            Require(context, "D074", t => Is(t, 1, 1, 4, 12) && (int?)t.Uom == 72, "Wh net flow readings (accumulationBehaviour 1, commodity 1, flowDirection 4, kind 12, uom 72)");
        }
        if (blocks.Contains(8))
        {
            Require(context, "D076", t => Is(t, 4, 1, 19, 12) && (int?)t.Uom == 72, "Wh reverse readings (accumulationBehaviour 4, commodity 1, flowDirection 19, kind 12, uom 72)");
        }
        if (blocks.Contains(9))
        {
            Require(context, "D077", t => Is(t, 1, 1, 1, 12) && (int?)t.Uom == 72, "Wh register readings (accumulationBehaviour 1, commodity 1, flowDirection 1, kind 12, uom 72)");
        }
        if (blocks.Contains(10))
        {
            // As the Alliance's test groups it: (delta natural gas energy in therms, Btu or J) or (any volume in ft3 or m3).
            if (!HasServedReadings(context, ServiceKind.Gas, t => (Is(t, 4, 7, 1, 12) && (int?)t.Uom is 31 or 132 or 169) || ((int?)t.Kind == 58 && (int?)t.Uom is 42 or 119)))
            {
                context.FeedRule("D079", "The feed holds no gas readings of a gas UsagePoint (therms, J or Btu of natural gas, or ft3 or m3).");
            }
        }
        if (blocks.Contains(11))
        {
            if (!HasServedReadings(context, ServiceKind.Water, t => Is(t, 4, 9, 1, 58) && (int?)t.Uom is 128 or 119 or 42))
            {
                context.FeedRule("D080", "The feed holds no water readings of a water UsagePoint (potable water volume in US gallons, ft3 or m3).");
            }
        }
        if (blocks.Contains(29))
        {
            Require(context, "D147", t => (int?)t.Kind == 46 && (int?)t.Uom == 6, "temperature readings in kelvin (kind 46, uom 6)");
        }
    }

    /// <summary>FB_12, costs: every reading has a cost, every ReadingType a currency.</summary>
    private static void Costs(RuleContext context)
    {
        foreach (var block in context.Document.IntervalBlocks)
        {
            var facts = context.Facts(block);
            if (facts.Count > 0 && facts.MissingCost > 0)
            {
                context.Rule("D043", block, $"{Count(facts.MissingCost, "IntervalReading")} of {facts.Count} have no cost.");
            }
        }
        foreach (var type in context.Document.ReadingTypes)
        {
            if (type.Currency is null)
            {
                context.Rule("D058", type, "The ReadingType has no currency.");
            }
        }
    }

    /// <summary>FB_99, the Alliance's optional fields.</summary>
    private static void Optional(RuleContext context)
    {
        foreach (var block in context.Document.IntervalBlocks)
        {
            var facts = context.Facts(block);
            if (facts.Count > 0 && facts.MissingQuality > 0)
            {
                context.Rule("D047", block, $"{Count(facts.MissingQuality, "IntervalReading")} of {facts.Count} have no ReadingQuality.");
            }
        }
        foreach (var type in context.Document.ReadingTypes)
        {
            Present(context, "D057", type, type.ConsumptionTier.HasValue, "consumptionTier");
            Present(context, "D059", type, type.DataQualifier.HasValue, "dataQualifier");
            Present(context, "D060", type, type.DefaultQuality.HasValue, "defaultQuality");
            Present(context, "D066", type, type.TimeAttribute.HasValue, "timeAttribute");
            Present(context, "D067", type, type.Tou.HasValue, "tou");
        }
        foreach (var point in context.Document.UsagePoints)
        {
            Present(context, "D017", point, point.RoleFlags.HasValue, "roleFlags");
            Present(context, "D005", point, point.Status.HasValue, "status");
        }
    }

    private static void Present(RuleContext context, string code, EspiResource resource, bool present, string field)
    {
        if (!present)
        {
            context.Rule(code, resource, $"The {resource.ResourceName} has no {field}.");
        }
    }

    /// <summary>Whether a ReadingType has these accumulationBehaviour, commodity, flowDirection and kind codes.</summary>
    private static bool Is(ReadingType type, int accumulation, int commodity, int flow, int kind)
        => (int?)type.AccumulationBehaviour == accumulation && (int?)type.Commodity == commodity && (int?)type.FlowDirection == flow && (int?)type.Kind == kind;

    private static void Require(RuleContext context, string code, Func<ReadingType, bool> match, string what)
    {
        if (!context.Document.ReadingTypes.Any(match))
        {
            context.FeedRule(code, $"The feed holds no ReadingType for {what}.");
        }
    }

    /// <summary>A MeterReading linked to a matching ReadingType belongs (by link) to a UsagePoint of <paramref name="kind"/>.</summary>
    private static bool HasServedReadings(RuleContext context, ServiceKind kind, Func<ReadingType, bool> match)
        => context.Document.MeterReadings.Any(m => m.ReadingType is { } type && m.ReadingTypeAttachment == Attachment.Link && match(type)
            && m.UsagePoint?.ServiceKind == kind && m.AttachedBy == Attachment.Link);
}
