namespace GreenButton;

/// <summary>
/// The resources of the ESPI customer namespace (<c>customer.xsd</c>). Child elements are matched by local name in either
/// ESPI namespace, as for usage resources; anything else is skipped and counted. Values never reach a message when
/// <see cref="GreenButtonReaderOptions.RedactValues"/> is set: they are personal data.
/// </summary>
internal sealed partial class EspiParser
{
    /// <summary>Whether <paramref name="name"/> is a resource of <c>customer.xsd</c> (LocalTimeParameters and BatchList are read as ESPI's).</summary>
    private static bool IsCustomerResourceName(string name) => name switch
    {
        "Customer" or "CustomerAccount" or "CustomerAgreement" or "ServiceLocation" or "ServiceSupplier" or "EndDevice" or "Meter"
            or "Statement" or "ProgramDateIdMappings" => true,
        _ => false,
    };

    /// <summary>Reads the customer resource under the reader (its name is one <see cref="IsCustomerResourceName"/> knows).</summary>
    private void ReadCustomerResourceInto(List<EspiResource> resources)
        => resources.Add(NodeName switch
        {
            "Customer" => ReadCustomer(),
            "CustomerAccount" => ReadCustomerAccount(),
            "CustomerAgreement" => ReadCustomerAgreement(),
            "ServiceLocation" => ReadServiceLocation(),
            "ServiceSupplier" => ReadServiceSupplier(),
            "EndDevice" => ReadEndDevice(meter: false),
            "Meter" => ReadEndDevice(meter: true),
            "Statement" => ReadStatement(),
            _ => ReadProgramDateIdMappings(), // the last name IsCustomerResourceName knows
        });

