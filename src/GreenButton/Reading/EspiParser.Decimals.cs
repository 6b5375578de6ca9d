namespace GreenButton;

/// <summary>
/// Reading values as some exporters write them: decimals (<c>0.62</c> kWh, seen in Duke Energy exports) read exactly as
/// integers with a power of ten, never through floating point; durations left out; multipliers per reading.
/// </summary>
internal sealed partial class EspiParser
{
    /// <summary>The most decimal places written so far: every value read after the first decimal is an integer at this power.</summary>
    private sbyte _valuePowerOfTen;

    /// <summary>The powerOfTenMultiplier of the last ReadingType read (0 before any).</summary>
    private int _lastPowerOfTen;

    private static readonly long[] s_powers =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    /// <summary>A reading's value; false (absent, reported) when the element holds no text. Decimals read exactly.</summary>
    private bool ReadReadingValue(string leaf, out long value)
    {
        var text = ReadText(leaf);
        if (TryParseInteger(text, out value, out var padded, out var fraction) && !fraction)
        {
            if (padded)
            {
                NotePadded(leaf);
            }
            if (_valuePowerOfTen != 0)
            {
                value = AtSeriesPower(value, 0, text, leaf);
            }
            return true;
        }
        if (text.Trim().IsEmpty)
        {
            NoteEmpty(leaf, ValueLine, ValueColumn);
            value = 0;
            return false;
        }
        if (!TryParseDecimal(text, out var mantissa, out var places))
        {
            throw NumberError(text, leaf);
        }
        var power = -places;
        if (power < _valuePowerOfTen)
        {
            var first = _valuePowerOfTen == 0;
            _valuePowerOfTen = (sbyte)power;
            if (!first)
            {
                _diagnostics.Quirk(DiagnosticCodes.DecimalValue, DiagnosticSeverity.Info,
                    $"Decimal values gained places part way (first: {Quote(text)}); values from there on are integers at 10^{power}, and the document brings each series to its finest power.",
                    ValueLine, ValueColumn, _entryId, "decimal-places");
            }
        }
        _diagnostics.Quirk(DiagnosticCodes.DecimalValue, DiagnosticSeverity.Info,
            $"Values written as decimals (first: {Quote(text)} in '{leaf}') were read exactly, as integers with a power of ten of {_valuePowerOfTen} (IntervalReading.ValuePowerOfTen); the document folds it into each series' ReadingType powerOfTenMultiplier.",
            ValueLine, ValueColumn, _entryId);
        value = AtSeriesPower(mantissa, power, text, leaf);
        return true;
    }

    /// <summary>A value at <paramref name="power"/> brought to the series' power: exact, or a data error when it cannot be held.</summary>
    private long AtSeriesPower(long value, int power, ReadOnlySpan<char> text, string leaf)
    {
        var factor = s_powers[power - _valuePowerOfTen];
        return value <= long.MaxValue / factor && value >= long.MinValue / factor ? value * factor : throw NumberError(text, leaf);
    }

    /// <summary>
    /// Parses an optionally signed decimal (<c>-0.620</c>) into an integer and its decimal places, trailing zeros dropped.
    /// False for anything else (exponents, thousands separators, too many digits).
    /// </summary>
    internal static bool TryParseDecimal(ReadOnlySpan<char> text, out long mantissa, out int places)
    {
        mantissa = 0;
        places = 0;
        var trimmed = text.Trim();
        var point = trimmed.IndexOf('.');
        if (point < 0)
        {
            return false;
        }
        var fraction = trimmed[(point + 1)..];
        var fractionDigits = fraction.TrimEnd('0');
        var whole = trimmed[..point];
        if (fractionDigits.Length > 18)
        {
            return false;
        }
        var negative = whole.StartsWith('-');
        var digits = whole.TrimStart('-').TrimStart('+');
        // ".0" has a digit even though its trailing zeros are dropped; "." and "-." have none.
        if (digits.Length + fraction.Length == 0 || (whole.Length - digits.Length) > 1)
        {
            return false;
        }
        ulong magnitude = 0;
        if (!Accumulate(digits, ref magnitude) || !Accumulate(fractionDigits, ref magnitude))
        {
            return false;
        }
        if (magnitude > (negative ? (ulong)long.MaxValue + 1 : long.MaxValue))
        {
            return false;
        }
        mantissa = negative ? (long)(0 - magnitude) : (long)magnitude;
        places = fractionDigits.Length;
        return true;
    }

    private static bool Accumulate(ReadOnlySpan<char> digits, ref ulong magnitude)
    {
        foreach (var c in digits)
        {
            var d = (uint)(c - '0');
            if (d > 9 || magnitude > (ulong.MaxValue - d) / 10)
            {
                return false;
            }
            magnitude = (magnitude * 10) + d;
        }
        return true;
    }

    /// <summary>Whether the block's first reading had neither a duration nor anything to derive one from: the second reading gives it.</summary>
    private bool _firstDurationPending;

    /// <summary>
    /// A reading with a start and no duration: the last ReadingType's intervalLength, else the spacing from the previous
    /// reading (either way round: newest-first files space backwards). The first reading of a block without either gets
    /// the spacing to the next one, set when that is read (<see cref="FixFirstDuration"/>).
    /// </summary>
    private long DeriveDuration(long start, bool hasPrevious, long previousStart)
    {
        var spacing = hasPrevious ? Math.Abs(start - previousStart) : 0;
        var duration = _lastIntervalLength ?? spacing;
        _diagnostics.Quirk(DiagnosticCodes.DerivedDuration, DiagnosticSeverity.Info,
            _lastIntervalLength is null
                ? "IntervalReadings without a duration were given the spacing of the readings' starts."
                : "IntervalReadings without a duration were given their ReadingType's intervalLength.",
            Line, Column, _entryId);
        return duration;
    }

    /// <summary>
    /// Once the second reading of a block is in <paramref name="readings"/> (the block's, or the streamed batch, which
    /// starts with the block's first reading), gives the first the spacing of their starts when it had no duration.
    /// </summary>
    private void FixFirstDuration(List<IntervalReading> readings, int index)
    {
        if (index != 1 || !_firstDurationPending || readings.Count < 2)
        {
            return;
        }
        _firstDurationPending = false;
        var first = readings[^2];
        var second = readings[^1];
        readings[^2] = first.At(first.StartSeconds, Math.Abs(second.StartSeconds - first.StartSeconds));
    }

    /// <summary>A powerOfTenMultiplier inside an IntervalReading (not ESPI): the ReadingType's is kept, and it is said.</summary>
    private void ReadReadingPowerOfTen()
    {
        var line = Line;
        var column = Column;
        var power = ReadOptionalInt32();
        if (power is { } p)
        {
            var agrees = p == _lastPowerOfTen;
            _diagnostics.Quirk(DiagnosticCodes.ReadingPowerOfTen, agrees ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning,
                agrees
                    ? "IntervalReadings carry a powerOfTenMultiplier of their own (not ESPI); it agrees with their ReadingType's and was ignored."
                    : $"IntervalReadings carry a powerOfTenMultiplier of their own (first: {(_options.RedactValues ? "redacted" : p)}) that contradicts their ReadingType's ({_lastPowerOfTen}); the ReadingType's was kept.",
                line, column, _entryId, agrees ? "reading-power-agrees" : "reading-power");
        }
    }
}
