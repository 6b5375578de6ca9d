namespace GreenButton.Tests.Model;

/// <summary>Every element of every resource lands in its property.</summary>
public sealed class ResourceElementTests
{
    private static readonly DateTimeOffset s_jan2023 = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_jan2024 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void UsagePoint_reads_every_optional_element()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("usage-point-full.xml"));
        var up = doc.UsagePoints.Single();
        up.RoleFlags.Should().Be(RoleFlags.Mirror | RoleFlags.PremisesAggregationPoint);
        up.ServiceKind.Should().Be(ServiceKind.Gas);
        up.Status.Should().Be(UsagePointStatus.On);
        up.AmiBillingReady.Should().Be("amiCapable");
        up.CheckBilling.Should().BeTrue();
        up.ConnectionState.Should().Be("connected");
        up.EstimatedLoad.Should().Be(new SummaryMeasurement { PowerOfTenMultiplier = 3, HasPowerOfTenMultiplier = true, Uom = UnitOfMeasure.W, Value = 12 });
        up.EstimatedLoad!.ScaledValue.Should().Be(new Quantity(12000m, UnitOfMeasure.W));
        up.Grounded.Should().BeFalse();
        up.IsSdp.Should().BeTrue();
        up.IsVirtual.Should().BeFalse();
        up.MinimalUsageExpected.Should().BeFalse();
        up.NominalServiceVoltage!.Value.Should().Be(240);
        up.NominalServiceVoltage.Uom.Should().Be(UnitOfMeasure.V);
        up.OutageRegion.Should().Be("North-7");
        up.PhaseCode.Should().Be((PhaseCode)769);
        up.RatedCurrent!.Uom.Should().Be(UnitOfMeasure.A);
        up.RatedCurrent.Value.Should().Be(200);
        up.RatedPower!.ScaledValue!.Value.Amount.Should().Be(48000m);
        up.ReadCycle.Should().Be("Cycle 12");
        up.ReadRoute.Should().Be("Route 4");
        up.ServiceDeliveryRemark.Should().Be("Gate code on file");
        up.ServicePriority.Should().Be("normal");
        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnknownElement);
    }

    [Fact]
    public void UsagePoint_reads_its_service_delivery_point_with_tariff_riders()
    {
        var sdp = GreenButtonDocument.Load(Fixture.PathOf("usage-point-full.xml")).UsagePoints.Single().ServiceDeliveryPoint!;
        sdp.Name.Should().Be("SDP-1");
        sdp.TariffProfile.Should().Be("E-TOU-C");
        sdp.CustomerAgreement.Should().Be("CA-99");
        sdp.TariffRiderRefs.Should().Equal(new TariffRiderRef { RiderType = "CARE", EnrollmentStatus = "enrolled", EffectiveDate = s_jan2023 });
    }

    [Fact]
    public void UsagePoint_reads_pnode_and_aggregate_node_refs()
    {
        var up = GreenButtonDocument.Load(Fixture.PathOf("usage-point-full.xml")).UsagePoints.Single();
        up.PnodeRefs.Should().Equal(new PnodeRef { ApnodeType = "LOAD", Ref = "PNODE-1", StartEffectiveDate = s_jan2023, EndEffectiveDate = s_jan2024 });
        var aggregate = up.AggregateNodeRefs.Should().ContainSingle().Subject;
        aggregate.AnodeType.Should().Be("DLAP");
        aggregate.Ref.Should().Be("ANODE-1");
        aggregate.StartEffectiveDate.Should().Be(s_jan2023);
        aggregate.EndEffectiveDate.Should().Be(s_jan2024);
        aggregate.PnodeRefs.Should().Equal(new PnodeRef { ApnodeType = "GEN", Ref = "PNODE-2" });
    }

    [Fact]
    public void UsagePoint_reads_batchItemInfo()
    {
        var info = GreenButtonDocument.Load(Fixture.PathOf("usage-point-full.xml")).UsagePoints.Single().BatchItemInfo;
        info.Should().Be(new BatchItemInfo { Name = "batch-7", Operation = CrudOperation.Read, StatusCode = StatusCode.Ok, StatusReason = "OK" });
    }

    [Fact]
    public void UsagePoint_accepts_the_ServiceDeliveryPoint_element_spelling_too()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.UsagePoint(0, "<ServiceDeliveryPoint><name>Upper</name></ServiceDeliveryPoint>")));
        Fixture.Parse(xml).UsagePoints.Single().ServiceDeliveryPoint!.Name.Should().Be("Upper");
    }

    [Fact]
    public void ReadingType_reads_every_field()
    {
        var rt = GreenButtonDocument.Load(Fixture.PathOf("usage-point-full.xml")).ReadingTypes.Single();
        rt.AccumulationBehaviour.Should().Be(AccumulationBehaviour.DeltaData);
        rt.Commodity.Should().Be(Commodity.ElectricitySecondaryMetered);
        rt.ConsumptionTier.Should().Be(2);
        rt.Currency.Should().Be(Currency.CAD);
        rt.DataQualifier.Should().Be(DataQualifier.Normal);
        rt.DefaultQuality.Should().Be(QualityOfReading.Valid);
        rt.FlowDirection.Should().Be(FlowDirection.Reverse);
        rt.IntervalLength.Should().Be(900);
        rt.Kind.Should().Be(ReadingKind.Energy);
        rt.Phase.Should().Be((PhaseCode)769);
        rt.PowerOfTenMultiplier.Should().Be(-3);
        rt.TimeAttribute.Should().Be((TimeAttribute)11);
        rt.Tou.Should().Be(3);
        rt.Uom.Should().Be(UnitOfMeasure.Wh);
        rt.Cpp.Should().Be(1);
        rt.Interharmonic.Should().Be(new RationalNumber(1, 2));
        rt.MeasuringPeriod.Should().Be(TimeAttribute.FifteenMinute);
        rt.Argument.Should().Be(new RationalNumber(-3, 4));
        rt.Aggregate.Should().Be(4);
        rt.SelfHref.Should().EndWith("/ReadingType/full");
    }

    [Fact]
    public void ReadingType_absent_fields_are_null_and_the_multiplier_zero()
    {
        var rt = Fixture.Parse(Fixture.Feed(Fixture.Entry($"<ReadingType xmlns=\"{Fixture.Espi}\"><uom>72</uom><tou/></ReadingType>"))).ReadingTypes.Single();
        rt.PowerOfTenMultiplier.Should().Be(0);
        rt.Tou.Should().BeNull();
        rt.Currency.Should().BeNull();
        rt.IntervalLength.Should().BeNull();
        rt.Interharmonic.Should().BeNull();
    }

    [Fact]
    public void MeterReading_carries_batchItemInfo()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.MeterReading("<batchItemInfo><operation>0</operation><statusCode>201</statusCode></batchItemInfo>")));
        Fixture.Parse(xml).MeterReadings.Single().BatchItemInfo.Should().Be(new BatchItemInfo { Operation = CrudOperation.Create, StatusCode = StatusCode.Created });
    }

    [Fact]
    public void IntervalReading_reads_every_element()
    {
        var reading = $"<IntervalReading><cost>-1234567</cost><ReadingQuality><quality>8</quality></ReadingQuality><ReadingQuality><quality>19</quality></ReadingQuality>"
            + $"<timePeriod><duration>900</duration><start>{Fixture.June1}</start></timePeriod><value>-42</value><consumptionTier>2</consumptionTier><tou>1</tou><cpp>0</cpp></IntervalReading>";
        var r = Fixture.Parse(Fixture.Feed(Fixture.Entry(Fixture.Block(Fixture.June1, 900, reading)))).IntervalBlocks.Single().Readings.Single();
        r.StartSeconds.Should().Be(Fixture.June1);
        r.Start.Should().Be(new DateTimeOffset(2023, 6, 1, 7, 0, 0, TimeSpan.Zero));
        r.DurationSeconds.Should().Be(900);
        r.Duration.Should().Be(TimeSpan.FromMinutes(15));
        r.End.Should().Be(new DateTimeOffset(2023, 6, 1, 7, 15, 0, TimeSpan.Zero));
        r.EndSeconds.Should().Be(Fixture.June1 + 900);
        r.Value.Should().Be(-42);
        r.Cost.Should().Be(-1234567);
        r.CostAmount.Should().Be(-12.34567m);
        r.Qualities.Select(q => q.Quality).Should().Equal(QualityOfReading.EstimatedUsingReferenceDay, (QualityOfReading)19);
        r.ConsumptionTier.Should().Be(2);
        r.Tou.Should().Be(1);
        r.Cpp.Should().Be(0);
        r.HasTimePeriod.Should().BeTrue();
    }

    [Fact]
    public void IntervalBlock_reads_its_interval()
    {
        var block = GreenButtonDocument.Load(Fixture.PathOf("usage.xml")).IntervalBlocks.Single();
        block.Interval.Should().Be(new DateTimeInterval(1685602800, 14400));
        block.Interval!.Value.Start.Should().Be(new DateTimeOffset(2023, 6, 1, 7, 0, 0, TimeSpan.Zero));
        block.Interval.Value.End.Should().Be(new DateTimeOffset(2023, 6, 1, 11, 0, 0, TimeSpan.Zero));
        block.Interval.Value.Duration.Should().Be(TimeSpan.FromHours(4));
    }

    [Fact]
    public void LocalTimeParameters_reads_every_element()
    {
        var time = GreenButtonDocument.Load(Fixture.PathOf("usage.xml")).LocalTimeParameters.Single();
        time.DstStartRule.Should().Be(new DstRule(0x360E2000));
        time.DstEndRule.Should().Be(new DstRule(0xB40E2000));
        time.DstOffsetSeconds.Should().Be(3600);
        time.DstOffset.Should().Be(TimeSpan.FromHours(1));
        time.TzOffsetSeconds.Should().Be(-28800);
        time.TzOffset.Should().Be(TimeSpan.FromHours(-8));
        time.HasDaylightSavingTime.Should().BeTrue();
    }

    [Fact]
    public void UsageSummary_reads_every_element()
    {
        var summary = GreenButtonDocument.Load(Fixture.PathOf("summaries.xml")).UsageSummaries.Single(s => s is not ElectricPowerUsageSummary);
        summary.ResourceName.Should().Be("UsageSummary");
        summary.BillingPeriod.Should().Be(new DateTimeInterval(1682924400, 2592000));
        summary.BillLastPeriod.Should().Be(11250000);
        summary.BillLastPeriodAmount.Should().Be(112.5m);
        summary.BillToDate.Should().Be(4500000);
        summary.BillToDateAmount.Should().Be(45m);
        summary.CostAdditionalLastPeriod.Should().Be(1000000);
        summary.Currency.Should().Be(Currency.USD);
        summary.OverallConsumptionLastPeriod.Should().Be(new SummaryMeasurement
        {
            PowerOfTenMultiplier = -3,
            HasPowerOfTenMultiplier = true,
            TimeStamp = DateTimeOffset.FromUnixTimeSeconds(1685602800),
            Uom = UnitOfMeasure.Wh,
            Value = 450123,
            ReadingTypeRef = "https://utility.example/DataCustodian/espi/1_1/resource/ReadingType/1",
        });
        summary.OverallConsumptionLastPeriod!.ScaledValue.Should().Be(new Quantity(450.123m, UnitOfMeasure.Wh));
        summary.CurrentBillingPeriodOverallConsumption!.Value.Should().Be(1001);
        summary.CurrentDayLastYearNetConsumption!.Value.Should().Be(1002);
        summary.CurrentDayNetConsumption!.Value.Should().Be(1003);
        summary.CurrentDayOverallConsumption!.Value.Should().Be(1004);
        summary.PeakDemand!.ScaledValue!.Value.Amount.Should().Be(7000m);
        summary.PreviousDayLastYearOverallConsumption!.Value.Should().Be(1005);
        summary.PreviousDayNetConsumption!.Value.Should().Be(1006);
        summary.PreviousDayOverallConsumption!.Value.Should().Be(1007);
        summary.QualityOfReading.Should().Be(QualityOfReading.Raw);
        summary.RatchetDemand!.Value.Should().Be(5000);
        summary.RatchetDemandPeriod.Should().Be(new DateTimeInterval(1685602800, 86400));
        summary.StatusTimeStamp.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1685689200));
        summary.Commodity.Should().Be(Commodity.ElectricitySecondaryMetered);
        summary.TariffProfile.Should().Be("E-TOU-C");
        summary.ReadCycle.Should().Be("12");
        summary.TariffRiderRefs.Should().ContainSingle().Which.RiderType.Should().Be("CARE");
        summary.BillingChargeSourceAgencyName.Should().Be("Utility Billing Agency");
    }

    [Fact]
    public void UsageSummary_reads_its_line_items()
    {
        var items = GreenButtonDocument.Load(Fixture.PathOf("summaries.xml")).UsageSummaries.Single(s => s is not ElectricPowerUsageSummary).CostAdditionalDetailLastPeriod;
        items.Should().HaveCount(2);
        items[0].Should().Be(new LineItem
        {
            Amount = 1000000,
            Rounding = -3,
            DateTime = DateTimeOffset.FromUnixTimeSeconds(1685602800),
            Note = "Customer charge",
            Measurement = new SummaryMeasurement { PowerOfTenMultiplier = 0, HasPowerOfTenMultiplier = true, Uom = UnitOfMeasure.Wh, Value = 1 },
            ItemKind = ItemKind.EnergyGenerationFee,
            UnitCost = 25000,
            ItemPeriod = new DateTimeInterval(1682924400, 2592000),
        });
        items[0].AmountValue.Should().Be(10m);
        items[1].Amount.Should().Be(-250000);
        items[1].AmountValue.Should().Be(-2.5m);
        items[1].ItemKind.Should().Be(ItemKind.AdministrativeCredit);
        items[1].Measurement.Should().BeNull();
    }

    [Fact]
    public void ElectricPowerUsageSummary_is_a_UsageSummary_with_its_own_name()
    {
        var summary = GreenButtonDocument.Load(Fixture.PathOf("summaries.xml")).UsageSummaries.OfType<ElectricPowerUsageSummary>().Single();
        summary.ResourceName.Should().Be("ElectricPowerUsageSummary");
        summary.BillLastPeriod.Should().Be(9900000);
        summary.Currency.Should().Be(Currency.CAD);
        summary.OverallConsumptionLastPeriod!.Value.Should().Be(396000);
        summary.QualityOfReading.Should().Be(QualityOfReading.EstimatedUsingReferenceDay);
        summary.StatusTimeStamp.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1682924400));
    }

    [Fact]
    public void ElectricPowerQualitySummary_reads_every_element()
    {
        var pq = GreenButtonDocument.Load(Fixture.PathOf("summaries.xml")).PowerQualitySummaries.Single();
        new long?[] { pq.FlickerPlt, pq.FlickerPst, pq.HarmonicVoltage, pq.LongInterruptions, pq.MainsVoltage, pq.MeasurementProtocol, pq.PowerFrequency,
            pq.RapidVoltageChanges, pq.ShortInterruptions, pq.SupplyVoltageDips, pq.SupplyVoltageImbalance, pq.SupplyVoltageVariations, pq.TempOvervoltage }
            .Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        pq.SummaryInterval.Should().Be(new DateTimeInterval(1685602800, 86400));
    }

    [Fact]
    public void ApplicationInformation_reads_every_element()
    {
        var app = GreenButtonDocument.Load(Fixture.PathOf("third-party.xml")).ApplicationInformation.Single();
        app.DataCustodianId.Should().Be("data_custodian");
        app.DataCustodianApplicationStatus.Should().Be(DataCustodianApplicationStatus.Review);
        app.ThirdPartyApplicationDescription.Should().Be("Solar sizing");
        app.ThirdPartyApplicationStatus.Should().Be(ThirdPartyApplicationStatus.ReviewTest);
        app.ThirdPartyApplicationType.Should().Be(ThirdPartyApplicationType.Web);
        app.ThirdPartyApplicationUse.Should().Be(ThirdPartyApplicationUse.Government);
        app.ThirdPartyPhone.Should().Be("555-0100");
        app.AuthorizationServerUri.Should().Be("https://utility.example/as");
        app.ThirdPartyNotifyUri.Should().Be("https://thirdparty.example/notify");
        app.AuthorizationServerAuthorizationEndpoint.Should().Be("https://utility.example/oauth/authorize");
        app.AuthorizationServerRegistrationEndpoint.Should().Be("https://utility.example/oauth/register");
        app.AuthorizationServerTokenEndpoint.Should().Be("https://utility.example/oauth/token");
        app.DataCustodianBulkRequestUri.Should().Be("https://utility.example/espi/Batch/Bulk/1");
        app.DataCustodianResourceEndpoint.Should().Be("https://utility.example/espi/1_1/resource");
        app.ThirdPartyScopeSelectionScreenUri.Should().Be("https://thirdparty.example/scope");
        app.ThirdPartyUserPortalScreenUri.Should().Be("https://thirdparty.example/portal");
        app.ClientSecret.Should().Be("fake-secret");
        app.LogoUri.Should().Be("https://thirdparty.example/logo.png");
        app.ClientName.Should().Be("Solar Co");
        app.ClientUri.Should().Be("https://thirdparty.example");
        app.RedirectUris.Should().Equal("https://thirdparty.example/callback", "https://thirdparty.example/callback2");
        app.ClientId.Should().Be("third_party");
        app.TosUri.Should().Be("https://thirdparty.example/tos");
        app.PolicyUri.Should().Be("https://thirdparty.example/policy");
        app.SoftwareId.Should().Be("solar-sizer");
        app.SoftwareVersion.Should().Be("2.1");
        app.ClientIdIssuedAt.Should().Be(s_jan2023);
        app.ClientSecretExpiresAt.Should().BeNull("0 means the secret never expires");
        app.Contacts.Should().Equal("ops@thirdparty.example", "dev@thirdparty.example");
        app.TokenEndpointAuthMethod.Should().Be("client_secret_basic");
        app.Scopes.Should().Equal("FB=4_5_15;IntervalDuration=3600;BlockDuration=monthly;HistoryLength=13", "FB=4_5_16");
        app.GrantTypes.Should().Equal("authorization_code", "refresh_token", "client_credentials");
        app.ResponseTypes.Should().Be("code");
        app.RegistrationClientUri.Should().Be("https://utility.example/oauth/register/1");
        app.RegistrationAccessToken.Should().Be("fake-registration-token");
        app.DataCustodianScopeSelectionScreenUri.Should().Be("https://utility.example/scope");
    }

    [Fact]
    public void Authorization_reads_every_element_and_never_prints_its_tokens()
    {
        var auth = GreenButtonDocument.Load(Fixture.PathOf("third-party.xml")).Authorizations.Single();
        auth.AuthorizedPeriod.Should().Be(new DateTimeInterval(1672531200, 31536000));
        auth.PublishedPeriod.Should().Be(new DateTimeInterval(1640995200, 31536000));
        auth.AccessToken.Should().Be("fake-access-token");
        auth.Status.Should().Be(AuthorizationStatus.Active);
        auth.ExpiresAt.Should().Be(s_jan2024);
        auth.GrantType.Should().Be("authorization_code");
        auth.RefreshToken.Should().Be("fake-refresh-token");
        auth.Scope.Should().Be("FB=4_5_15;IntervalDuration=3600");
        auth.TokenType.Should().Be("Bearer");
        auth.Error.Should().Be("invalid_request");
        auth.ErrorDescription.Should().Be("none really");
        auth.ErrorUri.Should().Be("https://utility.example/errors");
        auth.ResourceUri.Should().Be("https://utility.example/espi/1_1/resource/Batch/Subscription/5");
        auth.AuthorizationUri.Should().Be("https://utility.example/espi/1_1/resource/Authorization/3");
        auth.CustomerResourceUri.Should().Be("https://utility.example/espi/1_1/resource/RetailCustomer/9");
        auth.ToString().Should().NotContainAny("fake-access-token", "fake-refresh-token");
    }

    [Fact]
    public void ServiceStatus_reads_its_current_status()
    {
        var status = GreenButtonDocument.Load(Fixture.PathOf("third-party.xml")).ServiceStatuses.Single();
        status.CurrentStatus.Should().Be(ServiceStatusKind.Normal);
        status.IsAvailable.Should().BeTrue();
        Fixture.Parse($"<ServiceStatus xmlns=\"{Fixture.Espi}\"><currentStatus>0</currentStatus></ServiceStatus>").ServiceStatuses.Single().IsAvailable.Should().BeFalse();
    }

    [Fact]
    public void ProgramIdMappings_reads_every_mapping()
    {
        var mappings = GreenButtonDocument.Load(Fixture.PathOf("third-party.xml")).ProgramIdMappings.Single().Mappings;
        mappings.Should().Equal(
            new ProgramIdMapping { Kind = "TOU", Code = "3", Name = "Peak", Note = "16:00-21:00" },
            new ProgramIdMapping { Kind = "CPP", Code = "1", Name = "Event day" });
    }

    [Fact]
    public void Resource_names_are_the_espi_element_names()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("third-party.xml"));
        doc.Resources.Select(r => r.ResourceName).Should().Equal("ApplicationInformation", "Authorization", "ServiceStatus", "ProgramIdMappings");
        doc.Codes().Should().NotContain(DiagnosticCodes.UnknownElement);
    }

    [Fact]
    public void Summary_measurement_with_a_multiplier_beyond_decimal_range_has_no_scaled_value_and_is_reported()
    {
        var xml = Fixture.Feed(Fixture.Entry($"<UsageSummary xmlns=\"{Fixture.Espi}\"><overallConsumptionLastPeriod><powerOfTenMultiplier>30</powerOfTenMultiplier><uom>72</uom><value>1</value></overallConsumptionLastPeriod></UsageSummary>"));
        var doc = Fixture.Parse(xml);
        doc.UsageSummaries.Single().OverallConsumptionLastPeriod!.ScaledValue.Should().BeNull();
        doc.Codes().Should().Contain(DiagnosticCodes.OutOfRange);
    }
}