    /// <summary>
    /// Walks the children of the element under the reader: <paramref name="read"/> reads an ESPI-namespace child it knows
    /// (by local name) and returns true, or returns false, leaving it, and the child is skipped as unknown.
    /// </summary>
    private void ReadChildren(Func<string, bool> read)
    {
        Push(NodeName);
        if (Enter())
        {
            while (NextChild())
            {
                if (!IsEspi || !read(NodeName))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
    }

    private Customer ReadCustomer()
    {
        var (line, column) = (Line, Column);
        BatchItemInfo? batch = null;
        string? name = null, kind = null, specialNeed = null, puc = null, locale = null, customerName = null;
        Organisation? organisation = null;
        bool? vip = null;
        Status? status = null;
        Priority? priority = null;
        ReadChildren(child =>
        {
            switch (child)
            {
                case "batchItemInfo": batch = ReadBatchItemInfo(); break;
                case "name": name = ReadString(); break;
                case "Organisation": organisation = ReadOrganisation(); break;
                case "kind": kind = ReadString(); break;
                case "specialNeed": specialNeed = ReadString(); break;
                case "vip": vip = ReadOptionalBoolean(); break;
                case "pucNumber": puc = ReadString(); break;
                case "status": status = ReadStatus(); break;
                case "priority": priority = ReadPriority(); break;
                case "locale": locale = ReadString(); break;
                case "customerName": customerName = ReadString(); break;
                default: return false;
            }
            return true;
        });
        return new Customer
        {
            BatchItemInfo = batch, Name = name, Organisation = organisation, Kind = kind, SpecialNeed = specialNeed, Vip = vip,
            PucNumber = puc, Status = status, Priority = priority, Locale = locale, CustomerName = customerName, Line = line, Column = column,
        };
    }

    /// <summary>Reads a field of customer <c>Document</c> into <paramref name="d"/>; false for any other child.</summary>
    private bool TryReadDocumentField(string child, CustomerDocumentFields d)
    {
        switch (child)
        {
            case "batchItemInfo": d.Batch = ReadBatchItemInfo(); break;
            case "name": d.Name = ReadString(); break;
            case "type": d.Type = ReadString(); break;
            case "authorName": d.AuthorName = ReadString(); break;
            case "createdDateTime": d.Created = ReadOptionalEpochDate(); break;
            case "lastModifiedDateTime": d.Modified = ReadOptionalEpochDate(); break;
            case "revisionNumber": d.RevisionNumber = ReadString(); break;
            case "electronicAddress": d.ElectronicAddress = ReadElectronicAddress(); break;
            case "subject": d.Subject = ReadString(); break;
            case "title": d.Title = ReadString(); break;
            case "docStatus": d.DocStatus = ReadStatus(); break;
            case "status": d.Status = ReadStatus(); break;
            case "comment": d.Comment = ReadString(); break;
            default: return false;
        }
        return true;
    }

    private CustomerAccount ReadCustomerAccount()
    {
        var (line, column) = (Line, Column);
        var d = new CustomerDocumentFields();
        string? billingCycle = null, budgetBill = null, accountId = null;
        long? lastBill = null;
        var notifications = new List<AccountNotification>();
        Organisation? contact = null;
        ReadChildren(child =>
        {
            switch (child)
            {
                case "billingCycle": billingCycle = ReadString(); break;
                case "budgetBill": budgetBill = ReadString(); break;
                case "lastBillAmount": lastBill = ReadOptionalInt64(); break;
                case "notifications": notifications.Add(ReadAccountNotification()); break;
                case "contactInfo": contact = ReadOrganisation(); break;
                case "accountId": accountId = ReadString(); break;
                default: return TryReadDocumentField(child, d);
            }
            return true;
        });
        return new CustomerAccount(d)
        {
            BillingCycle = billingCycle, BudgetBill = budgetBill, LastBillAmount = lastBill, Notifications = notifications, ContactInfo = contact,
            AccountId = accountId, Line = line, Column = column,
        };
    }

    private CustomerAgreement ReadCustomerAgreement()
    {
        var (line, column) = (Line, Column);
        var d = new CustomerDocumentFields();
        DateTimeOffset? signDate = null, shutOff = null;
        DateTimeInterval? validity = null;
        string? loadMgmt = null, agreementId = null;
        bool? prePay = null;
        Currency? currency = null;
        var programs = new List<DemandResponseProgram>();
        var pricing = new List<string>();
        var future = new List<Status>();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "signDate": signDate = ReadOptionalEpochDate(); break;
                case "validityInterval": validity = ReadInterval(); break;
                case "loadMgmt": loadMgmt = ReadString(); break;
                case "isPrePay": prePay = ReadOptionalBoolean(); break;
                case "shutOffDateTime": shutOff = ReadOptionalEpochDate(); break;
                case "DemandResponseProgram": programs.Add(ReadDemandResponseProgram()); break;
                case "PricingStructures":
                    if (ReadString() is { } structure)
                    {
                        pricing.Add(structure);
                    }
                    break;
                case "currency": currency = (Currency?)ReadCode(); break;
                case "futureStatus": future.Add(ReadStatus()); break;
                case "agreementId": agreementId = ReadString(); break;
                default: return TryReadDocumentField(child, d);
            }
            return true;
        });
        return new CustomerAgreement(d)
        {
            SignDate = signDate, ValidityInterval = validity, LoadMgmt = loadMgmt, IsPrePay = prePay, ShutOffDateTime = shutOff,
            DemandResponsePrograms = programs, PricingStructures = pricing, Currency = currency, FutureStatus = future, AgreementId = agreementId,
            Line = line, Column = column,
        };
    }

    private ServiceLocation ReadServiceLocation()
    {
        var (line, column) = (Line, Column);
        BatchItemInfo? batch = null;
        string? name = null, type = null, geo = null, direction = null, access = null, problem = null, outage = null;
        StreetAddress? main = null, secondary = null;
        TelephoneNumber? phone1 = null, phone2 = null;
        ElectronicAddress? electronic = null;
        Status? status = null;
        bool? inspection = null;
        var points = new List<PositionPoint>();
        var usagePoints = new List<string>();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "batchItemInfo": batch = ReadBatchItemInfo(); break;
                case "name": name = ReadString(); break;
                case "type": type = ReadString(); break;
                case "mainAddress": main = ReadStreetAddress(); break;
                case "secondaryAddress": secondary = ReadStreetAddress(); break;
                case "phone1": phone1 = ReadTelephoneNumber(); break;
                case "phone2": phone2 = ReadTelephoneNumber(); break;
                case "electronicAddress": electronic = ReadElectronicAddress(); break;
                case "geoInfoReference": geo = ReadString(); break;
                case "direction": direction = ReadString(); break;
                case "status": status = ReadStatus(); break;
                case "positionPoints": points.Add(ReadPositionPoint()); break;
                case "accessMethod": access = ReadString(); break;
                case "siteAccessProblem": problem = ReadString(); break;
                case "needsInspection": inspection = ReadOptionalBoolean(); break;
                case "UsagePoints": ReadUsagePointRefs(usagePoints); break;
                case "outageBlock": outage = ReadString(); break;
                default: return false;
            }
            return true;
        });
        return new ServiceLocation
        {
            BatchItemInfo = batch, Name = name, Type = type, MainAddress = main, SecondaryAddress = secondary, Phone1 = phone1, Phone2 = phone2,
            ElectronicAddress = electronic, GeoInfoReference = geo, Direction = direction, Status = status, PositionPoints = points,
            AccessMethod = access, SiteAccessProblem = problem, NeedsInspection = inspection, UsagePointHrefs = usagePoints, OutageBlock = outage,
            Line = line, Column = column,
        };
    }

    private void ReadUsagePointRefs(List<string> hrefs)
        => ReadChildren(child =>
        {
            if (child != "UsagePoint")
            {
                return false;
            }
            if (ReadString() is { } href)
            {
                hrefs.Add(href);
            }
            return true;
        });

    private ServiceSupplier ReadServiceSupplier()
    {
        var (line, column) = (Line, Column);
        BatchItemInfo? batch = null;
        string? name = null, kind = null, issuer = null;
        Organisation? organisation = null;
        DateTimeOffset? effective = null;
        ReadChildren(child =>
        {
            switch (child)
            {
                case "batchItemInfo": batch = ReadBatchItemInfo(); break;
                case "name": name = ReadString(); break;
                case "Organisation": organisation = ReadOrganisation(); break;
                case "kind": kind = ReadString(); break;
                case "issuerIdentificationNumber": issuer = ReadString(); break;
                case "effectiveDate": effective = ReadOptionalEpochDate(); break;
                default: return false;
            }
            return true;
        });
        return new ServiceSupplier
        {
            BatchItemInfo = batch, Name = name, Organisation = organisation, Kind = kind, IssuerIdentificationNumber = issuer,
            EffectiveDate = effective, Line = line, Column = column,
        };
    }

    /// <summary>Reads an EndDevice, or a Meter (an EndDevice with a form, multipliers and an interval length).</summary>
    private EndDevice ReadEndDevice(bool meter)
    {
        var (line, column) = (Line, Column);
        BatchItemInfo? batch = null;
        string? name = null, type = null, utc = null, serial = null, lot = null, condition = null, install = null, amr = null, form = null;
        long? price = null, loss = null, intervalLength = null;
        bool? critical = null, isVirtual = null, isPan = null;
        ElectronicAddress? electronic = null;
        LifecycleDate? lifecycle = null;
        AcceptanceTest? test = null;
        Status? status = null;
        var multipliers = new List<MeterMultiplier>();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "batchItemInfo": batch = ReadBatchItemInfo(); break;
                case "name": name = ReadString(); break;
                case "type": type = ReadString(); break;
                case "utcNumber": utc = ReadString(); break;
                case "serialNumber": serial = ReadString(); break;
                case "lotNumber": lot = ReadString(); break;
                case "purchasePrice": price = ReadOptionalInt64(); break;
                case "critical": critical = ReadOptionalBoolean(); break;
                case "electronicAddress": electronic = ReadElectronicAddress(); break;
                case "lifecycle": lifecycle = ReadLifecycleDate(); break;
                case "acceptanceTest": test = ReadAcceptanceTest(); break;
                case "initialCondition": condition = ReadString(); break;
                case "initialLossOfLife": loss = ReadOptionalInt64(); break;
                case "status": status = ReadStatus(); break;
                case "isVirtual": isVirtual = ReadOptionalBoolean(); break;
                case "isPan": isPan = ReadOptionalBoolean(); break;
                case "installCode": install = ReadString(); break;
                case "amrSystem": amr = ReadString(); break;
                case "formNumber" when meter: form = ReadString(); break;
                case "MeterMultipliers" when meter: multipliers.Add(ReadMeterMultiplier()); break;
                case "intervalLength" when meter: intervalLength = ReadOptionalInt64(); break;
                default: return false;
            }
            return true;
        });
        if (meter)
        {
            return new Meter
            {
                BatchItemInfo = batch, Name = name, Type = type, UtcNumber = utc, SerialNumber = serial, LotNumber = lot, PurchasePrice = price,
                Critical = critical, ElectronicAddress = electronic, Lifecycle = lifecycle, AcceptanceTest = test, InitialCondition = condition,
                InitialLossOfLife = loss, Status = status, IsVirtual = isVirtual, IsPan = isPan, InstallCode = install, AmrSystem = amr,
                FormNumber = form, MeterMultipliers = multipliers, IntervalLength = intervalLength, Line = line, Column = column,
            };
        }
        return new EndDevice
        {
            BatchItemInfo = batch, Name = name, Type = type, UtcNumber = utc, SerialNumber = serial, LotNumber = lot, PurchasePrice = price,
            Critical = critical, ElectronicAddress = electronic, Lifecycle = lifecycle, AcceptanceTest = test, InitialCondition = condition,
            InitialLossOfLife = loss, Status = status, IsVirtual = isVirtual, IsPan = isPan, InstallCode = install, AmrSystem = amr,
            Line = line, Column = column,
        };
    }

    private Statement ReadStatement()
    {
        var (line, column) = (Line, Column);
        BatchItemInfo? batch = null;
        string? name = null;
        DateTimeOffset? issued = null;
        var refs = new List<StatementRef>();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "batchItemInfo": batch = ReadBatchItemInfo(); break;
                case "name": name = ReadString(); break;
                case "issueDateTime": issued = ReadOptionalEpochDate(); break;
                case "statementRef": refs.Add(ReadStatementRef()); break;
                default: return false;
            }
            return true;
        });
        return new Statement { BatchItemInfo = batch, Name = name, IssueDateTime = issued, StatementRefs = refs, Line = line, Column = column };
    }

    private ProgramDateIdMappings ReadProgramDateIdMappings()
    {
        var (line, column) = (Line, Column);
        BatchItemInfo? batch = null;
        string? name = null;
        var mappings = new List<ProgramDateIdMapping>();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "batchItemInfo": batch = ReadBatchItemInfo(); break;
                case "name": name = ReadString(); break;
                case "programDateIdMapping": mappings.Add(ReadProgramDateIdMapping()); break;
                default: return false;
            }
            return true;
        });
        return new ProgramDateIdMappings { BatchItemInfo = batch, Name = name, Mappings = mappings, Line = line, Column = column };
    }
}
