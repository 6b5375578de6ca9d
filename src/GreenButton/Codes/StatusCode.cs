namespace GreenButton;

/// <summary>
/// HTTP-style status of a batch item transaction (BatchItemInfo/statusCode; XSD StatusCode).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum StatusCode
{
    /// <summary>Ok.</summary>
    Ok = 200,

    /// <summary>Created.</summary>
    Created = 201,

    /// <summary>Accepted.</summary>
    Accepted = 202,

    /// <summary>No Content.</summary>
    NoContent = 204,

    /// <summary>Moved Permanently.</summary>
    MovedPermanently = 301,

    /// <summary>Redirect.</summary>
    Redirect = 302,

    /// <summary>Not Modified.</summary>
    NotModified = 304,

    /// <summary>Bad Request.</summary>
    BadRequest = 400,

    /// <summary>Unauthorized.</summary>
    Unauthorized = 401,

    /// <summary>Forbidden.</summary>
    Forbidden = 403,

    /// <summary>Not Found.</summary>
    NotFound = 404,

    /// <summary>Method Not Allowed.</summary>
    MethodNotAllowed = 405,

    /// <summary>Gone.</summary>
    Gone = 410,

    /// <summary>Internal Server Error.</summary>
    InternalServerError = 500,
}
