namespace GreenButton;

/// <summary>
/// Kind of physical quantity measured (ReadingType/kind; XSD MeasurementKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum ReadingKind
{
    /// <summary>Not applicable.</summary>
    None = 0,

    /// <summary>Apparent Power Factor.</summary>
    ApparentPowerFactor = 2,

    /// <summary>Currency.</summary>
    Currency = 3,

    /// <summary>Current.</summary>
    Current = 4,

    /// <summary>Current Angle.</summary>
    CurrentAngle = 5,

    /// <summary>Current Imbalance.</summary>
    CurrentImbalance = 6,

    /// <summary>Date.</summary>
    Date = 7,

    /// <summary>Demand.</summary>
    Demand = 8,

    /// <summary>Distance.</summary>
    Distance = 9,

    /// <summary>Distortion Volt Amperes.</summary>
    DistortionVoltAmperes = 10,

    /// <summary>Energization.</summary>
    Energization = 11,

    /// <summary>Energy.</summary>
    Energy = 12,

    /// <summary>Energization Load Side.</summary>
    EnergizationLoadSide = 13,

    /// <summary>Fan.</summary>
    Fan = 14,

    /// <summary>Frequency.</summary>
    Frequency = 15,

    /// <summary>Funds (duplicate of Currency).</summary>
    Funds = 16,

    /// <summary>IEEE 1366 ASAI reliability index.</summary>
    Ieee1366ASAI = 17,

    /// <summary>IEEE 1366 ASIDI reliability index.</summary>
    Ieee1366ASIDI = 18,

    /// <summary>IEEE 1366 ASIFI reliability index.</summary>
    Ieee1366ASIFI = 19,

    /// <summary>IEEE 1366 CAIDI reliability index.</summary>
    Ieee1366CAIDI = 20,

    /// <summary>IEEE 1366 CAIFI reliability index.</summary>
    Ieee1366CAIFI = 21,

    /// <summary>IEEE 1366 CEMIn reliability index.</summary>
    Ieee1366CEMIn = 22,

    /// <summary>IEEE 1366 CEMSMIn reliability index.</summary>
    Ieee1366CEMSMIn = 23,

    /// <summary>IEEE 1366 CTAIDI reliability index.</summary>
    Ieee1366CTAIDI = 24,

    /// <summary>IEEE 1366 MAIFI reliability index.</summary>
    Ieee1366MAIFI = 25,

    /// <summary>IEEE 1366 MAIFIe reliability index.</summary>
    Ieee1366MAIFIe = 26,

    /// <summary>IEEE 1366 SAIDI reliability index.</summary>
    Ieee1366SAIDI = 27,

    /// <summary>IEEE 1366 SAIFI reliability index.</summary>
    Ieee1366SAIFI = 28,

    /// <summary>Line Losses.</summary>
    LineLosses = 31,

    /// <summary>Losses.</summary>
    Losses = 32,

    /// <summary>Negative Sequence.</summary>
    NegativeSequence = 33,

    /// <summary>Phasor Power Factor.</summary>
    PhasorPowerFactor = 34,

    /// <summary>Phasor Reactive Power.</summary>
    PhasorReactivePower = 35,

    /// <summary>Positive Sequence.</summary>
    PositiveSequence = 36,

    /// <summary>Power.</summary>
    Power = 37,

    /// <summary>Power Factor.</summary>
    PowerFactor = 38,

    /// <summary>Quantity Power.</summary>
    QuantityPower = 40,

    /// <summary>Sag (Voltage Dip).</summary>
    Sag = 41,

    /// <summary>Swell.</summary>
    Swell = 42,

    /// <summary>Switch Position.</summary>
    SwitchPosition = 43,

    /// <summary>Tap Position.</summary>
    TapPosition = 44,

    /// <summary>Tariff Rate.</summary>
    TariffRate = 45,

    /// <summary>Temperature.</summary>
    Temperature = 46,

    /// <summary>Total Harmonic Distortion.</summary>
    TotalHarmonicDistortion = 47,

    /// <summary>Transformer Losses.</summary>
    TransformerLosses = 48,

    /// <summary>Unipede Voltage Dip 10 to 15.</summary>
    UnipedeVoltageDip10To15 = 49,

    /// <summary>Unipede Voltage Dip 15 to 30.</summary>
    UnipedeVoltageDip15To30 = 50,

    /// <summary>Unipede Voltage Dip 30 to 60.</summary>
    UnipedeVoltageDip30To60 = 51,

    /// <summary>Unipede Voltage Dip 60 to 90.</summary>
    UnipedeVoltageDip60To90 = 52,

    /// <summary>Unipede Voltage Dip 90 to 100.</summary>
    UnipedeVoltageDip90To100 = 53,

    /// <summary>Voltage.</summary>
    Voltage = 54,

    /// <summary>Voltage Angle.</summary>
    VoltageAngle = 55,

    /// <summary>Voltage Excursion.</summary>
    VoltageExcursion = 56,

    /// <summary>Voltage Imbalance.</summary>
    VoltageImbalance = 57,

    /// <summary>Volume (of fluid).</summary>
    Volume = 58,

    /// <summary>Zero Flow Duration.</summary>
    ZeroFlowDuration = 59,

    /// <summary>Zero Sequence.</summary>
    ZeroSequence = 60,

    /// <summary>Distortion Power Factor.</summary>
    DistortionPowerFactor = 64,

    /// <summary>Frequency Excursion (Usually expressed as a "count").</summary>
    FrequencyExcursion = 81,

    /// <summary>Application Context.</summary>
    ApplicationContext = 90,

    /// <summary>Ap Title.</summary>
    ApTitle = 91,

    /// <summary>Asset Number.</summary>
    AssetNumber = 92,

    /// <summary>Bandwidth.</summary>
    Bandwidth = 93,

    /// <summary>Battery Voltage.</summary>
    BatteryVoltage = 94,

    /// <summary>Broadcast Address.</summary>
    BroadcastAddress = 95,

    /// <summary>Device Address Type 1.</summary>
    DeviceAddressType1 = 96,

    /// <summary>Device Address Type 2.</summary>
    DeviceAddressType2 = 97,

    /// <summary>Device Address Type 3.</summary>
    DeviceAddressType3 = 98,

    /// <summary>Device Address Type 4.</summary>
    DeviceAddressType4 = 99,

    /// <summary>Device Class.</summary>
    DeviceClass = 100,

    /// <summary>Electronic Serial Number.</summary>
    ElectronicSerialNumber = 101,

    /// <summary>End Device ID.</summary>
    EndDeviceId = 102,

    /// <summary>Group Address Type 1.</summary>
    GroupAddressType1 = 103,

    /// <summary>Group Address Type 2.</summary>
    GroupAddressType2 = 104,

    /// <summary>Group Address Type 3.</summary>
    GroupAddressType3 = 105,

    /// <summary>Group Address Type 4.</summary>
    GroupAddressType4 = 106,

    /// <summary>IP Address.</summary>
    IpAddress = 107,

    /// <summary>MAC Address.</summary>
    MacAddress = 108,

    /// <summary>Mfg Assigned Configuration ID.</summary>
    MfgAssignedConfigurationId = 109,

    /// <summary>Mfg Assigned Physical Serial Number.</summary>
    MfgAssignedPhysicalSerialNumber = 110,

    /// <summary>Mfg Assigned Product Number.</summary>
    MfgAssignedProductNumber = 111,

    /// <summary>Mfg Assigned Unique Communication Address.</summary>
    MfgAssignedUniqueCommunicationAddress = 112,

    /// <summary>Multicast Address.</summary>
    MulticastAddress = 113,

    /// <summary>One Way Address.</summary>
    OneWayAddress = 114,

    /// <summary>Signal Strength.</summary>
    SignalStrength = 115,

    /// <summary>Two Way Address.</summary>
    TwoWayAddress = 116,

    /// <summary>Signal-to-noise ratio (moved here from the unit of measure list).</summary>
    SignalToNoiseRatio = 117,

    /// <summary>Alarm.</summary>
    Alarm = 118,

    /// <summary>Battery Carryover.</summary>
    BatteryCarryover = 119,

    /// <summary>Data Overflow Alarm.</summary>
    DataOverflowAlarm = 120,

    /// <summary>Demand Limit.</summary>
    DemandLimit = 121,

    /// <summary>Demand Reset (usually expressed as a count as part of a billing cycle).</summary>
    DemandReset = 122,

    /// <summary>Diagnostic.</summary>
    Diagnostic = 123,

    /// <summary>Emergency Limit.</summary>
    EmergencyLimit = 124,

    /// <summary>Encoder Tamper.</summary>
    EncoderTamper = 125,

    /// <summary>IEEE 1366 momentary interruption.</summary>
    Ieee1366MomentaryInterruption = 126,

    /// <summary>IEEE 1366 momentary interruption event.</summary>
    Ieee1366MomentaryInterruptionEvent = 127,

    /// <summary>IEEE 1366 sustained interruption.</summary>
    Ieee1366SustainedInterruption = 128,

    /// <summary>Interruption Behaviour.</summary>
    InterruptionBehaviour = 129,

    /// <summary>Inversion Tamper.</summary>
    InversionTamper = 130,

    /// <summary>Load Interrupt.</summary>
    LoadInterrupt = 131,

    /// <summary>Load Shed.</summary>
    LoadShed = 132,

    /// <summary>Maintenance.</summary>
    Maintenance = 133,

    /// <summary>Physical Tamper.</summary>
    PhysicalTamper = 134,

    /// <summary>Power Loss Tamper.</summary>
    PowerLossTamper = 135,

    /// <summary>Power Outage.</summary>
    PowerOutage = 136,

    /// <summary>Power Quality.</summary>
    PowerQuality = 137,

    /// <summary>Power Restoration.</summary>
    PowerRestoration = 138,

    /// <summary>Programmed.</summary>
    Programmed = 139,

    /// <summary>Push Button.</summary>
    PushButton = 140,

    /// <summary>Relay Activation.</summary>
    RelayActivation = 141,

    /// <summary>Relay Cycle (usually expressed as a count).</summary>
    RelayCycle = 142,

    /// <summary>Removal Tamper.</summary>
    RemovalTamper = 143,

    /// <summary>Reprogramming Tamper.</summary>
    ReprogrammingTamper = 144,

    /// <summary>Reverse Rotation Tamper.</summary>
    ReverseRotationTamper = 145,

    /// <summary>Switch Armed.</summary>
    SwitchArmed = 146,

    /// <summary>Switch Disabled.</summary>
    SwitchDisabled = 147,

    /// <summary>Tamper.</summary>
    Tamper = 148,

    /// <summary>Watchdog Timeout.</summary>
    WatchdogTimeout = 149,

    /// <summary>Customer's bill for the previous billing period (Currency).</summary>
    BillLastPeriod = 150,

    /// <summary>Customer's bill, as known thus far within the present billing period (Currency).</summary>
    BillToDate = 151,

    /// <summary>Customer's bill carryover (currency).</summary>
    BillCarryover = 152,

    /// <summary>Monthly fee for connection to commodity.</summary>
    ConnectionFee = 153,

    /// <summary>Audible Volume (Sound).</summary>
    AudibleVolume = 154,

    /// <summary>Volumetric Flow.</summary>
    VolumetricFlow = 155,
}
