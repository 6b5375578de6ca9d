using System.Globalization;

namespace GreenButton;

/// <summary>
/// The resources of the customer namespace (<c>http://naesb.org/espi/customer</c>, <c>customer.xsd</c>), each in the XSD's
/// element order. Their leaves reuse the ESPI helpers, switched to the customer namespace while a customer resource is
/// written. The namespace is declared once: on the root when the writer knows the document holds customer data
/// (<see cref="DeclaresCustomer"/>), else on each customer resource element. The anonymizer never writes them.
/// </summary>
public sealed partial class GreenButtonWriter
{
    internal const string CustomerNs = EspiNames.CustomerNamespace;

    // The prefix of the customer namespace while a customer resource is written; null: the ESPI namespace.
    private string? _customerPrefix;

    /// <summary>Declares the customer namespace on the root element; set before anything is written.</summary>
    internal bool DeclaresCustomer { get; set; }

    private string Ns => _customerPrefix is null ? EspiNs : CustomerNs;

    private string Prefix => _customerPrefix ?? _e;

    private string CustomerPrefix => _e == "cust" ? "customer" : "cust";

    private void DeclareCustomer()
    {
        if (DeclaresCustomer)
        {
            _xml.WriteAttributeString("xmlns", CustomerPrefix, null, CustomerNs);
        }
    }

    private void WriteOtherResource(EspiResource resource)
    {
        if (resource is not CustomerResource customer || _filter is not null)
        {
            // The anonymizer removes customer resources (they are personal data by definition).
            _collector.Quirk(DiagnosticCodes.UnwrittenResource, DiagnosticSeverity.Warning,
                $"{resource.ResourceName} resources cannot be written here; they were left out.", _line, _column, _entryId, "unwritten:" + resource.ResourceName);
            return;
        }
        _customerPrefix = CustomerPrefix;
        try
        {
            WriteCustomerResource(customer);
        }
        finally
        {
            _customerPrefix = null;
        }
    }

    private void WriteCustomerResource(CustomerResource resource)
    {
        Start(resource.ResourceName);
        BatchItemInfo(resource.BatchItemInfo);
        Text("name", resource.Name);
        switch (resource)
        {
            case Customer c:
                OrganisationElement("Organisation", c.Organisation);
                Text("kind", c.Kind);
                Text("specialNeed", c.SpecialNeed);
                Bool("vip", c.Vip);
                Text("pucNumber", c.PucNumber);
                StatusElement("status", c.Status);
                PriorityElement(c.Priority);
                Text("locale", c.Locale);
                Text("customerName", c.CustomerName);
                break;
            case CustomerAccount a:
                DocumentFields(a);
                Text("billingCycle", a.BillingCycle);
                Text("budgetBill", a.BudgetBill);
                Int48("lastBillAmount", a.LastBillAmount);
                foreach (var n in a.Notifications)
                {
                    Start("notifications");
                    RequiredText("notifications", "methodKind", n.MethodKind);
                    RequiredTime("notifications", "time", n.Time);
                    RequiredText("notifications", "note", n.Note);
                    RequiredText("notifications", "customerNotificationKind", n.CustomerNotificationKind);
                    End();
                }
                OrganisationElement("contactInfo", a.ContactInfo);
                Text("accountId", a.AccountId);
                break;
            case CustomerAgreement g:
                DocumentFields(g);
                Time("signDate", g.SignDate);
                Interval("validityInterval", g.ValidityInterval, "CustomerAgreement");
                Text("loadMgmt", g.LoadMgmt);
                Bool("isPrePay", g.IsPrePay);
                Time("shutOffDateTime", g.ShutOffDateTime);
                foreach (var p in g.DemandResponsePrograms)
                {
                    ProgramElement(p);
                }
                foreach (var structure in g.PricingStructures)
                {
                    Text("PricingStructures", structure);
                }
                Code("currency", (int?)g.Currency);
                foreach (var status in g.FutureStatus)
                {
                    StatusElement("futureStatus", status);
                }
                Text("agreementId", g.AgreementId);
                break;
            case ServiceLocation l:
                LocationFields(l);
                break;
            case ServiceSupplier s:
                OrganisationElement("Organisation", s.Organisation);
                Text("kind", s.Kind);
                Text("issuerIdentificationNumber", s.IssuerIdentificationNumber);
                Time("effectiveDate", s.EffectiveDate);
                break;
            case EndDevice d:
                DeviceFields(d);
                break;
            case Statement st:
                Time("issueDateTime", st.IssueDateTime);
                foreach (var r in st.StatementRefs)
                {
                    Start("statementRef");
                    Text("fileName", r.FileName);
                    Text("mediaType", r.MediaType);
                    RequiredHref("statementRef", "statementURL", r.StatementUrl);
                    End();
                }
                break;
            case ProgramDateIdMappings m:
                if (m.Mappings.Count > 1)
                {
                    Invalid("programDateIdMapping", "ProgramDateIdMappings holds one programDateIdMapping in ESPI 4.0; every one held was written.");
                }
                foreach (var mapping in m.Mappings)
                {
                    Start("programDateIdMapping");
                    RequiredText("programDateIdMapping", "programDateType", mapping.ProgramDateType);
                    RequiredText("programDateIdMapping", "code", mapping.Code);
                    RequiredText("programDateIdMapping", "name", mapping.Name);
                    Text("note", mapping.Note);
                    End();
                }
                break;
        }
        End();
    }

