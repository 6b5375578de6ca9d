namespace GreenButton;

/// <summary>ESPI <c>batchItemInfo</c>: the outcome of one item of a batch request.</summary>
public sealed record BatchItemInfo
{
    /// <summary><c>name</c> (HexBinary16) as written.</summary>
    public string? Name { get; init; }

    /// <summary><c>operation</c>.</summary>
    public CrudOperation? Operation { get; init; }

    /// <summary><c>statusCode</c> (an HTTP-style status).</summary>
    public StatusCode? StatusCode { get; init; }

    /// <summary><c>statusReason</c>.</summary>
    public string? StatusReason { get; init; }
}
