namespace GreenButton.Cli;

/// <summary>The tool's exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and written.</summary>
    public const int Ok = 0;

    /// <summary>Strict mode: a well-formed input holds data the reader rejects (an invalid number or date; <c>--lenient</c> would skip that entry), or no Green Button data at all.</summary>
    public const int DataError = 1;

    /// <summary>The command line is wrong: unknown command or option, bad value, no file matching a glob or in a directory.</summary>
    public const int Usage = 2;

    /// <summary>An input cannot be read: missing, unreadable, empty, not XML (a CSV file, a PDF, an HTML page...), malformed or truncated XML, a DTD, corrupt gzip data, a broken archive; or the output cannot be written.</summary>
    public const int Unreadable = 3;

    /// <summary><c>fetch</c>: the Data Custodian answered with an error (after retries), or did not answer within <c>--timeout</c>.</summary>
    public const int CustodianError = 4;

    /// <summary><c>fetch</c>: no exchange: the TLS handshake failed (server not trusted: see <c>--trust</c>), the client certificate was refused, or the server is unreachable.</summary>
    public const int ConnectionFailed = 5;

    /// <summary><c>fetch</c>: the custodian accepted the request (HTTP 202) and will deliver the data later through a notification; nothing was written.</summary>
    public const int Accepted = 6;

    /// <summary><c>fetch</c>: the token endpoint refused the grant (OAuth <c>error</c>, e.g. <c>invalid_client</c> for a wrong client secret).</summary>
    public const int OAuthRefused = 7;

    /// <summary>A bug: an unexpected exception (its stack trace with <c>--verbose</c>).</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted (Ctrl+C): the work stopped cleanly and partial outputs were removed.</summary>
    public const int Cancelled = 130;

    /// <summary>The exit code for a reader error: data errors (<see cref="GreenButtonException.IsDataError"/>) are 1, the rest 3.</summary>
    public static int Of(GreenButtonException exception) => exception.IsDataError ? DataError : Unreadable;

    /// <summary>The worse of two exit codes (3 over 1 over 0).</summary>
    public static int Worst(int a, int b) => Math.Max(a, b);
}