    private void DocumentFields(CustomerDocument d)
    {
        Text("type", d.Type);
        Text("authorName", d.AuthorName);
        Time("createdDateTime", d.CreatedDateTime);
        Time("lastModifiedDateTime", d.LastModifiedDateTime);
        Text("revisionNumber", d.RevisionNumber);
        ElectronicAddressElement(d.ElectronicAddress);
        Text("subject", d.Subject);
        Text("title", d.DocumentTitle);
        StatusElement("docStatus", d.DocStatus);
        StatusElement("status", d.Status);
        Text("comment", d.Comment);
    }

    private void LocationFields(ServiceLocation l)
    {
        Text("type", l.Type);
        StreetAddressElement("mainAddress", l.MainAddress);
        StreetAddressElement("secondaryAddress", l.SecondaryAddress);
        PhoneElement("phone1", l.Phone1);
        PhoneElement("phone2", l.Phone2);
        ElectronicAddressElement(l.ElectronicAddress);
        Text("geoInfoReference", l.GeoInfoReference);
        Text("direction", l.Direction);
        StatusElement("status", l.Status);
        foreach (var p in l.PositionPoints)
        {
            Start("positionPoints");
            Text("xPosition", p.XPosition);
            Text("yPosition", p.YPosition);
            Text("zPosition", p.ZPosition);
            End();
        }
        Text("accessMethod", l.AccessMethod);
        Text("siteAccessProblem", l.SiteAccessProblem);
        Bool("needsInspection", l.NeedsInspection);
        if (l.UsagePointHrefs.Count > 0)
        {
            Start("UsagePoints");
            foreach (var href in l.UsagePointHrefs)
            {
                Href("UsagePoint", href);
            }
            End();
        }
        Text("outageBlock", l.OutageBlock);
    }

    private void DeviceFields(EndDevice d)
    {
        Text("type", d.Type);
        Text("utcNumber", d.UtcNumber);
        Text("serialNumber", d.SerialNumber);
        Text("lotNumber", d.LotNumber);
        Int48("purchasePrice", d.PurchasePrice);
        Bool("critical", d.Critical);
        ElectronicAddressElement(d.ElectronicAddress);
        if (d.Lifecycle is { } life)
        {
            Start("lifecycle");
            Time("manufacturedDate", life.ManufacturedDate);
            Time("purchaseDate", life.PurchaseDate);
            Time("receivedDate", life.ReceivedDate);
            Time("installationDate", life.InstallationDate);
            Time("removalDate", life.RemovalDate);
            Time("retiredDate", life.RetiredDate);
            End();
        }
        if (d.AcceptanceTest is { } test)
        {
            Start("acceptanceTest");
            Text("type", test.Type);
            Bool("success", test.Success);
            Time("dateTime", test.DateTime);
            End();
        }
        Text("initialCondition", d.InitialCondition);
        Long("initialLossOfLife", d.InitialLossOfLife);
        StatusElement("status", d.Status);
        Bool("isVirtual", d.IsVirtual);
        Bool("isPan", d.IsPan);
        Text("installCode", d.InstallCode);
        Text("amrSystem", d.AmrSystem);
        if (d is Meter m)
        {
            Text("formNumber", m.FormNumber);
            foreach (var multiplier in m.MeterMultipliers)
            {
                Start("MeterMultipliers");
                Text("kind", multiplier.Kind);
                if (multiplier.Value is { } value)
                {
                    Text("value", Float(value));
                }
                End();
            }
            if (m.IntervalLength is < 0 or > uint.MaxValue)
            {
                Invalid("uint32:intervalLength", "Meter intervalLength values beyond ESPI's UInt32 range were written as held.");
            }
            Long("intervalLength", m.IntervalLength);
        }
    }

