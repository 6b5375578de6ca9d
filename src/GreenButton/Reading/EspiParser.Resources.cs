namespace GreenButton;

internal sealed partial class EspiParser
{
    private bool IsResourceName(string name)
        => Is(name, _n.IntervalBlock) || Is(name, _n.UsagePoint) || Is(name, _n.MeterReading) || Is(name, _n.ReadingType)
            || Is(name, _n.LocalTimeParameters) || Is(name, _n.UsageSummary) || Is(name, _n.ElectricPowerUsageSummary)
            || Is(name, _n.ElectricPowerQualitySummary) || Is(name, _n.ApplicationInformation) || Is(name, _n.Authorization)
            || Is(name, _n.BatchList) || Is(name, _n.ServiceStatus) || Is(name, _n.ProgramIdMappings) || IsCustomerResourceName(name);

    /// <summary>
    /// Reads the ESPI resource under the reader (its name is one <see cref="IsResourceName"/> knows), then the resources
    /// written inside it (an IntervalBlock inside a MeterReading), each as a resource of its own.
    /// </summary>
    private void ReadResourceInto(List<EspiResource> resources)
    {
        if (_nested is not null)
        {
            ReadResourceCore(resources);
            return;
        }
        var nested = _nestedBuffer;
        nested.Clear();
        _nested = nested;
        try
        {
            ReadResourceCore(resources);
        }
        finally
        {
            _nested = null;
        }
        if (nested.Count > 0)
        {
            resources.AddRange(nested);
            nested.Clear();
        }
    }

    private void ReadResourceCore(List<EspiResource> resources)
    {
        var name = NodeName;
        if (ReferenceEquals(NodeNamespace, _n.Customer) && !IsCustomerResourceName(name))
        {
            _diagnostics.Quirk(DiagnosticCodes.CustomerNamespace, DiagnosticSeverity.Info,
                $"ESPI resource '{name}' was written in the customer namespace; read as ESPI.", Line, Column, _entryId, "customer-ns:" + name);
        }
        if (Is(name, _n.IntervalBlock))
        {
            resources.Add(ReadIntervalBlock());
        }
        else if (Is(name, _n.MeterReading))
        {
            resources.Add(ReadMeterReading());
        }
        else if (Is(name, _n.ReadingType))
        {
            resources.Add(ReadReadingType());
        }
        else if (Is(name, _n.UsagePoint))
        {
            resources.Add(ReadUsagePoint());
        }
        else if (Is(name, _n.LocalTimeParameters))
        {
            resources.Add(ReadLocalTimeParameters());
        }
        else if (Is(name, _n.UsageSummary))
        {
            resources.Add(ReadUsageSummary(legacy: false));
        }
        else if (Is(name, _n.ElectricPowerUsageSummary))
        {
            resources.Add(ReadUsageSummary(legacy: true));
        }
        else if (Is(name, _n.ElectricPowerQualitySummary))
        {
            resources.Add(ReadPowerQualitySummary());
        }
        else if (Is(name, _n.ApplicationInformation))
        {
            resources.Add(ReadApplicationInformation());
        }
        else if (Is(name, _n.Authorization))
        {
            resources.Add(ReadAuthorization());
        }
        else if (Is(name, _n.BatchList))
        {
            resources.Add(ReadBatchList());
        }
        else if (Is(name, _n.ServiceStatus))
        {
            resources.Add(ReadServiceStatus());
        }
        else if (Is(name, _n.ProgramIdMappings))
        {
            resources.Add(ReadProgramIdMappings());
        }
        else
        {
            ReadCustomerResourceInto(resources);
        }
    }

    /// <summary>Children every IdentifiedObject may have: <c>batchItemInfo</c> (kept) and <c>extension</c> (skipped, counted).</summary>
    private bool TryReadCommon(string name, ref BatchItemInfo? batchItemInfo)
    {
        if (Is(name, _n.BatchItemInfo))
        {
            batchItemInfo = ReadBatchItemInfo();
            return true;
        }
        return false;
    }

