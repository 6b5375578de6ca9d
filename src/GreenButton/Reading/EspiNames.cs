using System.Xml;

namespace GreenButton;

/// <summary>
/// The names the parser compares, atomized in the reader's <see cref="XmlNameTable"/> so that a name test is one
/// reference comparison. One instance per reader: name tables are not thread-safe.
/// </summary>
internal sealed class EspiNames
{
    public const string EspiNamespace = "http://naesb.org/espi";
    public const string CustomerNamespace = "http://naesb.org/espi/customer";
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public EspiNames()
    {
        var t = Table;
        Espi = t.Add(EspiNamespace);
        Customer = t.Add(CustomerNamespace);
        Atom = t.Add(AtomNamespace);
        Feed = t.Add("feed");
        Entry = t.Add("entry");
        Id = t.Add("id");
        Title = t.Add("title");
        Published = t.Add("published");
        Updated = t.Add("updated");
        Link = t.Add("link");
        Content = t.Add("content");
        Rel = t.Add("rel");
        Href = t.Add("href");
        Type = t.Add("type");
        UsagePoint = t.Add("UsagePoint");
        MeterReading = t.Add("MeterReading");
        ReadingType = t.Add("ReadingType");
        IntervalBlock = t.Add("IntervalBlock");
        IntervalReading = t.Add("IntervalReading");
        ReadingQuality = t.Add("ReadingQuality");
        ReadingQualityWord = t.Add("readingQuality");
        LocalTimeParameters = t.Add("LocalTimeParameters");
        ElectricPowerUsageSummary = t.Add("ElectricPowerUsageSummary");
        UsageSummary = t.Add("UsageSummary");
        ElectricPowerQualitySummary = t.Add("ElectricPowerQualitySummary");
        ApplicationInformation = t.Add("ApplicationInformation");
        Authorization = t.Add("Authorization");
        BatchList = t.Add("BatchList");
        ServiceStatus = t.Add("ServiceStatus");
        ProgramIdMappings = t.Add("ProgramIdMappings");
        Interval = t.Add("interval");
        Duration = t.Add("duration");
        Start = t.Add("start");
        Value = t.Add("value");
        Cost = t.Add("cost");
        Quality = t.Add("quality");
        TimePeriod = t.Add("timePeriod");
        ConsumptionTier = t.Add("consumptionTier");
        Tou = t.Add("tou");
        Cpp = t.Add("cpp");
        AccumulationBehaviour = t.Add("accumulationBehaviour");
        Commodity = t.Add("commodity");
        Currency = t.Add("currency");
        DataQualifier = t.Add("dataQualifier");
        DefaultQuality = t.Add("defaultQuality");
        FlowDirection = t.Add("flowDirection");
        IntervalLength = t.Add("intervalLength");
        Kind = t.Add("kind");
        Phase = t.Add("phase");
        PowerOfTenMultiplier = t.Add("powerOfTenMultiplier");
        TimeAttribute = t.Add("timeAttribute");
        Uom = t.Add("uom");
        Interharmonic = t.Add("interharmonic");
        MeasuringPeriod = t.Add("measuringPeriod");
        Argument = t.Add("argument");
        Aggregate = t.Add("aggregate");
        Numerator = t.Add("numerator");
        Denominator = t.Add("denominator");
        RoleFlags = t.Add("roleFlags");
        ServiceCategory = t.Add("ServiceCategory");
        Status = t.Add("status");
        ServiceDeliveryPoint = t.Add("serviceDeliveryPoint");
        ServiceDeliveryPointElement = t.Add("ServiceDeliveryPoint");
        AmiBillingReady = t.Add("amiBillingReady");
        CheckBilling = t.Add("checkBilling");
        ConnectionState = t.Add("connectionState");
        EstimatedLoad = t.Add("estimatedLoad");
        Grounded = t.Add("grounded");
        IsSdp = t.Add("isSdp");
        IsVirtual = t.Add("isVirtual");
        MinimalUsageExpected = t.Add("minimalUsageExpected");
        NominalServiceVoltage = t.Add("nominalServiceVoltage");
        OutageRegion = t.Add("outageRegion");
        PhaseCode = t.Add("phaseCode");
        RatedCurrent = t.Add("ratedCurrent");
        RatedPower = t.Add("ratedPower");
        ReadCycle = t.Add("readCycle");
        ReadRoute = t.Add("readRoute");
        ServiceDeliveryRemark = t.Add("serviceDeliveryRemark");
        ServicePriority = t.Add("servicePriority");
        PnodeRefs = t.Add("pnodeRefs");
        PnodeRef = t.Add("pnodeRef");
        AggregateNodeRefs = t.Add("aggregateNodeRefs");
        AggregateNodeRef = t.Add("aggregateNodeRef");
        Name = t.Add("name");
        TariffProfile = t.Add("tariffProfile");
        CustomerAgreement = t.Add("customerAgreement");
        TariffRiderRefs = t.Add("tariffRiderRefs");
        TariffRiderRef = t.Add("tariffRiderRef");
        RiderType = t.Add("riderType");
        EnrollmentStatus = t.Add("enrollmentStatus");
        EffectiveDate = t.Add("effectiveDate");
        ApnodeType = t.Add("apnodeType");
        AnodeType = t.Add("anodeType");
        Ref = t.Add("ref");
        StartEffectiveDate = t.Add("startEffectiveDate");
        EndEffectiveDate = t.Add("endEffectiveDate");
        TimeStamp = t.Add("timeStamp");
        ReadingTypeRef = t.Add("readingTypeRef");
        BatchItemInfo = t.Add("batchItemInfo");
        Operation = t.Add("operation");
        StatusCode = t.Add("statusCode");
        StatusReason = t.Add("statusReason");
        Extension = t.Add("extension");
        DstEndRule = t.Add("dstEndRule");
        DstOffset = t.Add("dstOffset");
        DstStartRule = t.Add("dstStartRule");
        TzOffset = t.Add("tzOffset");
        BillingPeriod = t.Add("billingPeriod");
        BillLastPeriod = t.Add("billLastPeriod");
        BillToDate = t.Add("billToDate");
        CostAdditionalLastPeriod = t.Add("costAdditionalLastPeriod");
        CostAdditionalDetailLastPeriod = t.Add("costAdditionalDetailLastPeriod");
        OverallConsumptionLastPeriod = t.Add("overallConsumptionLastPeriod");
        CurrentBillingPeriodOverAllConsumption = t.Add("currentBillingPeriodOverAllConsumption");
        CurrentDayLastYearNetConsumption = t.Add("currentDayLastYearNetConsumption");
        CurrentDayNetConsumption = t.Add("currentDayNetConsumption");
        CurrentDayOverallConsumption = t.Add("currentDayOverallConsumption");
        PeakDemand = t.Add("peakDemand");
        PreviousDayLastYearOverallConsumption = t.Add("previousDayLastYearOverallConsumption");
        PreviousDayNetConsumption = t.Add("previousDayNetConsumption");
        PreviousDayOverallConsumption = t.Add("previousDayOverallConsumption");
        QualityOfReading = t.Add("qualityOfReading");
        RatchetDemand = t.Add("ratchetDemand");
        RatchetDemandPeriod = t.Add("ratchetDemandPeriod");
        StatusTimeStamp = t.Add("statusTimeStamp");
        BillingChargeSource = t.Add("billingChargeSource");
        AgencyName = t.Add("agencyName");
        Amount = t.Add("amount");
        Rounding = t.Add("rounding");
        DateTime = t.Add("dateTime");
        Note = t.Add("note");
        Measurement = t.Add("measurement");
        ItemKind = t.Add("itemKind");
        UnitCost = t.Add("unitCost");
        ItemPeriod = t.Add("itemPeriod");
        FlickerPlt = t.Add("flickerPlt");
        FlickerPst = t.Add("flickerPst");
        HarmonicVoltage = t.Add("harmonicVoltage");
        LongInterruptions = t.Add("longInterruptions");
        MainsVoltage = t.Add("mainsVoltage");
        MeasurementProtocol = t.Add("measurementProtocol");
        PowerFrequency = t.Add("powerFrequency");
        RapidVoltageChanges = t.Add("rapidVoltageChanges");
        ShortInterruptions = t.Add("shortInterruptions");
        SummaryInterval = t.Add("summaryInterval");
        SupplyVoltageDips = t.Add("supplyVoltageDips");
        SupplyVoltageImbalance = t.Add("supplyVoltageImbalance");
        SupplyVoltageVariations = t.Add("supplyVoltageVariations");
        TempOvervoltage = t.Add("tempOvervoltage");
        DataCustodianId = t.Add("dataCustodianId");
        DataCustodianApplicationStatus = t.Add("dataCustodianApplicationStatus");
        ThirdPartyApplicationDescription = t.Add("thirdPartyApplicationDescription");
        ThirdPartyApplicationStatus = t.Add("thirdPartyApplicationStatus");
        ThirdPartyApplicationType = t.Add("thirdPartyApplicationType");
        ThirdPartyApplicationUse = t.Add("thirdPartyApplicationUse");
        ThirdPartyPhone = t.Add("thirdPartyPhone");
        AuthorizationServerUri = t.Add("authorizationServerUri");
        ThirdPartyNotifyUri = t.Add("thirdPartyNotifyUri");
        AuthorizationServerAuthorizationEndpoint = t.Add("authorizationServerAuthorizationEndpoint");
        AuthorizationServerRegistrationEndpoint = t.Add("authorizationServerRegistrationEndpoint");
        AuthorizationServerTokenEndpoint = t.Add("authorizationServerTokenEndpoint");
        DataCustodianBulkRequestURI = t.Add("dataCustodianBulkRequestURI");
        DataCustodianResourceEndpoint = t.Add("dataCustodianResourceEndpoint");
        ThirdPartyScopeSelectionScreenURI = t.Add("thirdPartyScopeSelectionScreenURI");
        ThirdPartyUserPortalScreenURI = t.Add("thirdPartyUserPortalScreenURI");
        ClientSecret = t.Add("client_secret");
        LogoUri = t.Add("logo_uri");
        ClientName = t.Add("client_name");
        ClientUri = t.Add("client_uri");
        RedirectUri = t.Add("redirect_uri");
        ClientId = t.Add("client_id");
        TosUri = t.Add("tos_uri");
        PolicyUri = t.Add("policy_uri");
        SoftwareId = t.Add("software_id");
        SoftwareVersion = t.Add("software_version");
        ClientIdIssuedAt = t.Add("client_id_issued_at");
        ClientSecretExpiresAt = t.Add("client_secret_expires_at");
        Contacts = t.Add("contacts");
        TokenEndpointAuthMethod = t.Add("token_endpoint_auth_method");
        Scope = t.Add("scope");
        GrantTypes = t.Add("grant_types");
        ResponseTypes = t.Add("response_types");
        RegistrationClientUri = t.Add("registration_client_uri");
        RegistrationAccessToken = t.Add("registration_access_token");
        DataCustodianScopeSelectionScreenURI = t.Add("dataCustodianScopeSelectionScreenURI");
        AuthorizedPeriod = t.Add("authorizedPeriod");
        PublishedPeriod = t.Add("publishedPeriod");
        AccessToken = t.Add("access_token");
        ExpiresAt = t.Add("expires_at");
        GrantType = t.Add("grant_type");
        RefreshToken = t.Add("refresh_token");
        TokenType = t.Add("token_type");
        Error = t.Add("error");
        ErrorDescription = t.Add("error_description");
        ErrorUri = t.Add("error_uri");
        ResourceURI = t.Add("resourceURI");
        AuthorizationURI = t.Add("authorizationURI");
        CustomerResourceURI = t.Add("customerResourceURI");
        Resources = t.Add("resources");
        CurrentStatus = t.Add("currentStatus");
        ProgramIdMapping = t.Add("programIdMapping");
        TOUorCPPorConsumptionTier = t.Add("tOUorCPPorConsumptionTier");
        Code = t.Add("code");
        Author = t.Add("author");
        Category = t.Add("category");
        Contributor = t.Add("contributor");
        Rights = t.Add("rights");
        Summary = t.Add("summary");
        Source = t.Add("source");
        Generator = t.Add("generator");
        Icon = t.Add("icon");
        Logo = t.Add("logo");
        Subtitle = t.Add("subtitle");
    }

