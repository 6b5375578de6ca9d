using GreenButton.Cli.Summary;

namespace GreenButton.Cli.Inspect;

// The JSON inspect contract (schemas/greenbutton-inspect.schema.json): camelCase, nulls written.

/// <summary>The whole inspection: one entry per input file that could be read.</summary>
internal sealed record InspectReport(IReadOnlyList<FileInspection> Files);

/// <summary>The inspection of one input: every resource of every entry, then the diagnostics.</summary>
internal sealed record FileInspection
{
    public required string File { get; init; }

    public int Entries { get; init; }

    public required IReadOnlyList<InspectedResource> Resources { get; init; }

    public required IReadOnlyList<DiagnosticSummary> Diagnostics { get; init; }
}

/// <summary>One resource: where its entry is, its links, what it holds, and how it was attached.</summary>
internal sealed record InspectedResource
{
    /// <summary>The entry's index in the document (resources of one content share it).</summary>
    public int Order { get; init; }

    /// <summary>1-based line of the entry; 0 when unknown.</summary>
    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>The ESPI resource name (UsagePoint, MeterReading, IntervalBlock, ...).</summary>
    public required string Resource { get; init; }

    public string? EntryId { get; init; }

    public string? Title { get; init; }

    public string? Self { get; init; }

    public string? Up { get; init; }

    public required IReadOnlyList<string> Related { get; init; }

    /// <summary>Set for a UsagePoint, null otherwise.</summary>
    public InspectedUsagePoint? UsagePoint { get; init; }

    /// <summary>Set for a MeterReading, null otherwise.</summary>
    public InspectedMeterReading? MeterReading { get; init; }

    /// <summary>Set for an IntervalBlock, null otherwise.</summary>
    public InspectedIntervalBlock? IntervalBlock { get; init; }

    public required InspectedAttachment Attachment { get; init; }

    /// <summary>Set for a customer resource, absent otherwise: its fields only with --show-personal-data.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Customers.InspectedCustomer? Customer { get; init; }
}

internal sealed record InspectedUsagePoint(string? ServiceKind, int? ServiceKindCode, int MeterReadings, bool LocalTimeParameters);

internal sealed record InspectedMeterReading(int IntervalBlocks, InspectedReadingType? ReadingType);

/// <summary>The ReadingType a MeterReading uses and how it was found (link, hierarchy, documentOrder, embedded).</summary>
internal sealed record InspectedReadingType(int? Uom, string? Unit, string? By);

internal sealed record InspectedIntervalBlock(long Readings, string? Start);

/// <summary>
/// How the resource was attached. <c>status</c>: <c>topLevel</c> (a UsagePoint), <c>attached</c> (to <c>parent</c>),
/// <c>used</c> (a ReadingType or LocalTimeParameters: <c>users</c> resources use it, <c>parent</c> the first), or
/// <c>unattached</c> (<c>reason</c> says why). <c>by</c>: link, hierarchy, documentOrder, embedded; null when not attached.
/// </summary>
internal sealed record InspectedAttachment
{
    public required string Status { get; init; }

    public string? By { get; init; }

    public InspectedParent? Parent { get; init; }

    public int? Users { get; init; }

    public string? Reason { get; init; }
}

/// <summary>The resource something was attached to: its name, self href and position.</summary>
internal sealed record InspectedParent(string Resource, string? Self, int Line, int Column);
