namespace GreenButton;

/// <summary>Which XML schema set <see cref="GreenButtonValidator"/> validates against.</summary>
public enum EspiSchemaVersion
{
    /// <summary>ESPI 4.0 (NAESB REQ.21, 2023-12-13): <c>espi.xsd</c>, <c>customer.xsd</c>, Atom and XML namespace schemas.</summary>
    Espi40 = 0,

    /// <summary>ESPI 3.3 (2020): <c>usage.xsd</c>, <c>retailcustomer.xsd</c> and their Atom schema.</summary>
    Espi33 = 1,

    /// <summary>No schema validation: only the data rules and quirks are checked.</summary>
    None = 2,
}
