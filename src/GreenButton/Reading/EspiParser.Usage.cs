namespace GreenButton;

internal sealed partial class EspiParser
{
    private UsagePoint ReadUsagePoint()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        UsagePointStatus? status = null;
        string? amiBillingReady = null;
        bool? checkBilling = null;
        string? connectionState = null;
        SummaryMeasurement? estimatedLoad = null;
        bool? grounded = null;
        bool? isSdp = null;
        bool? isVirtual = null;
        bool? minimalUsageExpected = null;
        SummaryMeasurement? nominalServiceVoltage = null;
        string? outageRegion = null;
        PhaseCode? phaseCode = null;
        SummaryMeasurement? ratedCurrent = null;
        SummaryMeasurement? ratedPower = null;
        string? readCycle = null;
        string? readRoute = null;
        string? serviceDeliveryRemark = null;
        string? servicePriority = null;
        var pnodeRefs = new List<PnodeRef>();
        var aggregateNodeRefs = new List<AggregateNodeRef>();
        RoleFlags? roleFlags = null;
        ServiceKind? serviceKind = null;
        ServiceDeliveryPoint? serviceDeliveryPoint = null;
        Push(_n.UsagePoint);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.ServiceCategory))
                {
                    serviceKind = ReadServiceCategory();
                }
                else if (Is(name, _n.RoleFlags))
                {
                    roleFlags = (RoleFlags?)ReadOptionalHex32();
                }
                else if (Is(name, _n.ServiceDeliveryPoint) || Is(name, _n.ServiceDeliveryPointElement))
                {
                    serviceDeliveryPoint = ReadServiceDeliveryPoint();
                }
                else if (Is(name, _n.Status))
                {
                    status = (UsagePointStatus?)ReadCode();
                }
                else if (Is(name, _n.AmiBillingReady))
                {
                    amiBillingReady = ReadString();
                }
                else if (Is(name, _n.CheckBilling))
                {
                    checkBilling = ReadOptionalBoolean();
                }
                else if (Is(name, _n.ConnectionState))
                {
                    connectionState = ReadString();
                }
                else if (Is(name, _n.EstimatedLoad))
                {
                    estimatedLoad = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.Grounded))
                {
                    grounded = ReadOptionalBoolean();
                }
                else if (Is(name, _n.IsSdp))
                {
                    isSdp = ReadOptionalBoolean();
                }
                else if (Is(name, _n.IsVirtual))
                {
                    isVirtual = ReadOptionalBoolean();
                }
                else if (Is(name, _n.MinimalUsageExpected))
                {
                    minimalUsageExpected = ReadOptionalBoolean();
                }
                else if (Is(name, _n.NominalServiceVoltage))
                {
                    nominalServiceVoltage = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.OutageRegion))
                {
                    outageRegion = ReadString();
                }
                else if (Is(name, _n.PhaseCode))
                {
                    phaseCode = (PhaseCode?)ReadCode();
                }
                else if (Is(name, _n.RatedCurrent))
                {
                    ratedCurrent = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.RatedPower))
                {
                    ratedPower = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.ReadCycle))
                {
                    readCycle = ReadString();
                }
                else if (Is(name, _n.ReadRoute))
                {
                    readRoute = ReadString();
                }
                else if (Is(name, _n.ServiceDeliveryRemark))
                {
                    serviceDeliveryRemark = ReadString();
                }
                else if (Is(name, _n.ServicePriority))
                {
                    servicePriority = ReadString();
                }
                else if (Is(name, _n.PnodeRefs))
                {
                    pnodeRefs.AddRange(ReadPnodeRefList());
                }
                else if (Is(name, _n.AggregateNodeRefs))
                {
                    aggregateNodeRefs.AddRange(ReadAggregateNodeRefList());
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new UsagePoint
        {
            RoleFlags = roleFlags,
            ServiceKind = serviceKind,
            ServiceDeliveryPoint = serviceDeliveryPoint,
            Status = status,
            AmiBillingReady = amiBillingReady,
            CheckBilling = checkBilling,
            ConnectionState = connectionState,
            EstimatedLoad = estimatedLoad,
            Grounded = grounded,
            IsSdp = isSdp,
            IsVirtual = isVirtual,
            MinimalUsageExpected = minimalUsageExpected,
            NominalServiceVoltage = nominalServiceVoltage,
            OutageRegion = outageRegion,
            PhaseCode = phaseCode,
            RatedCurrent = ratedCurrent,
            RatedPower = ratedPower,
            ReadCycle = readCycle,
            ReadRoute = readRoute,
            ServiceDeliveryRemark = serviceDeliveryRemark,
            ServicePriority = servicePriority,
            PnodeRefs = pnodeRefs,
            AggregateNodeRefs = aggregateNodeRefs,
            BatchItemInfo = batchItemInfo,
            Line = line,
            Column = column,
        };
    }
    private UsageSummary ReadUsageSummary(bool legacy)
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        DateTimeInterval? billingPeriod = null;
        long? billLastPeriod = null;
        long? billToDate = null;
        long? costAdditionalLastPeriod = null;
        var costAdditionalDetailLastPeriod = new List<LineItem>();
        Currency? currency = null;
        SummaryMeasurement? overallConsumptionLastPeriod = null;
        SummaryMeasurement? currentBillingPeriodOverallConsumption = null;
        SummaryMeasurement? currentDayLastYearNetConsumption = null;
        SummaryMeasurement? currentDayNetConsumption = null;
        SummaryMeasurement? currentDayOverallConsumption = null;
        SummaryMeasurement? peakDemand = null;
        SummaryMeasurement? previousDayLastYearOverallConsumption = null;
        SummaryMeasurement? previousDayNetConsumption = null;
        SummaryMeasurement? previousDayOverallConsumption = null;
        QualityOfReading? qualityOfReading = null;
        SummaryMeasurement? ratchetDemand = null;
        DateTimeInterval? ratchetDemandPeriod = null;
        DateTimeOffset? statusTimeStamp = null;
        Commodity? commodity = null;
        string? tariffProfile = null;
        string? readCycle = null;
        var tariffRiderRefs = new List<TariffRiderRef>();
        string? agencyName = null;
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
                else if (Is(name, _n.BillingPeriod))
                {
                    billingPeriod = ReadInterval();
                }
                else if (Is(name, _n.BillLastPeriod))
                {
                    billLastPeriod = ReadOptionalInt64();
                }
                else if (Is(name, _n.BillToDate))
                {
                    billToDate = ReadOptionalInt64();
                }
                else if (Is(name, _n.CostAdditionalLastPeriod))
                {
                    costAdditionalLastPeriod = ReadOptionalInt64();
                }
                else if (Is(name, _n.CostAdditionalDetailLastPeriod))
                {
                    costAdditionalDetailLastPeriod.Add(ReadLineItem());
                }
                else if (Is(name, _n.Currency))
                {
                    currency = (Currency?)ReadCode();
                }
                else if (Is(name, _n.OverallConsumptionLastPeriod))
                {
                    overallConsumptionLastPeriod = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.CurrentBillingPeriodOverAllConsumption))
                {
                    currentBillingPeriodOverallConsumption = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.CurrentDayLastYearNetConsumption))
                {
                    currentDayLastYearNetConsumption = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.CurrentDayNetConsumption))
                {
                    currentDayNetConsumption = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.CurrentDayOverallConsumption))
                {
                    currentDayOverallConsumption = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.PeakDemand))
                {
                    peakDemand = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.PreviousDayLastYearOverallConsumption))
                {
                    previousDayLastYearOverallConsumption = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.PreviousDayNetConsumption))
                {
                    previousDayNetConsumption = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.PreviousDayOverallConsumption))
                {
                    previousDayOverallConsumption = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.QualityOfReading))
                {
                    qualityOfReading = (QualityOfReading?)ReadCode();
                }
                else if (Is(name, _n.RatchetDemand))
                {
                    ratchetDemand = ReadSummaryMeasurement();
                }
                else if (Is(name, _n.RatchetDemandPeriod))
                {
                    ratchetDemandPeriod = ReadInterval();
                }
                else if (Is(name, _n.StatusTimeStamp))
                {
                    statusTimeStamp = ReadOptionalEpochDate();
                }
                else if (Is(name, _n.Commodity))
                {
                    commodity = (Commodity?)ReadCode();
                }
                else if (Is(name, _n.BillingChargeSource))
                {
                    agencyName = ReadAgencyName();
                }
                else if (Is(name, _n.TariffProfile))
                {
                    tariffProfile = ReadString();
                }
                else if (Is(name, _n.ReadCycle))
                {
                    readCycle = ReadString();
                }
                else if (Is(name, _n.TariffRiderRefs))
                {
                    tariffRiderRefs.AddRange(ReadTariffRiderRefList());
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return legacy
            ? new ElectricPowerUsageSummary
            {
                BillingPeriod = billingPeriod,
                BillLastPeriod = billLastPeriod,
                BillToDate = billToDate,
                CostAdditionalLastPeriod = costAdditionalLastPeriod,
                CostAdditionalDetailLastPeriod = costAdditionalDetailLastPeriod,
                Currency = currency,
                OverallConsumptionLastPeriod = overallConsumptionLastPeriod,
                CurrentBillingPeriodOverallConsumption = currentBillingPeriodOverallConsumption,
                CurrentDayLastYearNetConsumption = currentDayLastYearNetConsumption,
                CurrentDayNetConsumption = currentDayNetConsumption,
                CurrentDayOverallConsumption = currentDayOverallConsumption,
                PeakDemand = peakDemand,
                PreviousDayLastYearOverallConsumption = previousDayLastYearOverallConsumption,
                PreviousDayNetConsumption = previousDayNetConsumption,
                PreviousDayOverallConsumption = previousDayOverallConsumption,
                QualityOfReading = qualityOfReading,
                RatchetDemand = ratchetDemand,
                RatchetDemandPeriod = ratchetDemandPeriod,
                StatusTimeStamp = statusTimeStamp,
                Commodity = commodity,
                TariffProfile = tariffProfile,
                ReadCycle = readCycle,
                TariffRiderRefs = tariffRiderRefs,
                BatchItemInfo = batchItemInfo,
                BillingChargeSourceAgencyName = agencyName,
                Line = line,
                Column = column,
            }
            : new UsageSummary
            {
                BillingPeriod = billingPeriod,
                BillLastPeriod = billLastPeriod,
                BillToDate = billToDate,
                CostAdditionalLastPeriod = costAdditionalLastPeriod,
                CostAdditionalDetailLastPeriod = costAdditionalDetailLastPeriod,
                Currency = currency,
                OverallConsumptionLastPeriod = overallConsumptionLastPeriod,
                CurrentBillingPeriodOverallConsumption = currentBillingPeriodOverallConsumption,
                CurrentDayLastYearNetConsumption = currentDayLastYearNetConsumption,
                CurrentDayNetConsumption = currentDayNetConsumption,
                CurrentDayOverallConsumption = currentDayOverallConsumption,
                PeakDemand = peakDemand,
                PreviousDayLastYearOverallConsumption = previousDayLastYearOverallConsumption,
                PreviousDayNetConsumption = previousDayNetConsumption,
                PreviousDayOverallConsumption = previousDayOverallConsumption,
                QualityOfReading = qualityOfReading,
                RatchetDemand = ratchetDemand,
                RatchetDemandPeriod = ratchetDemandPeriod,
                StatusTimeStamp = statusTimeStamp,
                Commodity = commodity,
                TariffProfile = tariffProfile,
                ReadCycle = readCycle,
                TariffRiderRefs = tariffRiderRefs,
                BatchItemInfo = batchItemInfo,
                BillingChargeSourceAgencyName = agencyName,
                Line = line,
                Column = column,
            };
    }
    private ElectricPowerQualitySummary ReadPowerQualitySummary()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        long? flickerPlt = null;
        long? flickerPst = null;
        long? harmonicVoltage = null;
        long? longInterruptions = null;
        long? mainsVoltage = null;
        int? measurementProtocol = null;
        long? powerFrequency = null;
        long? rapidVoltageChanges = null;
        long? shortInterruptions = null;
        DateTimeInterval? summaryInterval = null;
        long? supplyVoltageDips = null;
        long? supplyVoltageImbalance = null;
        long? supplyVoltageVariations = null;
        long? tempOvervoltage = null;
        Push(_n.ElectricPowerQualitySummary);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.FlickerPlt))
                {
                    flickerPlt = ReadOptionalInt64();
                }
                else if (Is(name, _n.FlickerPst))
                {
                    flickerPst = ReadOptionalInt64();
                }
                else if (Is(name, _n.HarmonicVoltage))
                {
                    harmonicVoltage = ReadOptionalInt64();
                }
                else if (Is(name, _n.LongInterruptions))
                {
                    longInterruptions = ReadOptionalInt64();
                }
                else if (Is(name, _n.MainsVoltage))
                {
                    mainsVoltage = ReadOptionalInt64();
                }
                else if (Is(name, _n.MeasurementProtocol))
                {
                    measurementProtocol = ReadOptionalInt32();
                }
                else if (Is(name, _n.PowerFrequency))
                {
                    powerFrequency = ReadOptionalInt64();
                }
                else if (Is(name, _n.RapidVoltageChanges))
                {
                    rapidVoltageChanges = ReadOptionalInt64();
                }
                else if (Is(name, _n.ShortInterruptions))
                {
                    shortInterruptions = ReadOptionalInt64();
                }
                else if (Is(name, _n.SummaryInterval))
                {
                    summaryInterval = ReadInterval();
                }
                else if (Is(name, _n.SupplyVoltageDips))
                {
                    supplyVoltageDips = ReadOptionalInt64();
                }
                else if (Is(name, _n.SupplyVoltageImbalance))
                {
                    supplyVoltageImbalance = ReadOptionalInt64();
                }
                else if (Is(name, _n.SupplyVoltageVariations))
                {
                    supplyVoltageVariations = ReadOptionalInt64();
                }
                else if (Is(name, _n.TempOvervoltage))
                {
                    tempOvervoltage = ReadOptionalInt64();
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new ElectricPowerQualitySummary
        {
            FlickerPlt = flickerPlt,
            FlickerPst = flickerPst,
            HarmonicVoltage = harmonicVoltage,
            LongInterruptions = longInterruptions,
            MainsVoltage = mainsVoltage,
            MeasurementProtocol = measurementProtocol,
            PowerFrequency = powerFrequency,
            RapidVoltageChanges = rapidVoltageChanges,
            ShortInterruptions = shortInterruptions,
            SummaryInterval = summaryInterval,
            SupplyVoltageDips = supplyVoltageDips,
            SupplyVoltageImbalance = supplyVoltageImbalance,
            SupplyVoltageVariations = supplyVoltageVariations,
            TempOvervoltage = tempOvervoltage,
            BatchItemInfo = batchItemInfo,
            Line = line,
            Column = column,
        };
    }
    private ApplicationInformation ReadApplicationInformation()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        string? dataCustodianId = null;
        DataCustodianApplicationStatus? dataCustodianApplicationStatus = null;
        string? thirdPartyApplicationDescription = null;
        ThirdPartyApplicationStatus? thirdPartyApplicationStatus = null;
        ThirdPartyApplicationType? thirdPartyApplicationType = null;
        ThirdPartyApplicationUse? thirdPartyApplicationUse = null;
        string? thirdPartyPhone = null;
        string? authorizationServerUri = null;
        string? thirdPartyNotifyUri = null;
        string? authorizationServerAuthorizationEndpoint = null;
        string? authorizationServerRegistrationEndpoint = null;
        string? authorizationServerTokenEndpoint = null;
        string? dataCustodianBulkRequestUri = null;
        string? dataCustodianResourceEndpoint = null;
        string? thirdPartyScopeSelectionScreenUri = null;
        string? thirdPartyUserPortalScreenUri = null;
        string? clientSecret = null;
        string? logoUri = null;
        string? clientName = null;
        string? clientUri = null;
        var redirectUris = new List<string>();
        string? clientId = null;
        string? tosUri = null;
        string? policyUri = null;
        string? softwareId = null;
        string? softwareVersion = null;
        DateTimeOffset? clientIdIssuedAt = null;
        DateTimeOffset? clientSecretExpiresAt = null;
        var contacts = new List<string>();
        string? tokenEndpointAuthMethod = null;
        var scopes = new List<string>();
        var grantTypes = new List<string>();
        string? responseTypes = null;
        string? registrationClientUri = null;
        string? registrationAccessToken = null;
        string? dataCustodianScopeSelectionScreenUri = null;
        Push(_n.ApplicationInformation);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.DataCustodianId))
                {
                    dataCustodianId = ReadString();
                }
                else if (Is(name, _n.DataCustodianApplicationStatus))
                {
                    dataCustodianApplicationStatus = (DataCustodianApplicationStatus?)ReadCode();
                }
                else if (Is(name, _n.ThirdPartyApplicationDescription))
                {
                    thirdPartyApplicationDescription = ReadString();
                }
                else if (Is(name, _n.ThirdPartyApplicationStatus))
                {
                    thirdPartyApplicationStatus = (ThirdPartyApplicationStatus?)ReadCode();
                }
                else if (Is(name, _n.ThirdPartyApplicationType))
                {
                    thirdPartyApplicationType = (ThirdPartyApplicationType?)ReadCode();
                }
                else if (Is(name, _n.ThirdPartyApplicationUse))
                {
                    thirdPartyApplicationUse = (ThirdPartyApplicationUse?)ReadCode();
                }
                else if (Is(name, _n.ThirdPartyPhone))
                {
                    thirdPartyPhone = ReadString();
                }
                else if (Is(name, _n.AuthorizationServerUri))
                {
                    authorizationServerUri = ReadString();
                }
                else if (Is(name, _n.ThirdPartyNotifyUri))
                {
                    thirdPartyNotifyUri = ReadString();
                }
                else if (Is(name, _n.AuthorizationServerAuthorizationEndpoint))
                {
                    authorizationServerAuthorizationEndpoint = ReadString();
                }
                else if (Is(name, _n.AuthorizationServerRegistrationEndpoint))
                {
                    authorizationServerRegistrationEndpoint = ReadString();
                }
                else if (Is(name, _n.AuthorizationServerTokenEndpoint))
                {
                    authorizationServerTokenEndpoint = ReadString();
                }
                else if (Is(name, _n.DataCustodianBulkRequestURI))
                {
                    dataCustodianBulkRequestUri = ReadString();
                }
                else if (Is(name, _n.DataCustodianResourceEndpoint))
                {
                    dataCustodianResourceEndpoint = ReadString();
                }
                else if (Is(name, _n.ThirdPartyScopeSelectionScreenURI))
                {
                    thirdPartyScopeSelectionScreenUri = ReadString();
                }
                else if (Is(name, _n.ThirdPartyUserPortalScreenURI))
                {
                    thirdPartyUserPortalScreenUri = ReadString();
                }
                else if (Is(name, _n.ClientSecret))
                {
                    clientSecret = ReadString();
                }
                else if (Is(name, _n.LogoUri))
                {
                    logoUri = ReadString();
                }
                else if (Is(name, _n.ClientName))
                {
                    clientName = ReadString();
                }
                else if (Is(name, _n.ClientUri))
                {
                    clientUri = ReadString();
                }
                else if (Is(name, _n.RedirectUri))
                {
                    if (ReadString() is { } redirectUrisItem)
                    {
                        redirectUris.Add(redirectUrisItem);
                    }
                }
                else if (Is(name, _n.ClientId))
                {
                    clientId = ReadString();
                }
                else if (Is(name, _n.TosUri))
                {
                    tosUri = ReadString();
                }
                else if (Is(name, _n.PolicyUri))
                {
                    policyUri = ReadString();
                }
                else if (Is(name, _n.SoftwareId))
                {
                    softwareId = ReadString();
                }
                else if (Is(name, _n.SoftwareVersion))
                {
                    softwareVersion = ReadString();
                }
                else if (Is(name, _n.ClientIdIssuedAt))
                {
                    clientIdIssuedAt = ReadOptionalEpochDate();
                }
                else if (Is(name, _n.ClientSecretExpiresAt))
                {
                    clientSecretExpiresAt = ReadOptionalEpochDate();
                }
                else if (Is(name, _n.Contacts))
                {
                    if (ReadString() is { } contactsItem)
                    {
                        contacts.Add(contactsItem);
                    }
                }
                else if (Is(name, _n.TokenEndpointAuthMethod))
                {
                    tokenEndpointAuthMethod = ReadString();
                }
                else if (Is(name, _n.Scope))
                {
                    if (ReadString() is { } scopesItem)
                    {
                        scopes.Add(scopesItem);
                    }
                }
                else if (Is(name, _n.GrantTypes))
                {
                    if (ReadString() is { } grantTypesItem)
                    {
                        // One file writes "authorization_code,refresh_token" in one element.
                        grantTypes.AddRange(grantTypesItem.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    }
                }
                else if (Is(name, _n.ResponseTypes))
                {
                    responseTypes = ReadString();
                }
                else if (Is(name, _n.RegistrationClientUri))
                {
                    registrationClientUri = ReadString();
                }
                else if (Is(name, _n.RegistrationAccessToken))
                {
                    registrationAccessToken = ReadString();
                }
                else if (Is(name, _n.DataCustodianScopeSelectionScreenURI))
                {
                    dataCustodianScopeSelectionScreenUri = ReadString();
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new ApplicationInformation
        {
            DataCustodianId = dataCustodianId,
            DataCustodianApplicationStatus = dataCustodianApplicationStatus,
            ThirdPartyApplicationDescription = thirdPartyApplicationDescription,
            ThirdPartyApplicationStatus = thirdPartyApplicationStatus,
            ThirdPartyApplicationType = thirdPartyApplicationType,
            ThirdPartyApplicationUse = thirdPartyApplicationUse,
            ThirdPartyPhone = thirdPartyPhone,
            AuthorizationServerUri = authorizationServerUri,
            ThirdPartyNotifyUri = thirdPartyNotifyUri,
            AuthorizationServerAuthorizationEndpoint = authorizationServerAuthorizationEndpoint,
            AuthorizationServerRegistrationEndpoint = authorizationServerRegistrationEndpoint,
            AuthorizationServerTokenEndpoint = authorizationServerTokenEndpoint,
            DataCustodianBulkRequestUri = dataCustodianBulkRequestUri,
            DataCustodianResourceEndpoint = dataCustodianResourceEndpoint,
            ThirdPartyScopeSelectionScreenUri = thirdPartyScopeSelectionScreenUri,
            ThirdPartyUserPortalScreenUri = thirdPartyUserPortalScreenUri,
            ClientSecret = clientSecret,
            LogoUri = logoUri,
            ClientName = clientName,
            ClientUri = clientUri,
            RedirectUris = redirectUris,
            ClientId = clientId,
            TosUri = tosUri,
            PolicyUri = policyUri,
            SoftwareId = softwareId,
            SoftwareVersion = softwareVersion,
            ClientIdIssuedAt = clientIdIssuedAt,
            ClientSecretExpiresAt = clientSecretExpiresAt?.ToUnixTimeSeconds() == 0 ? null : clientSecretExpiresAt, // 0: never
            Contacts = contacts,
            TokenEndpointAuthMethod = tokenEndpointAuthMethod,
            Scopes = scopes,
            GrantTypes = grantTypes,
            ResponseTypes = responseTypes,
            RegistrationClientUri = registrationClientUri,
            RegistrationAccessToken = registrationAccessToken,
            DataCustodianScopeSelectionScreenUri = dataCustodianScopeSelectionScreenUri,
            BatchItemInfo = batchItemInfo,
            Line = line,
            Column = column,
        };
    }
    private Authorization ReadAuthorization()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        DateTimeInterval? authorizedPeriod = null;
        DateTimeInterval? publishedPeriod = null;
        string? accessToken = null;
        AuthorizationStatus? status = null;
        DateTimeOffset? expiresAt = null;
        string? grantType = null;
        string? refreshToken = null;
        string? scope = null;
        string? tokenType = null;
        string? error = null;
        string? errorDescription = null;
        string? errorUri = null;
        string? resourceUri = null;
        string? authorizationUri = null;
        string? customerResourceUri = null;
        Push(_n.Authorization);
        if (Enter())
        {
            while (NextChild())
            {
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.AuthorizedPeriod))
                {
                    authorizedPeriod = ReadInterval();
                }
                else if (Is(name, _n.PublishedPeriod))
                {
                    publishedPeriod = ReadInterval();
                }
                else if (Is(name, _n.AccessToken))
                {
                    accessToken = ReadString();
                }
                else if (Is(name, _n.Status))
                {
                    status = (AuthorizationStatus?)ReadCode();
                }
                else if (Is(name, _n.ExpiresAt))
                {
                    expiresAt = ReadOptionalEpochDate();
                }
                else if (Is(name, _n.GrantType))
                {
                    grantType = ReadString();
                }
                else if (Is(name, _n.RefreshToken))
                {
                    refreshToken = ReadString();
                }
                else if (Is(name, _n.Scope))
                {
                    scope = ReadString();
                }
                else if (Is(name, _n.TokenType))
                {
                    tokenType = ReadString();
                }
                else if (Is(name, _n.Error))
                {
                    error = ReadString();
                }
                else if (Is(name, _n.ErrorDescription))
                {
                    errorDescription = ReadString();
                }
                else if (Is(name, _n.ErrorUri))
                {
                    errorUri = ReadString();
                }
                else if (Is(name, _n.ResourceURI))
                {
                    resourceUri = ReadString();
                }
                else if (Is(name, _n.AuthorizationURI))
                {
                    authorizationUri = ReadString();
                }
                else if (Is(name, _n.CustomerResourceURI))
                {
                    customerResourceUri = ReadString();
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return new Authorization
        {
            AuthorizedPeriod = authorizedPeriod,
            PublishedPeriod = publishedPeriod,
            AccessToken = accessToken,
            Status = status,
            ExpiresAt = expiresAt,
            GrantType = grantType,
            RefreshToken = refreshToken,
            Scope = scope,
            TokenType = tokenType,
            Error = error,
            ErrorDescription = errorDescription,
            ErrorUri = errorUri,
            ResourceUri = resourceUri,
            AuthorizationUri = authorizationUri,
            CustomerResourceUri = customerResourceUri,
            BatchItemInfo = batchItemInfo,
            Line = line,
            Column = column,
        };
    }
}