    private BatchItemInfo ReadBatchItemInfo()
    {
        string? name = null, reason = null;
        CrudOperation? operation = null;
        StatusCode? status = null;
        Push(_n.BatchItemInfo);
        if (Enter())
        {
            while (NextChild())
            {
                var child = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(child, _n.Name))
                {
                    name = ReadString();
                }
                else if (Is(child, _n.Operation))
                {
                    operation = (CrudOperation?)ReadCode();
                }
                else if (Is(child, _n.StatusCode))
                {
                    status = (StatusCode?)ReadCode();
                }
                else if (Is(child, _n.StatusReason))
                {
                    reason = ReadString();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new BatchItemInfo { Name = name, Operation = operation, StatusCode = status, StatusReason = reason };
    }

    private MeterReading ReadMeterReading()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        ReadingType? embedded = null;
        Push(_n.MeterReading);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.ReadingType))
                {
                    _diagnostics.Quirk(DiagnosticCodes.EmbeddedReadingType, DiagnosticSeverity.Info,
                        "A ReadingType was written inside its MeterReading; it is used as the MeterReading's ReadingType.", Line, Column, _entryId);
                    embedded = ReadReadingType();
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new MeterReading { EmbeddedReadingType = embedded, BatchItemInfo = batchItemInfo, Line = line, Column = column };
    }