    public XmlNameTable Table { get; } = new NameTable();

    public string Espi { get; }

    public string Customer { get; }

    public string Atom { get; }

    public string Feed { get; }

    public string Entry { get; }

    public string Id { get; }

    public string Title { get; }

    public string Published { get; }

    public string Updated { get; }

    public string Link { get; }

    public string Content { get; }

    public string Rel { get; }

    public string Href { get; }

    public string Type { get; }

    public string UsagePoint { get; }

    public string MeterReading { get; }

    public string ReadingType { get; }

    public string IntervalBlock { get; }

    public string IntervalReading { get; }

    public string ReadingQuality { get; }

    public string LocalTimeParameters { get; }

    public string ElectricPowerUsageSummary { get; }

    public string UsageSummary { get; }

    public string ElectricPowerQualitySummary { get; }

    public string ApplicationInformation { get; }

    public string Authorization { get; }

    public string BatchList { get; }

    public string ServiceStatus { get; }

    public string ProgramIdMappings { get; }

    public string Interval { get; }

    public string Duration { get; }

    public string Start { get; }

    public string Value { get; }

    public string Cost { get; }

    public string Quality { get; }

    /// <summary><c>readingQuality</c>: a reading's quality written as a word, directly (seen in Duke Energy exports).</summary>
    public string ReadingQualityWord { get; }

