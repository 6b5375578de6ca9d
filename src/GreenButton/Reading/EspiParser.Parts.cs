namespace GreenButton;

/// <summary>The structures resources share: ServiceCategory, ServiceDeliveryPoint, node and rider references, line items.</summary>
internal sealed partial class EspiParser
{
    private ServiceKind? ReadServiceCategory()
    {
        ServiceKind? kind = null;
        var line = Line;
        var column = Column;
        Push(_n.ServiceCategory);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.Kind))
                {
                    var text = ReadText();
                    if (TryParseInteger(text, out var value, out _, out var fraction) && !fraction && value is >= 0 and <= int.MaxValue)
                    {
                        kind = (ServiceKind)(int)value;
                    }
                    else if (!text.Trim().IsEmpty)
                    {
                        throw DataError($"ServiceCategory kind {Quote(text)} is not a number.", _n.Kind);
                    }
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        if (kind is null)
        {
            _diagnostics.Quirk(DiagnosticCodes.EmptyServiceKind, DiagnosticSeverity.Warning,
                "A ServiceCategory had no kind; the service kind is unknown.", line, column, _entryId);
        }
        return kind;
    }

    private ServiceDeliveryPoint ReadServiceDeliveryPoint()
    {
        string? name = null, tariffProfile = null, customerAgreement = null;
        var riders = new List<TariffRiderRef>();
        Push(NodeName);
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
                else if (Is(child, _n.TariffProfile))
                {
                    tariffProfile = ReadString();
                }
                else if (Is(child, _n.CustomerAgreement))
                {
                    customerAgreement = ReadString();
                }
                else if (Is(child, _n.TariffRiderRefs))
                {
                    riders.AddRange(ReadTariffRiderRefList());
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new ServiceDeliveryPoint { Name = name, TariffProfile = tariffProfile, CustomerAgreement = customerAgreement, TariffRiderRefs = riders };
    }

    private List<TariffRiderRef> ReadTariffRiderRefList()
    {
        var riders = new List<TariffRiderRef>();
        Push(_n.TariffRiderRefs);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.TariffRiderRef))
                {
                    riders.Add(ReadTariffRiderRef());
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return riders;
    }

    private TariffRiderRef ReadTariffRiderRef()
    {
        string? riderType = null, status = null;
        DateTimeOffset? effective = null;
        Push(_n.TariffRiderRef);
        if (Enter())
        {
            while (NextChild())
            {
                var child = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(child, _n.RiderType))
                {
                    riderType = ReadString();
                }
                else if (Is(child, _n.EnrollmentStatus))
                {
                    status = ReadString();
                }
                else if (Is(child, _n.EffectiveDate))
                {
                    effective = ReadOptionalEpochDate();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new TariffRiderRef { RiderType = riderType, EnrollmentStatus = status, EffectiveDate = effective };
    }

    private List<PnodeRef> ReadPnodeRefList()
    {
        var refs = new List<PnodeRef>();
        Push(_n.PnodeRefs);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.PnodeRef))
                {
                    refs.Add(ReadPnodeRef());
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return refs;
    }

    private PnodeRef ReadPnodeRef()
    {
        var (type, reference, start, end, _) = ReadNodeRef(_n.ApnodeType, nested: false);
        return new PnodeRef { ApnodeType = type, Ref = reference, StartEffectiveDate = start, EndEffectiveDate = end };
    }

    private List<AggregateNodeRef> ReadAggregateNodeRefList()
    {
        var refs = new List<AggregateNodeRef>();
        Push(_n.AggregateNodeRefs);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.AggregateNodeRef))
                {
                    var (type, reference, start, end, pnodes) = ReadNodeRef(_n.AnodeType, nested: true);
                    refs.Add(new AggregateNodeRef { AnodeType = type, Ref = reference, StartEffectiveDate = start, EndEffectiveDate = end, PnodeRefs = pnodes });
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return refs;
    }

    /// <summary>pnodeRef and aggregateNodeRef share a shape: a type, a ref and an effective period.</summary>
    private (string? Type, string? Ref, DateTimeOffset? Start, DateTimeOffset? End, List<PnodeRef> Pnodes) ReadNodeRef(string typeName, bool nested)
    {
        string? type = null, reference = null;
        DateTimeOffset? start = null, end = null;
        var pnodes = new List<PnodeRef>();
        Push(NodeName);
        if (Enter())
        {
            while (NextChild())
            {
                var child = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(child, typeName))
                {
                    type = ReadString();
                }
                else if (Is(child, _n.Ref))
                {
                    reference = ReadString();
                }
                else if (Is(child, _n.StartEffectiveDate))
                {
                    start = ReadOptionalEpochDate();
                }
                else if (Is(child, _n.EndEffectiveDate))
                {
                    end = ReadOptionalEpochDate();
                }
                else if (nested && Is(child, _n.PnodeRef))
                {
                    pnodes.Add(ReadPnodeRef());
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return (type, reference, start, end, pnodes);
    }

    private LineItem ReadLineItem()
    {
        long? amount = null, rounding = null, unitCost = null;
        DateTimeOffset? dateTime = null;
        string? note = null;
        SummaryMeasurement? measurement = null;
        ItemKind? itemKind = null;
        DateTimeInterval? itemPeriod = null;
        Push(NodeName);
        if (Enter())
        {
            while (NextChild())
            {
                var child = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(child, _n.Amount))
                {
                    amount = ReadOptionalInt64();
                }
                else if (Is(child, _n.Rounding))
                {
                    rounding = ReadOptionalInt64();
                }
                else if (Is(child, _n.DateTime))
                {
                    dateTime = ReadOptionalEpochDate();
                }
                else if (Is(child, _n.Note))
                {
                    note = ReadString();
                }
                else if (Is(child, _n.Measurement))
                {
                    measurement = ReadSummaryMeasurement();
                }
                else if (Is(child, _n.ItemKind))
                {
                    itemKind = (ItemKind?)ReadCode();
                }
                else if (Is(child, _n.UnitCost))
                {
                    unitCost = ReadOptionalInt64();
                }
                else if (Is(child, _n.ItemPeriod))
                {
                    itemPeriod = ReadInterval();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new LineItem
        {
            Amount = amount,
            Rounding = rounding,
            DateTime = dateTime,
            Note = note,
            Measurement = measurement,
            ItemKind = itemKind,
            UnitCost = unitCost,
            ItemPeriod = itemPeriod,
        };
    }

    private string? ReadAgencyName()
    {
        string? agency = null;
        Push(_n.BillingChargeSource);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.AgencyName))
                {
                    agency = ReadString();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return agency;
    }
}