    private ReadingType ReadReadingType()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        AccumulationBehaviour? accumulation = null;
        Commodity? commodity = null;
        short? tier = null, tou = null, cpp = null;
        Currency? currency = null;
        DataQualifier? qualifier = null;
        QualityOfReading? defaultQuality = null;
        FlowDirection? flow = null;
        long? intervalLength = null;
        ReadingKind? kind = null;
        PhaseCode? phase = null;
        int? power = null;
        TimeAttribute? timeAttribute = null;
        UnitOfMeasure? uom = null;
        RationalNumber? interharmonic = null, argument = null;
        TimeAttribute? measuringPeriod = null;
        int? aggregate = null;
        Push(_n.ReadingType);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.AccumulationBehaviour))
                {
                    accumulation = (AccumulationBehaviour?)ReadCode();
                }
                else if (Is(name, _n.Commodity))
                {
                    commodity = (Commodity?)ReadCode();
                }
                else if (Is(name, _n.ConsumptionTier))
                {
                    tier = ReadOptionalInt16();
                }
                else if (Is(name, _n.Currency))
                {
                    currency = (Currency?)ReadCode();
                }
                else if (Is(name, _n.DataQualifier))
                {
                    qualifier = (DataQualifier?)ReadCode();
                }
                else if (Is(name, _n.DefaultQuality))
                {
                    defaultQuality = (QualityOfReading?)ReadCode();
                }
                else if (Is(name, _n.FlowDirection))
                {
                    flow = (FlowDirection?)ReadCode();
                }
                else if (Is(name, _n.IntervalLength))
                {
                    intervalLength = ReadOptionalDuration(name);
                }
                else if (Is(name, _n.Kind))
                {
                    kind = (ReadingKind?)ReadCode();
                }
                else if (Is(name, _n.Phase))
                {
                    phase = (PhaseCode?)ReadCode();
                }
                else if (Is(name, _n.PowerOfTenMultiplier))
                {
                    power = ReadPowerOfTen();
                }
                else if (Is(name, _n.TimeAttribute))
                {
                    timeAttribute = (TimeAttribute?)ReadCode();
                }
                else if (Is(name, _n.Tou))
                {
                    tou = ReadOptionalInt16();
                }
                else if (Is(name, _n.Uom))
                {
                    uom = (UnitOfMeasure?)ReadCode();
                }
                else if (Is(name, _n.Cpp))
                {
                    cpp = ReadOptionalInt16();
                }
                else if (Is(name, _n.Interharmonic))
                {
                    interharmonic = ReadRational();
                }
                else if (Is(name, _n.MeasuringPeriod))
                {
                    measuringPeriod = (TimeAttribute?)ReadCode();
                }
                else if (Is(name, _n.Argument))
                {
                    argument = ReadRational();
                }
                else if (Is(name, _n.Aggregate))
                {
                    aggregate = ReadOptionalInt32();
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        _lastIntervalLength = intervalLength ?? _lastIntervalLength;
        _lastPowerOfTen = power ?? _lastPowerOfTen;
        return new ReadingType
        {
            AccumulationBehaviour = accumulation,
            Commodity = commodity,
            ConsumptionTier = tier,
            Currency = currency,
            DataQualifier = qualifier,
            DefaultQuality = defaultQuality,
            FlowDirection = flow,
            IntervalLength = intervalLength,
            Kind = kind,
            Phase = phase,
            PowerOfTenMultiplier = power ?? 0,
            HasPowerOfTenMultiplier = power.HasValue,
            TimeAttribute = timeAttribute,
            Tou = tou,
            Uom = uom,
            Cpp = cpp,
            Interharmonic = interharmonic,
            MeasuringPeriod = measuringPeriod,
            Argument = argument,
            Aggregate = aggregate,
            BatchItemInfo = batchItemInfo,
            Line = line,
            Column = column,
        };
    }

    /// <summary>Reads powerOfTenMultiplier (null when empty); a value beyond decimal's -28..28 is kept and reported (scaling it then fails).</summary>
    private int? ReadPowerOfTen()
    {
        var line = Line;
        var column = Column;
        var power = ReadOptionalInt32();
        if (power is < -28 or > 28)
        {
            _diagnostics.Quirk(DiagnosticCodes.OutOfRange, DiagnosticSeverity.Warning,
                "A powerOfTenMultiplier lies outside -28..28; values it scales cannot be expressed and read as unscaled.", line, column, _entryId, "power-of-ten");
        }
        return power;
    }

    private RationalNumber ReadRational()
    {
        long? numerator = null, denominator = null;
        Push(NodeName);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (IsEspi && Is(name, _n.Numerator))
                {
                    numerator = ReadOptionalInt64();
                }
                else if (IsEspi && Is(name, _n.Denominator))
                {
                    denominator = ReadOptionalInt64();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new RationalNumber(numerator, denominator);
    }

    private DateTimeInterval ReadInterval()
    {
        long start = 0, duration = 0;
        bool hasStart = false, hasDuration = false;
        Push(NodeName);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (IsEspi && Is(name, _n.Start))
                {
                    if (ReadOptionalEpoch() is { } s)
                    {
                        start = s;
                        hasStart = true;
                    }
                }
                else if (IsEspi && Is(name, _n.Duration))
                {
                    if (ReadOptionalDuration(name) is { } d)
                    {
                        duration = d;
                        hasDuration = true;
                    }
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new DateTimeInterval(start, duration, hasStart, hasDuration);
    }

    private SummaryMeasurement ReadSummaryMeasurement()
    {
        int? power = null;
        DateTimeOffset? timeStamp = null;
        UnitOfMeasure? uom = null;
        long? value = null;
        string? readingTypeRef = null;
        Push(NodeName);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.PowerOfTenMultiplier))
                {
                    power = ReadPowerOfTen();
                }
                else if (Is(name, _n.TimeStamp))
                {
                    timeStamp = ReadOptionalEpochDate();
                }
                else if (Is(name, _n.Uom))
                {
                    uom = (UnitOfMeasure?)ReadCode();
                }
                else if (Is(name, _n.Value))
                {
                    value = ReadOptionalInt64();
                }
                else if (Is(name, _n.ReadingTypeRef))
                {
                    readingTypeRef = ReadString();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new SummaryMeasurement { PowerOfTenMultiplier = power ?? 0, HasPowerOfTenMultiplier = power.HasValue, TimeStamp = timeStamp, Uom = uom, Value = value, ReadingTypeRef = readingTypeRef };
    }

    private LocalTimeParameters ReadLocalTimeParameters()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        uint? startRaw = null, endRaw = null;
        long? dstRead = null, tzRead = null;
        Push(_n.LocalTimeParameters);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.DstEndRule))
                {
                    endRaw = ReadOptionalHex32();
                }
                else if (Is(name, _n.DstStartRule))
                {
                    startRaw = ReadOptionalHex32();
                }
                else if (Is(name, _n.DstOffset))
                {
                    dstRead = ReadOptionalInt64();
                }
                else if (Is(name, _n.TzOffset))
                {
                    tzRead = ReadOptionalInt64();
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        var start = new DstRule(startRaw ?? uint.MaxValue);
        var end = new DstRule(endRaw ?? uint.MaxValue);
        long dstOffset = dstRead ?? 0, tzOffset = tzRead ?? 0;
        if (startRaw is null || endRaw is null || (dstRead is null && !start.IsDisabled && !end.IsDisabled))
        {
            // Seen (Enbridge, 2026): every field an empty element. Without both rules and a shift there is no DST to apply.
            start = end = new DstRule(uint.MaxValue);
            dstOffset = 0;
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.LocalTimeWithoutRules, tzRead is { } tz
                ? $"LocalTimeParameters has no usable DST rules; it was read as the fixed offset {(_options.RedactValues ? "tzOffset" : $"{tz} s")} (no daylight saving time)."
                : "LocalTimeParameters has no usable DST rules and no tzOffset; it was read as UTC, and local times equal UTC.",
                line, column, _entryId);
        }
        else if (tzRead is null)
        {
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.LocalTimeWithoutRules,
                "LocalTimeParameters has no tzOffset; standard time was taken as UTC.", line, column, _entryId);
        }
        // ESPI is North American: a positive offset with March/November rules is a sign error (seen in real files).
        if (tzOffset > 0 && start.Month == 3 && end.Month == 11)
        {
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.FlippedTzOffset,
                $"tzOffset {(_options.RedactValues ? "" : tzOffset + " ")}is positive with North American DST rules; it was negated.", line, column, _entryId);
            tzOffset = -tzOffset;
        }
        // Seen (Con Edison): dstOffset written as the zone offset, -18000. DST shifts clocks by 0 to 2 hours.
        if (dstOffset is < 0 or > 7200 && !start.IsDisabled && !end.IsDisabled)
        {
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.ImplausibleDstOffset,
                $"dstOffset {(_options.RedactValues ? "" : dstOffset + " ")}is not a DST shift (0 to 7200 seconds); 3600 was used.", line, column, _entryId);
            dstOffset = 3600;
        }
        if (!LocalTimeParameters.IsUsableOffset(tzOffset))
        {
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.OutOfRange,
                $"tzOffset {(_options.RedactValues ? "" : tzOffset + " ")}is no offset a clock can show (whole minutes within ±14 hours); it was kept as read, and local times fall back to UTC.",
                line, column, _entryId);
        }
        else if (dstOffset != 0 && !LocalTimeParameters.IsUsableOffset(tzOffset + dstOffset))
        {
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.OutOfRange,
                $"tzOffset plus dstOffset {(_options.RedactValues ? "" : $"({tzOffset + dstOffset}) ")}is no offset a clock can show; it was kept as read, and local times stay in standard time.",
                line, column, _entryId);
        }
        return new LocalTimeParameters
        {
            DstStartRule = start,
            DstEndRule = end,
            DstOffsetSeconds = dstOffset,
            TzOffsetSeconds = tzOffset,
            BatchItemInfo = batchItemInfo,
            Line = line,
            Column = column,
        };
    }

    private BatchList ReadBatchList()
    {
        var line = Line;
        var column = Column;
        var resources = new List<string>();
        Push(_n.BatchList);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.Resources))
                {
                    if (ReadString() is { } uri)
                    {
                        resources.Add(uri);
                    }
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new BatchList { Resources = resources, Line = line, Column = column };
    }

    private ServiceStatus ReadServiceStatus()
    {
        var line = Line;
        var column = Column;
        ServiceStatusKind? status = null;
        Push(_n.ServiceStatus);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.CurrentStatus))
                {
                    status = (ServiceStatusKind?)ReadCode();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new ServiceStatus { CurrentStatus = status, Line = line, Column = column };
    }

    private ProgramIdMappings ReadProgramIdMappings()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        var mappings = new List<ProgramIdMapping>();
        Push(_n.ProgramIdMappings);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (IsEspi && Is(name, _n.ProgramIdMapping))
                {
                    mappings.Add(ReadProgramIdMapping());
                }
                else if (!IsEspi || !TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new ProgramIdMappings { Mappings = mappings, BatchItemInfo = batchItemInfo, Line = line, Column = column };
    }

    private ProgramIdMapping ReadProgramIdMapping()
    {
        string? kind = null, code = null, name = null, note = null;
        Push(_n.ProgramIdMapping);
        if (Enter())
        {
            while (NextChild())
            {
                var child = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(child, _n.TOUorCPPorConsumptionTier))
                {
                    kind = ReadString();
                }
                else if (Is(child, _n.Code))
                {
                    code = ReadString();
                }
                else if (Is(child, _n.Name))
                {
                    name = ReadString();
                }
                else if (Is(child, _n.Note))
                {
                    note = ReadString();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new ProgramIdMapping { Kind = kind, Code = code, Name = name, Note = note };
    }
}