    public string TimePeriod { get; }

    public string ConsumptionTier { get; }

    public string Tou { get; }

    public string Cpp { get; }

    public string AccumulationBehaviour { get; }

    public string Commodity { get; }

    public string Currency { get; }

    public string DataQualifier { get; }

    public string DefaultQuality { get; }

    public string FlowDirection { get; }

    public string IntervalLength { get; }

    public string Kind { get; }

    public string Phase { get; }

    public string PowerOfTenMultiplier { get; }

    public string TimeAttribute { get; }

    public string Uom { get; }

    public string Interharmonic { get; }

    public string MeasuringPeriod { get; }

    public string Argument { get; }

    public string Aggregate { get; }

    public string Numerator { get; }

    public string Denominator { get; }

    public string RoleFlags { get; }

    public string ServiceCategory { get; }

    public string Status { get; }

    public string ServiceDeliveryPoint { get; }

    public string ServiceDeliveryPointElement { get; }

    public string AmiBillingReady { get; }

    public string CheckBilling { get; }

    public string ConnectionState { get; }

    public string EstimatedLoad { get; }

    public string Grounded { get; }

    public string IsSdp { get; }

    public string IsVirtual { get; }

    public string MinimalUsageExpected { get; }

    public string NominalServiceVoltage { get; }

