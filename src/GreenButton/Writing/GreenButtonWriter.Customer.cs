namespace GreenButton;

/// <summary>
/// Where the resources of other namespaces plug in, one method per resource (the customer namespace,
/// <c>http://naesb.org/espi/customer</c>, is the next): a type the writer does not know is reported, not written.
/// </summary>
public sealed partial class GreenButtonWriter
{
    private void WriteOtherResource(EspiResource resource)
        => _collector.Quirk(DiagnosticCodes.UnwrittenResource, DiagnosticSeverity.Warning,
            $"{resource.ResourceName} resources cannot be written yet; they were left out.", _line, _column, _entryId, "unwritten:" + resource.ResourceName);
}
