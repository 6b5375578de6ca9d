namespace GreenButton;

/// <summary>
/// Base unit of measure, combined with the power-of-ten multiplier (ReadingType/uom, SummaryMeasurement/uom; XSD UnitSymbolKind, UomType before 2013).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum UnitOfMeasure
{
    /// <summary>Not applicable / no unit (spec symbol none).</summary>
    None = 0,

    /// <summary>Length, metre (spec symbol m).</summary>
    Meter = 2,

    /// <summary>Mass, gram (spec symbol g).</summary>
    Gram = 3,

    /// <summary>Rotational speed, revolutions per second (spec symbol revPerSec).</summary>
    RevolutionPerSecond = 4,

    /// <summary>Current, ampere (spec symbol A).</summary>
    A = 5,

    /// <summary>Temperature, kelvin (spec symbol K).</summary>
    Kelvin = 6,

    /// <summary>Amount of substance, mole (spec symbol mol).</summary>
    Mole = 7,

    /// <summary>Luminous intensity, candela (spec symbol cd).</summary>
    Candela = 8,

    /// <summary>Plane angle, degrees (spec symbol deg).</summary>
    Degree = 9,

    /// <summary>Plane angle, radian (spec symbol rad).</summary>
    Radian = 10,

    /// <summary>Solid angle, steradian (spec symbol sr).</summary>
    Steradian = 11,

    /// <summary>Absorbed dose, gray (J/kg) (spec symbol gy).</summary>
    Gray = 21,

    /// <summary>Radioactivity, becquerel (1/s) (spec symbol bq).</summary>
    Becquerel = 22,

    /// <summary>Relative temperature, degrees Celsius (°C) (spec symbol degC).</summary>
    DegreeCelsius = 23,

    /// <summary>Dose equivalent, sievert (J/kg) (spec symbol sv).</summary>
    Sievert = 24,

    /// <summary>Electric capacitance, farad (C/V) (spec symbol F).</summary>
    Farad = 25,

    /// <summary>Time, second (spec symbol sec).</summary>
    Second = 27,

    /// <summary>Electric inductance, henry (Wb/A) (spec symbol H).</summary>
    Henry = 28,

    /// <summary>Electric potential, volt (spec symbol V).</summary>
    V = 29,

    /// <summary>Electric resistance, ohm (V/A) (spec symbol ohm).</summary>
    Ohm = 30,

    /// <summary>Energy, joule (W·s) (spec symbol J).</summary>
    Joule = 31,

    /// <summary>Force, newton (spec symbol n).</summary>
    Newton = 32,

    /// <summary>Frequency, hertz (spec symbol Hz).</summary>
    Hz = 33,

    /// <summary>Illuminance, lux (lm/m²) (spec symbol lx).</summary>
    Lux = 34,

    /// <summary>Luminous flux, lumen (spec symbol lm).</summary>
    Lumen = 35,

    /// <summary>Magnetic flux, weber (V·s) (spec symbol wb).</summary>
    Weber = 36,

    /// <summary>Magnetic flux density, tesla (Wb/m²) (spec symbol t).</summary>
    Tesla = 37,

    /// <summary>Real power, watt (spec symbol W).</summary>
    W = 38,

    /// <summary>Pressure, pascal (absolute or relative implied) (spec symbol pa).</summary>
    Pascal = 39,

    /// <summary>Area, square metre (spec symbol m2).</summary>
    SquareMeter = 41,

    /// <summary>Volume, cubic metre (spec symbol m3).</summary>
    CubicMeter = 42,

    /// <summary>Velocity, metres per second (spec symbol mPerSec).</summary>
    MeterPerSecond = 43,

    /// <summary>Acceleration, metres per second squared (spec symbol mPerSec2).</summary>
    MeterPerSecondSquared = 44,

    /// <summary>Volumetric flow, cubic metres per second (spec symbol m3PerSec).</summary>
    CubicMeterPerSecond = 45,

    /// <summary>Fuel efficiency, metres per cubic metre (spec symbol mPerM3).</summary>
    MeterPerCubicMeter = 46,

    /// <summary>Moment of mass, kilogram metre (spec symbol kgM).</summary>
    KilogramMeter = 47,

    /// <summary>Density; spec text says g/m³ (use multiplier k for kg/m³) (spec symbol kgPerM3).</summary>
    KilogramPerCubicMeter = 48,

    /// <summary>Viscosity, square metres per second (spec symbol m2PerSec).</summary>
    SquareMeterPerSecond = 49,

    /// <summary>Thermal conductivity, W/(m·K) (spec symbol wPerMK).</summary>
    WattPerMeterKelvin = 50,

    /// <summary>Heat capacity, joules per kelvin (spec symbol jPerK).</summary>
    JoulePerKelvin = 51,

    /// <summary>Electric conductance, siemens (A/V) (spec symbol siemens).</summary>
    Siemens = 53,

    /// <summary>Angular velocity, radians per second (spec symbol radPerSec).</summary>
    RadianPerSecond = 54,

    /// <summary>Apparent power, volt-ampere (spec symbol VA).</summary>
    VA = 61,

    /// <summary>Reactive power, volt-ampere reactive (spec symbol VAr).</summary>
    VAr = 63,

    /// <summary>Power factor, dimensionless cos θ (spec symbol cosTheta).</summary>
    CosTheta = 65,

    /// <summary>Volt seconds (spec symbol Vs).</summary>
    VoltSecond = 66,

    /// <summary>Volts squared (spec symbol V2).</summary>
    VoltSquared = 67,

    /// <summary>Ampere seconds (spec symbol As).</summary>
    AmpereSecond = 68,

    /// <summary>Amperes squared (spec symbol A2).</summary>
    AmpereSquared = 69,

    /// <summary>Ampere-squared seconds (spec symbol A2s).</summary>
    AmpereSquaredSecond = 70,

    /// <summary>Apparent energy, volt-ampere hours (spec symbol VAh).</summary>
    VAh = 71,

    /// <summary>Real energy, watt-hours (spec symbol Wh).</summary>
    Wh = 72,

    /// <summary>Reactive energy, volt-ampere reactive hours (spec symbol VArh).</summary>
    VArh = 73,

    /// <summary>Magnetic flux, volts per hertz (spec symbol VPerHz).</summary>
    VoltPerHertz = 74,

    /// <summary>Rate of change of frequency, hertz per second (spec symbol HzPerSec).</summary>
    HertzPerSecond = 75,

    /// <summary>Number of characters (spec symbol char).</summary>
    Character = 76,

    /// <summary>Data rate, characters per second (spec symbol charPerSec).</summary>
    CharacterPerSecond = 77,

    /// <summary>Turbine inertia, gram square metre (multiplier k for kg·m²) (spec symbol gM2).</summary>
    GramSquareMeter = 78,

    /// <summary>Sound pressure level, bel (multiplier d for dB SPL) (spec symbol b).</summary>
    Bel = 79,

    /// <summary>Generic monetary unit; the currency element names the currency (spec symbol money).</summary>
    Money = 80,

    /// <summary>Ramp rate, watts per second (spec symbol WPerSec).</summary>
    WattPerSecond = 81,

    /// <summary>Volumetric flow, litres per second (spec symbol litrePerSec).</summary>
    LitrePerSecond = 82,

    /// <summary>Quantity power, Q (spec symbol q).</summary>
    Q = 100,

    /// <summary>Quantity energy, Qh (spec symbol qh).</summary>
    Qh = 101,

    /// <summary>Resistivity, ohm metre (spec symbol ohmM).</summary>
    OhmMeter = 102,

    /// <summary>Magnetic field strength, amperes per metre (spec symbol APerM).</summary>
    AmperePerMeter = 103,

    /// <summary>Volt-squared hours (spec symbol V2h).</summary>
    VoltSquaredHour = 104,

    /// <summary>Ampere-squared hours (spec symbol A2h).</summary>
    AmpereSquaredHour = 105,

    /// <summary>Ampere-hours (available charge) (spec symbol Ah).</summary>
    AmpereHour = 106,

    /// <summary>Energy per volume, watt-hours per cubic metre (spec symbol WhPerM3).</summary>
    WattHourPerCubicMeter = 107,

    /// <summary>Timestamp, date and time per ISO 8601 (spec symbol timeStamp).</summary>
    Timestamp = 108,

    /// <summary>State: 1 = true/on/high/set, 0 = false/off/low/cleared (spec symbol status).</summary>
    Status = 109,

    /// <summary>Counter value (spec symbol count).</summary>
    Count = 111,

    /// <summary>Signal strength, bel-milliwatt (multiplier d for dBm) (spec symbol bm).</summary>
    BelMilliwatt = 113,

    /// <summary>Application value, encoded value (spec symbol code).</summary>
    Code = 114,

    /// <summary>Active energy metering constant Kh, Wh/rev (spec symbol WhPerRev).</summary>
    WattHourPerRevolution = 115,

    /// <summary>Reactive energy metering constant Kh, VArh/rev (spec symbol VArhPerRev).</summary>
    VArhPerRevolution = 116,

    /// <summary>Apparent energy metering constant Kh, VAh/rev (spec symbol VAhPerRev).</summary>
    VAhPerRevolution = 117,

    /// <summary>Value is an EndDeviceEventCode (spec symbol meCode).</summary>
    EndDeviceEventCode = 118,

    /// <summary>Volume, cubic feet (spec symbol ft3).</summary>
    CubicFoot = 119,

    /// <summary>Volume, cubic feet, compensated (spec symbol ft3compensated).</summary>
    CubicFootCompensated = 120,

    /// <summary>Volumetric flow, compensated cubic feet per hour (spec symbol ft3compensatedPerH).</summary>
    CubicFootCompensatedPerHour = 123,

    /// <summary>Volumetric flow, cubic metres per hour (spec symbol m3PerH).</summary>
    CubicMeterPerHour = 125,

    /// <summary>Volumetric flow, compensated cubic metres per hour (spec symbol m3compensatedPerH).</summary>
    CubicMeterCompensatedPerHour = 126,

    /// <summary>Volumetric flow, uncompensated cubic metres per hour (spec symbol m3uncompensatedPerH).</summary>
    CubicMeterUncompensatedPerHour = 127,

    /// <summary>Volume, US gallons (spec symbol usGal).</summary>
    USGallon = 128,

    /// <summary>Volumetric flow, US gallons per hour (spec symbol usGalPerH).</summary>
    USGallonPerHour = 129,

    /// <summary>Volume, imperial gallons (spec symbol imperialGal).</summary>
    ImperialGallon = 130,

    /// <summary>Volumetric flow, imperial gallons per hour (spec symbol imperialGalPerH).</summary>
    ImperialGallonPerHour = 131,

    /// <summary>Energy, British thermal units (spec symbol btu).</summary>
    Btu = 132,

    /// <summary>Power, BTU per hour (spec symbol btuPerH).</summary>
    BtuPerHour = 133,

    /// <summary>Volume, litre (dm³) (spec symbol litre).</summary>
    Litre = 134,

    /// <summary>Volumetric flow, litres per hour (spec symbol litrePerH).</summary>
    LitrePerHour = 137,

    /// <summary>Volumetric flow, compensated litres per hour (spec symbol litreCompensatedPerH).</summary>
    LitreCompensatedPerHour = 138,

    /// <summary>Volumetric flow, uncompensated litres per hour (spec symbol litreUncompensatedPerH).</summary>
    LitreUncompensatedPerHour = 139,

    /// <summary>Pressure, pascal, gauge (spec symbol paG).</summary>
    PascalGauge = 140,

    /// <summary>Pressure, pounds per square inch, absolute (spec symbol psiA).</summary>
    PsiAbsolute = 141,

    /// <summary>Pressure, pounds per square inch, gauge (spec symbol psiG).</summary>
    PsiGauge = 142,

    /// <summary>Concentration, volume ratio L/L (spec symbol litrePerLitre).</summary>
    LitrePerLitre = 143,

    /// <summary>Concentration, mass ratio g/g (spec symbol gPerG).</summary>
    GramPerGram = 144,

    /// <summary>Concentration, moles per cubic metre (spec symbol molPerM3).</summary>
    MolePerCubicMeter = 145,

    /// <summary>Concentration, molar fraction mol/mol (spec symbol molPerMol).</summary>
    MolePerMole = 146,

    /// <summary>Concentration, molality mol/kg (spec symbol molPerKg).</summary>
    MolePerKilogram = 147,

    /// <summary>Ratio of lengths, m/m (spec symbol mPerM).</summary>
    MeterPerMeter = 148,

    /// <summary>Ratio of times, s/s (e.g. clock drift) (spec symbol secPerSec).</summary>
    SecondPerSecond = 149,

    /// <summary>Ratio of frequencies, Hz/Hz (spec symbol HzPerHz).</summary>
    HertzPerHertz = 150,

    /// <summary>Ratio of voltages, V/V (spec symbol VPerV).</summary>
    VoltPerVolt = 151,

    /// <summary>Ratio of currents, A/A (spec symbol APerA).</summary>
    AmperePerAmpere = 152,

    /// <summary>Power factor, W/VA (spec symbol WPerVA).</summary>
    WattPerVoltAmpere = 153,

    /// <summary>Amount of rotation, revolutions (spec symbol rev).</summary>
    Revolution = 154,

    /// <summary>Pressure, pascal, absolute (spec symbol paA).</summary>
    PascalAbsolute = 155,

    /// <summary>Volume, litres, uncompensated (spec symbol litreUncompensated).</summary>
    LitreUncompensated = 156,

    /// <summary>Volume, litres, compensated (spec symbol litreCompensated).</summary>
    LitreCompensated = 157,

    /// <summary>Catalytic activity, katal (mol/s) (spec symbol kat).</summary>
    Katal = 158,

    /// <summary>Time, minute (60 s) (spec symbol min).</summary>
    Minute = 159,

    /// <summary>Time, hour (60 min) (spec symbol h).</summary>
    Hour = 160,

    /// <summary>Quantity power, Q measured at 45° (spec symbol q45).</summary>
    Q45 = 161,

    /// <summary>Quantity power, Q measured at 60° (spec symbol q60).</summary>
    Q60 = 162,

    /// <summary>Quantity energy, Q measured at 45° (spec symbol q45h).</summary>
    Q45h = 163,

    /// <summary>Quantity energy, Q measured at 60° (spec symbol q60h).</summary>
    Q60h = 164,

    /// <summary>Specific energy, joules per kilogram (spec symbol jPerKg).</summary>
    JoulePerKilogram = 165,

    /// <summary>Volume, cubic metres, uncompensated (spec symbol m3uncompensated).</summary>
    CubicMeterUncompensated = 166,

    /// <summary>Volume, cubic metres, compensated (spec symbol m3compensated).</summary>
    CubicMeterCompensated = 167,

    /// <summary>Signal strength, ratio of powers W/W (spec symbol WPerW).</summary>
    WattPerWatt = 168,

    /// <summary>Energy, therm (spec symbol therm).</summary>
    Therm = 169,
}