    public string OutageRegion { get; }

    public string PhaseCode { get; }

    public string RatedCurrent { get; }

    public string RatedPower { get; }

    public string ReadCycle { get; }

    public string ReadRoute { get; }

    public string ServiceDeliveryRemark { get; }

    public string ServicePriority { get; }

    public string PnodeRefs { get; }

    public string PnodeRef { get; }

    public string AggregateNodeRefs { get; }

    public string AggregateNodeRef { get; }

    public string Name { get; }

    public string TariffProfile { get; }

    public string CustomerAgreement { get; }

    public string TariffRiderRefs { get; }

    public string TariffRiderRef { get; }

    public string RiderType { get; }

    public string EnrollmentStatus { get; }

    public string EffectiveDate { get; }

    public string ApnodeType { get; }

    public string AnodeType { get; }

    public string Ref { get; }

    public string StartEffectiveDate { get; }

    public string EndEffectiveDate { get; }

    public string TimeStamp { get; }

    public string ReadingTypeRef { get; }

    public string BatchItemInfo { get; }

    public string Operation { get; }

    public string StatusCode { get; }

    public string StatusReason { get; }

    public string Extension { get; }

    public string DstEndRule { get; }

    public string DstOffset { get; }

    public string DstStartRule { get; }

    public string TzOffset { get; }

    public string BillingPeriod { get; }

    public string BillLastPeriod { get; }

    public string BillToDate { get; }

    public string CostAdditionalLastPeriod { get; }

    public string CostAdditionalDetailLastPeriod { get; }