    /// <summary>An <c>xs:float</c>, shortest round-trip form; the special values as XSD spells them.</summary>
    private static string Float(double value) => value switch
    {
        double.PositiveInfinity => "INF",
        double.NegativeInfinity => "-INF",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private void OrganisationElement(string name, Organisation? o)
    {
        if (o is null)
        {
            return;
        }
        Start(name);
        Text("name", o.Name);
        StreetAddressElement("streetAddress", o.StreetAddress);
        StreetAddressElement("postalAddress", o.PostalAddress);
        PhoneElement("phone1", o.Phone1);
        PhoneElement("phone2", o.Phone2);
        ElectronicAddressElement(o.ElectronicAddress);
        Text("organisationName", o.OrganisationName);
        End();
    }

    private void StreetAddressElement(string name, StreetAddress? a)
    {
        if (a is null)
        {
            return;
        }
        Start(name);
        if (a.StreetDetail is { } s)
        {
            Start("streetDetail");
            Texts(("number", s.Number), ("name", s.Name), ("suffix", s.Suffix), ("prefix", s.Prefix), ("type", s.Type), ("code", s.Code),
                ("buildingName", s.BuildingName), ("suiteNumber", s.SuiteNumber),
                ("addressGeneral", s.AddressGeneral), ("addressGeneral2", s.AddressGeneral2), ("addressGeneral3", s.AddressGeneral3));
            Bool("withinTownLimits", s.WithinTownLimits);
            End();
        }
        if (a.TownDetail is { } t)
        {
            TextsElement("townDetail", ("code", t.Code), ("section", t.Section), ("name", t.Name), ("county", t.County),
                ("stateOrProvince", t.StateOrProvince), ("country", t.Country));
        }
        StatusElement("status", a.Status);
        Text("postalCode", a.PostalCode);
        Text("poBox", a.PoBox);
        End();
    }

    private void PhoneElement(string name, TelephoneNumber? p)
    {
        if (p is not null)
        {
            TextsElement(name, ("countryCode", p.CountryCode), ("areaCode", p.AreaCode), ("cityCode", p.CityCode), ("localNumber", p.LocalNumber),
                ("ext", p.Ext), ("dialOut", p.DialOut), ("internationalPrefix", p.InternationalPrefix), ("ituPhone", p.ItuPhone));
        }
    }

    private void ElectronicAddressElement(ElectronicAddress? e)
    {
        if (e is not null)
        {
            TextsElement("electronicAddress", ("lan", e.Lan), ("mac", e.Mac), ("email1", e.Email1), ("email2", e.Email2), ("web", e.Web),
                ("radio", e.Radio), ("userID", e.UserId), ("password", e.Password));
        }
    }

    private void StatusElement(string name, Status? s)
    {
        if (s is null)
        {
            return;
        }
        Start(name);
        Text("value", s.Value);
        Time("dateTime", s.DateTime);
        Text("remark", s.Remark);
        Text("reason", s.Reason);
        End();
    }

    private void PriorityElement(Priority? p)
    {
        if (p is null)
        {
            return;
        }
        Start("priority");
        if (p.Rank is null)
        {
            Missing("priority", "rank");
        }
        Long("rank", p.Rank);
        Text("type", p.Type);
        Text("justification", p.Justification);
        End();
    }

    private void ProgramElement(DemandResponseProgram p)
    {
        Start("DemandResponseProgram");
        Text("programName", p.ProgramName);
        Enumerated("DemandResponseProgram", "enrollmentStatus", p.EnrollmentStatus, EspiEnumerations.EnrollmentStatus);
        Href("programDescription", p.ProgramDescription);
        foreach (var date in p.ProgramDates)
        {
            Start("programDate");
            Time("programDate", date.Date);
            Text("programDateDescription", date.Description);
            End();
        }
        Measurement("capacityReservationLevel", p.CapacityReservationLevel);
        Measurement("DRProgramNomination", p.DRProgramNomination);
        End();
    }
}
