namespace GreenButton;

/// <summary>
/// ESPI <c>ReadingType</c>: what the readings of a <see cref="MeterReading"/> measure, in which unit and scale,
/// over which interval, and in which currency their costs are.
/// </summary>
public sealed class ReadingType : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "ReadingType";

    /// <summary><c>accumulationBehaviour</c>: how values accumulate (delta, cumulative, ...).</summary>
    public AccumulationBehaviour? AccumulationBehaviour { get; init; }

    /// <summary><c>commodity</c>: what is measured (electricity, natural gas, ...).</summary>
    public Commodity? Commodity { get; init; }

    /// <summary><c>consumptionTier</c>.</summary>
    public short? ConsumptionTier { get; init; }

    /// <summary><c>currency</c> of costs (ISO 4217 numeric).</summary>
    public Currency? Currency { get; init; }

    /// <summary><c>dataQualifier</c> (average, maximum, normal, ...).</summary>
    public DataQualifier? DataQualifier { get; init; }

    /// <summary><c>defaultQuality</c>: the quality of readings that carry no ReadingQuality.</summary>
    public QualityOfReading? DefaultQuality { get; init; }

    /// <summary><c>flowDirection</c>: forward (delivered), reverse (received), net, total.</summary>
    public FlowDirection? FlowDirection { get; init; }

    /// <summary><c>intervalLength</c> in seconds.</summary>
    public long? IntervalLength { get; init; }

    /// <summary><c>kind</c>: the kind of measurement (energy, demand, volume, ...).</summary>
    public ReadingKind? Kind { get; init; }

    /// <summary><c>phase</c>.</summary>
    public PhaseCode? Phase { get; init; }

    /// <summary><c>powerOfTenMultiplier</c>: raw values are in <see cref="Uom"/> × 10^this. Zero when absent.</summary>
    public int PowerOfTenMultiplier { get => _powerOfTenMultiplier; init => _powerOfTenMultiplier = value; }

    private int _powerOfTenMultiplier;

    /// <summary>Whether the file gave a <c>powerOfTenMultiplier</c> (the conformance rules require one; absent reads as zero).</summary>
    public bool HasPowerOfTenMultiplier { get => _hasPowerOfTenMultiplier; init => _hasPowerOfTenMultiplier = value; }

    private bool _hasPowerOfTenMultiplier;

    /// <summary><c>timeAttribute</c>: the period of interest (e.g. billing period, day).</summary>
    public TimeAttribute? TimeAttribute { get; init; }

    /// <summary><c>tou</c>: time-of-use period code.</summary>
    public short? Tou { get; init; }

    /// <summary><c>uom</c>: the base unit of the raw values.</summary>
    public UnitOfMeasure? Uom { get; init; }

    /// <summary><c>cpp</c>: critical peak period code.</summary>
    public short? Cpp { get; init; }

    /// <summary><c>interharmonic</c>.</summary>
    public RationalNumber? Interharmonic { get; init; }

    /// <summary><c>measuringPeriod</c>: the length of each measurement.</summary>
    public TimeAttribute? MeasuringPeriod { get; init; }

    /// <summary><c>argument</c>: a rational argument of the reading (e.g. for harmonics).</summary>
    public RationalNumber? Argument { get; init; }

    /// <summary>CIM <c>aggregate</c> kind; not in the ESPI 4.0 schema but accepted where utilities write it.</summary>
    public int? Aggregate { get; init; }

    /// <summary>The real quantity of a raw value: <paramref name="rawValue"/> × 10^<see cref="PowerOfTenMultiplier"/>, exact, with its unit.</summary>
    public Quantity Scale(long rawValue) => new(Quantity.ScaleExact(rawValue, PowerOfTenMultiplier), Uom ?? UnitOfMeasure.None);

    /// <summary>A raw value written as a decimal (<see cref="IntervalReading.ValuePowerOfTen"/>), scaled exactly.</summary>
    internal Quantity Scale(long rawValue, int valuePowerOfTen) => new(Quantity.ScaleExact(rawValue, PowerOfTenMultiplier + valuePowerOfTen), Uom ?? UnitOfMeasure.None);

    /// <summary>
    /// Folds the decimal places of a series' values into the multiplier (the document does it while resolving, before
    /// anyone sees the resource): values <c>0.62</c> read as 62 make the multiplier 2 lower.
    /// </summary>
    internal void FoldPowerOfTen(int valuePowerOfTen)
    {
        _powerOfTenMultiplier += valuePowerOfTen;
        _hasPowerOfTenMultiplier = true;
    }

    /// <summary>A raw cost (1/100000 of <see cref="Currency"/>) in currency units, exact.</summary>
    public static decimal CostAmount(long rawCost) => rawCost / 100_000m;
}