    public string OverallConsumptionLastPeriod { get; }

    public string CurrentBillingPeriodOverAllConsumption { get; }

    public string CurrentDayLastYearNetConsumption { get; }

    public string CurrentDayNetConsumption { get; }

    public string CurrentDayOverallConsumption { get; }

    public string PeakDemand { get; }

    public string PreviousDayLastYearOverallConsumption { get; }

    public string PreviousDayNetConsumption { get; }

    public string PreviousDayOverallConsumption { get; }

    public string QualityOfReading { get; }

    public string RatchetDemand { get; }

    public string RatchetDemandPeriod { get; }

    public string StatusTimeStamp { get; }

    public string BillingChargeSource { get; }

    public string AgencyName { get; }

    public string Amount { get; }

    public string Rounding { get; }

    public string DateTime { get; }

    public string Note { get; }

    public string Measurement { get; }

    public string ItemKind { get; }

    public string UnitCost { get; }

    public string ItemPeriod { get; }

    public string FlickerPlt { get; }

    public string FlickerPst { get; }

    public string HarmonicVoltage { get; }

    public string LongInterruptions { get; }

    public string MainsVoltage { get; }

    public string MeasurementProtocol { get; }

    public string PowerFrequency { get; }

    public string RapidVoltageChanges { get; }

    public string ShortInterruptions { get; }

    public string SummaryInterval { get; }

    public string SupplyVoltageDips { get; }

    public string SupplyVoltageImbalance { get; }

    public string SupplyVoltageVariations { get; }

    public string TempOvervoltage { get; }

    public string DataCustodianId { get; }

    public string DataCustodianApplicationStatus { get; }

    public string ThirdPartyApplicationDescription { get; }

    public string ThirdPartyApplicationStatus { get; }

    public string ThirdPartyApplicationType { get; }

    public string ThirdPartyApplicationUse { get; }

    public string ThirdPartyPhone { get; }

    public string AuthorizationServerUri { get; }

    public string ThirdPartyNotifyUri { get; }

    public string AuthorizationServerAuthorizationEndpoint { get; }

    public string AuthorizationServerRegistrationEndpoint { get; }

    public string AuthorizationServerTokenEndpoint { get; }

    public string DataCustodianBulkRequestURI { get; }

    public string DataCustodianResourceEndpoint { get; }

    public string ThirdPartyScopeSelectionScreenURI { get; }

    public string ThirdPartyUserPortalScreenURI { get; }

    public string ClientSecret { get; }

    public string LogoUri { get; }

    public string ClientName { get; }

    public string ClientUri { get; }

    public string RedirectUri { get; }

    public string ClientId { get; }

    public string TosUri { get; }

    public string PolicyUri { get; }

    public string SoftwareId { get; }

    public string SoftwareVersion { get; }

    public string ClientIdIssuedAt { get; }

    public string ClientSecretExpiresAt { get; }

    public string Contacts { get; }

    public string TokenEndpointAuthMethod { get; }

    public string Scope { get; }

    public string GrantTypes { get; }

    public string ResponseTypes { get; }

    public string RegistrationClientUri { get; }

    public string RegistrationAccessToken { get; }

    public string DataCustodianScopeSelectionScreenURI { get; }

    public string AuthorizedPeriod { get; }

    public string PublishedPeriod { get; }

    public string AccessToken { get; }

    public string ExpiresAt { get; }

    public string GrantType { get; }

    public string RefreshToken { get; }

    public string TokenType { get; }

    public string Error { get; }

    public string ErrorDescription { get; }

    public string ErrorUri { get; }

    public string ResourceURI { get; }

    public string AuthorizationURI { get; }

    public string CustomerResourceURI { get; }

    public string Resources { get; }

    public string CurrentStatus { get; }

    public string ProgramIdMapping { get; }

    public string TOUorCPPorConsumptionTier { get; }

    public string Code { get; }

    public string Author { get; }

    public string Category { get; }

    public string Contributor { get; }

    public string Rights { get; }

    public string Summary { get; }

    public string Source { get; }

    public string Generator { get; }

    public string Icon { get; }

    public string Logo { get; }

    public string Subtitle { get; }
}
