namespace GreenButton;

/// <summary>The codes of <see cref="GreenButtonDiagnostic.Code"/>. Stable: tools may match on them.</summary>
public static class DiagnosticCodes
{
    /// <summary>An element the reader does not know was skipped.</summary>
    public const string UnknownElement = "unknown-element";
    /// <summary>Literal text stood between elements and was ignored.</summary>
    public const string StrayText = "stray-text";
    /// <summary>
    /// Lenient mode skipped an entry that could not be read. No longer reported: lenient mode skips the smallest unit that
    /// holds the error (<see cref="SkippedResource"/>, <see cref="SkippedReading"/>); kept so that tools matching it compile.
    /// </summary>
    public const string SkippedEntry = "skipped-entry";
    /// <summary>
    /// Lenient mode skipped one resource (an IntervalBlock, a UsagePoint, ...) or one entry element (an id, a link) that
    /// could not be read; the message says which, where, why, and how many IntervalReadings went with it.
    /// </summary>
    public const string SkippedResource = "skipped-resource";
    /// <summary>Lenient mode skipped IntervalReadings that could not be read, each alone; counted, with the first reason.</summary>
    public const string SkippedReading = "skipped-reading";
    /// <summary>A 13-digit (millisecond) epoch was divided by 1000.</summary>
    public const string MillisecondEpoch = "millisecond-epoch";
    /// <summary>A fractional epoch was truncated to whole seconds.</summary>
    public const string FractionalEpoch = "fractional-epoch";
    /// <summary>A number was padded with white space.</summary>
    public const string PaddedNumber = "padded-number";
    /// <summary>An Atom date had no time, no zone, or an odd fraction; it was read as UTC.</summary>
    public const string LenientDate = "lenient-date";
    /// <summary>An Atom date could not be read at all and was left empty.</summary>
    public const string InvalidDate = "invalid-date";
    /// <summary>Several entries share one Atom id.</summary>
    public const string DuplicateEntryId = "duplicate-entry-id";
    /// <summary>An entry has no links; it was attached by hierarchy or document order.</summary>
    public const string EntryWithoutLinks = "entry-without-links";
    /// <summary>A resource was attached by its self href's place in the URL hierarchy (no up/related match).</summary>
    public const string AttachedByHierarchy = "attached-by-hierarchy";
    /// <summary>A resource was attached by document order (no link and no hierarchy match).</summary>
    public const string AttachedByDocumentOrder = "attached-by-document-order";
    /// <summary>An entry's resource could not be attached to any parent.</summary>
    public const string UnattachedEntry = "unattached-entry";
    /// <summary>A link points to nothing in the document.</summary>
    public const string DanglingLink = "dangling-link";
    /// <summary>An href was relative and was resolved against the feed's base.</summary>
    public const string RelativeHref = "relative-href";
    /// <summary>A MeterReading has no ReadingType; its values cannot be scaled.</summary>
    public const string MissingReadingType = "missing-reading-type";
    /// <summary>An IntervalReading had no timePeriod; its start was derived from the block and intervalLength.</summary>
    public const string MissingTimePeriod = "missing-time-period";
    /// <summary>An IntervalReading starts before its block's interval.</summary>
    public const string ReadingBeforeBlock = "reading-before-block";
    /// <summary>Two readings of one meter reading share a start.</summary>
    public const string DuplicateReading = "duplicate-reading";
    /// <summary>A reading starts before the previous one of the same meter reading ended.</summary>
    public const string OverlappingReading = "overlapping-reading";
    /// <summary>A ServiceCategory kind was empty.</summary>
    public const string EmptyServiceKind = "empty-service-kind";
    /// <summary>A positive tzOffset with North American DST rules was taken as sign-flipped and negated.</summary>
    public const string FlippedTzOffset = "flipped-tz-offset";
    /// <summary>A dstOffset outside 0..7200 seconds (seen: the zone offset written there) was replaced by 3600.</summary>
    public const string ImplausibleDstOffset = "implausible-dst-offset";
    /// <summary>A resource was found in the customer namespace where ESPI defines it (e.g. LocalTimeParameters).</summary>
    public const string CustomerNamespace = "customer-namespace";
    /// <summary>A customer <c>Status</c> was written as text (<c>&lt;status&gt;active&lt;/status&gt;</c>); the text was read as its value.</summary>
    public const string StatusAsText = "status-as-text";
    /// <summary>A ServiceLocation's UsagePoint href matched no self href; the one UsagePoint with the same trailing <c>UsagePoint/{id}</c> was taken.</summary>
    public const string UsagePointById = "usage-point-by-id";
    /// <summary>A ReadingType was embedded inside a MeterReading rather than linked.</summary>
    public const string EmbeddedReadingType = "embedded-reading-type";
    /// <summary>A value lies outside the range its schema type allows (kept as read).</summary>
    public const string OutOfRange = "out-of-range";
    /// <summary>The document holds no ESPI resource at all.</summary>
    public const string EmptyDocument = "empty-document";
    /// <summary>The writer's output is not valid ESPI 4.0 there: the model lacks a required element, or holds what the schema does not allow.</summary>
    public const string NotSchemaValid = "not-schema-valid";
    /// <summary>Characters XML cannot hold were written as U+FFFD.</summary>
    public const string ReplacedCharacter = "replaced-character";
    /// <summary>A resource or entry was left out of the output (a type the writer cannot write, an entry without resources).</summary>
    public const string UnwrittenResource = "unwritten-resource";
    /// <summary>Two merged inputs hold different readings (or resources) for one start; the preferred one was kept.</summary>
    public const string MergeConflict = "merge-conflict";
    /// <summary>An element outside the entries, not Atom and not ESPI (seen: PG&amp;E's <c>ProgramIdMappings</c> in no namespace under the feed), was skipped.</summary>
    public const string ForeignElement = "foreign-element";
    /// <summary>An ESPI resource stood outside any entry (directly under the feed or a wrapper); it was read as a bare resource.</summary>
    public const string ResourceOutsideEntry = "resource-outside-entry";
    /// <summary>Atom elements (<c>entry</c>, <c>content</c>, <c>link</c>, <c>id</c>, ...) were written in no namespace; they were read as Atom.</summary>
    public const string AtomWithoutNamespace = "atom-without-namespace";
    /// <summary>An Atom element stood where Atom does not put it (an <c>atom:id</c> inside <c>content</c>); it was read for its entry.</summary>
    public const string AtomInContent = "atom-in-content";
    /// <summary>A resource was written inside another resource's element (an IntervalBlock inside a MeterReading); it was read as a resource of its own.</summary>
    public const string NestedResource = "nested-resource";
    /// <summary>An entry's title or self link names one resource type and its content holds another; it was read by its element.</summary>
    public const string MismatchedEntryType = "mismatched-entry-type";
    /// <summary>Values were written as decimals (<c>0.62</c>); they were read exactly as integers with a power of ten for the series.</summary>
    public const string DecimalValue = "decimal-value";
    /// <summary>Reading qualities were written as words (<c>ACTUAL</c>, <c>ESTIMATED</c>); they were mapped to their ESPI codes.</summary>
    public const string QualityWord = "quality-word";
    /// <summary>IntervalReadings had a start but no duration; their durations were taken from the spacing of the readings.</summary>
    public const string DerivedDuration = "derived-duration";
    /// <summary>An optional element was present but empty (<c>&lt;tzOffset&gt;&lt;/tzOffset&gt;</c>); it was read as absent.</summary>
    public const string EmptyElement = "empty-element";
    /// <summary>A LocalTimeParameters had no usable DST rules (or no offset at all); it was read as a fixed offset (or UTC).</summary>
    public const string LocalTimeWithoutRules = "local-time-without-rules";
    /// <summary>The IntervalReadings of a block were written newest first; they are kept as written and placed by their starts.</summary>
    public const string DescendingReadings = "descending-readings";
    /// <summary>An IntervalReading carried a powerOfTenMultiplier of its own (not ESPI); the ReadingType's was kept.</summary>
    public const string ReadingPowerOfTen = "reading-power-of-ten";
    /// <summary>A CDATA section held escaped entities (<c>&amp;amp;</c>); they were decoded.</summary>
    public const string EscapedCdata = "escaped-cdata";
}
