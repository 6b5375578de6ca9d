using System.Globalization;
using System.Text;
using System.Xml;

namespace GreenButton;

/// <summary>The structures customer resources share: organisations, addresses, phones, statuses, programs, multipliers.</summary>
internal sealed partial class EspiParser
{
    private Organisation ReadOrganisation()
    {
        var o = new Organisation();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "batchItemInfo": _ = ReadBatchItemInfo(); break; // an IdentifiedObject's; an embedded organisation has no batch of its own
                case "name": o = o with { Name = ReadString() }; break;
                case "streetAddress": o = o with { StreetAddress = ReadStreetAddress() }; break;
                case "postalAddress": o = o with { PostalAddress = ReadStreetAddress() }; break;
                case "phone1": o = o with { Phone1 = ReadTelephoneNumber() }; break;
                case "phone2": o = o with { Phone2 = ReadTelephoneNumber() }; break;
                case "electronicAddress": o = o with { ElectronicAddress = ReadElectronicAddress() }; break;
                case "organisationName": o = o with { OrganisationName = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return o;
    }

    private StreetAddress ReadStreetAddress()
    {
        var a = new StreetAddress();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "streetDetail": a = a with { StreetDetail = ReadStreetDetail() }; break;
                case "townDetail": a = a with { TownDetail = ReadTownDetail() }; break;
                case "status": a = a with { Status = ReadStatus() }; break;
                case "postalCode": a = a with { PostalCode = ReadString() }; break;
                case "poBox": a = a with { PoBox = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return a;
    }

    private StreetDetail ReadStreetDetail()
    {
        var s = new StreetDetail();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "number": s = s with { Number = ReadString() }; break;
                case "name": s = s with { Name = ReadString() }; break;
                case "suffix": s = s with { Suffix = ReadString() }; break;
                case "prefix": s = s with { Prefix = ReadString() }; break;
                case "type": s = s with { Type = ReadString() }; break;
                case "code": s = s with { Code = ReadString() }; break;
                case "buildingName": s = s with { BuildingName = ReadString() }; break;
                case "suiteNumber": s = s with { SuiteNumber = ReadString() }; break;
                case "addressGeneral": s = s with { AddressGeneral = ReadString() }; break;
                case "addressGeneral2": s = s with { AddressGeneral2 = ReadString() }; break;
                case "addressGeneral3": s = s with { AddressGeneral3 = ReadString() }; break;
                case "withinTownLimits": s = s with { WithinTownLimits = ReadOptionalBoolean() }; break;
                default: return false;
            }
            return true;
        });
        return s;
    }

    private TownDetail ReadTownDetail()
    {
        var t = new TownDetail();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "code": t = t with { Code = ReadString() }; break;
                case "section": t = t with { Section = ReadString() }; break;
                case "name": t = t with { Name = ReadString() }; break;
                case "county": t = t with { County = ReadString() }; break;
                case "stateOrProvince": t = t with { StateOrProvince = ReadString() }; break;
                case "country": t = t with { Country = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return t;
    }

    private TelephoneNumber ReadTelephoneNumber()
    {
        var p = new TelephoneNumber();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "countryCode": p = p with { CountryCode = ReadString() }; break;
                case "areaCode": p = p with { AreaCode = ReadString() }; break;
                case "cityCode": p = p with { CityCode = ReadString() }; break;
                case "localNumber": p = p with { LocalNumber = ReadString() }; break;
                case "ext": p = p with { Ext = ReadString() }; break;
                case "dialOut": p = p with { DialOut = ReadString() }; break;
                case "internationalPrefix": p = p with { InternationalPrefix = ReadString() }; break;
                case "ituPhone": p = p with { ItuPhone = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return p;
    }

    private ElectronicAddress ReadElectronicAddress()
    {
        var e = new ElectronicAddress();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "lan": e = e with { Lan = ReadString() }; break;
                case "mac": e = e with { Mac = ReadString() }; break;
                case "email1": e = e with { Email1 = ReadString() }; break;
                case "email2": e = e with { Email2 = ReadString() }; break;
                case "web": e = e with { Web = ReadString() }; break;
                case "radio": e = e with { Radio = ReadString() }; break;
                case "userID": e = e with { UserId = ReadString() }; break;
                case "password": e = e with { Password = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return e;
    }

    /// <summary>
    /// Reads a <c>Status</c>. Seen (open-green-button): <c>&lt;status&gt;active&lt;/status&gt;</c>, the value written as the
    /// element's text; it is read as <see cref="Status.Value"/> and reported.
    /// </summary>
    private Status ReadStatus()
    {
        var (line, column) = (Line, Column);
        var leaf = NodeName;
        var s = new Status();
        StringBuilder? text = null;
        Push(leaf);
        if (Enter())
        {
            while (NodeKind is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                text ??= new StringBuilder();
                if (text.Length + _reader.Value.Length > MaxValueChars)
                {
                    throw DataError($"The value of '{leaf}' is longer than {MaxValueChars} characters.", leaf);
                }
                text.Append(_reader.Value);
                Next();
            }
            while (NextChild())
            {
                var child = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                    continue;
                }
                switch (child)
                {
                    case "value": s = s with { Value = ReadString() }; break;
                    case "dateTime": s = s with { DateTime = ReadOptionalEpochDate() }; break;
                    case "remark": s = s with { Remark = ReadString() }; break;
                    case "reason": s = s with { Reason = ReadString() }; break;
                    default: SkipUnknown(); break;
                }
            }
        }
        Pop();
        if (text?.ToString().Trim() is { Length: > 0 } value)
        {
            _diagnostics.Quirk(DiagnosticCodes.StatusAsText, DiagnosticSeverity.Info,
                "A Status was written as text rather than as its value element; the text was read as the value.", line, column, _entryId);
            s = s with { Value = s.Value ?? value };
        }
        return s;
    }

    private Priority ReadPriority()
    {
        var p = new Priority();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "rank": p = p with { Rank = ReadOptionalInt64() }; break;
                case "type": p = p with { Type = ReadString() }; break;
                case "justification": p = p with { Justification = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return p;
    }

    private AccountNotification ReadAccountNotification()
    {
        var n = new AccountNotification();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "methodKind": n = n with { MethodKind = ReadString() }; break;
                case "time": n = n with { Time = ReadOptionalEpochDate() }; break;
                case "note": n = n with { Note = ReadString() }; break;
                case "customerNotificationKind": n = n with { CustomerNotificationKind = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return n;
    }

    private DemandResponseProgram ReadDemandResponseProgram()
    {
        var p = new DemandResponseProgram();
        var dates = new List<ProgramDate>();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "programName": p = p with { ProgramName = ReadString() }; break;
                case "enrollmentStatus": p = p with { EnrollmentStatus = ReadString() }; break;
                case "programDescription": p = p with { ProgramDescription = ReadString() }; break;
                case "programDate": dates.Add(ReadProgramDate()); break;
                case "capacityReservationLevel": p = p with { CapacityReservationLevel = ReadSummaryMeasurement() }; break;
                case "DRProgramNomination": p = p with { DRProgramNomination = ReadSummaryMeasurement() }; break;
                default: return false;
            }
            return true;
        });
        return p with { ProgramDates = dates };
    }

    private ProgramDate ReadProgramDate()
    {
        var d = new ProgramDate();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "programDate": d = d with { Date = ReadOptionalEpochDate() }; break;
                case "programDateDescription": d = d with { Description = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return d;
    }

    private MeterMultiplier ReadMeterMultiplier()
    {
        var m = new MeterMultiplier();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "kind": m = m with { Kind = ReadString() }; break;
                case "value": m = m with { Value = ReadOptionalFloat() }; break;
                default: return false;
            }
            return true;
        });
        return m;
    }

    private LifecycleDate ReadLifecycleDate()
    {
        var l = new LifecycleDate();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "manufacturedDate": l = l with { ManufacturedDate = ReadOptionalEpochDate() }; break;
                case "purchaseDate": l = l with { PurchaseDate = ReadOptionalEpochDate() }; break;
                case "receivedDate": l = l with { ReceivedDate = ReadOptionalEpochDate() }; break;
                case "installationDate": l = l with { InstallationDate = ReadOptionalEpochDate() }; break;
                case "removalDate": l = l with { RemovalDate = ReadOptionalEpochDate() }; break;
                case "retiredDate": l = l with { RetiredDate = ReadOptionalEpochDate() }; break;
                default: return false;
            }
            return true;
        });
        return l;
    }

    private AcceptanceTest ReadAcceptanceTest()
    {
        var a = new AcceptanceTest();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "type": a = a with { Type = ReadString() }; break;
                case "success": a = a with { Success = ReadOptionalBoolean() }; break;
                case "dateTime": a = a with { DateTime = ReadOptionalEpochDate() }; break;
                default: return false;
            }
            return true;
        });
        return a;
    }

    private PositionPoint ReadPositionPoint()
    {
        var p = new PositionPoint();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "xPosition": p = p with { XPosition = ReadString() }; break;
                case "yPosition": p = p with { YPosition = ReadString() }; break;
                case "zPosition": p = p with { ZPosition = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return p;
    }

    private StatementRef ReadStatementRef()
    {
        var r = new StatementRef();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "fileName": r = r with { FileName = ReadString() }; break;
                case "mediaType": r = r with { MediaType = ReadString() }; break;
                case "statementURL": r = r with { StatementUrl = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return r;
    }

    private ProgramDateIdMapping ReadProgramDateIdMapping()
    {
        var m = new ProgramDateIdMapping();
        ReadChildren(child =>
        {
            switch (child)
            {
                case "programDateType": m = m with { ProgramDateType = ReadString() }; break;
                case "code": m = m with { Code = ReadString() }; break;
                case "name": m = m with { Name = ReadString() }; break;
                case "note": m = m with { Note = ReadString() }; break;
                default: return false;
            }
            return true;
        });
        return m;
    }

    /// <summary>Reads an <c>xs:float</c> (a MeterMultiplier's value); an empty element means absent.</summary>
    private double? ReadOptionalFloat()
    {
        var leaf = NodeName;
        var text = ReadText(leaf).Trim();
        if (text.IsEmpty)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        // xs:float's special values
        return text switch
        {
            "INF" => double.PositiveInfinity,
            "-INF" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => throw new GreenButtonException($"Invalid number {Quote(text)} in '{leaf}'.", Source, ValueLine, ValueColumn, CurrentPath(leaf), _entryId, null) { IsDataError = true },
        };
    }
}
