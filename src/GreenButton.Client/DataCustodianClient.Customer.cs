namespace GreenButton.Client;

/// <summary>Retail customer data (the customer half of Connect My Data): who the customer is, accounts, agreements, locations, meters.</summary>
public sealed partial class DataCustodianClient
{
    /// <summary>
    /// The retail customer's data, <c>Batch/RetailCustomer/{id}</c>, with a customer's access token: Customers, CustomerAccounts,
    /// CustomerAgreements, ServiceLocations, ServiceSuppliers, Meters and Statements, linked (<c>document.Customers[0].Accounts</c>).
    /// Personal data: see the README on handling it.
    /// </summary>
    /// <param name="accessToken">The customer's access token; null to use (and refresh) <see cref="DataCustodianOptions.TokenStore"/>.</param>
    /// <param name="retailCustomerId">The retail customer (the last segment of the token's <c>customerResourceURI</c>).</param>
    /// <param name="cancellationToken">Cancels the request and the download.</param>
    /// <exception cref="DataCustodianException">The custodian answered with an error, after retries.</exception>
    /// <exception cref="GreenButtonException">The response is not well-formed Green Button XML.</exception>
    public Task<GreenButtonDocument> GetRetailCustomerAsync(string? accessToken, string retailCustomerId, CancellationToken cancellationToken = default)
        => GetDocumentAsync(CustomerCredential(accessToken), RetailCustomerUri(retailCustomerId), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetRetailCustomerAsync"/>: entries as they arrive.</summary>
    public IAsyncEnumerable<AtomEntry> GetRetailCustomerEntriesAsync(string? accessToken, string retailCustomerId, CancellationToken cancellationToken = default)
        => StreamAsync(CustomerCredential(accessToken), RetailCustomerUri(retailCustomerId), cancellationToken);

    /// <summary>
    /// The resource a token response's <c>customerResourceURI</c> names, with that response's access token: what
    /// <see cref="GetResourceAsync(Uri, string?, CancellationToken)"/> does with <see cref="TokenResponse.CustomerResourceUri"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The token response carries no <c>customerResourceURI</c>, or it is not an absolute URI on the resource server.</exception>
    /// <exception cref="DataCustodianException">The custodian answered with an error, after retries.</exception>
    public Task<GreenButtonDocument> GetCustomerResourceAsync(TokenResponse token, CancellationToken cancellationToken = default)
    {
        var (uri, accessToken) = CustomerResource(token);
        return GetResourceAsync(uri, accessToken, cancellationToken);
    }

    /// <summary>The streaming variant of <see cref="GetCustomerResourceAsync"/>.</summary>
    /// <exception cref="ArgumentException">The token response carries no <c>customerResourceURI</c>, or it is not an absolute URI on the resource server.</exception>
    public IAsyncEnumerable<AtomEntry> GetCustomerResourceEntriesAsync(TokenResponse token, CancellationToken cancellationToken = default)
    {
        var (uri, accessToken) = CustomerResource(token);
        return GetResourceEntriesAsync(uri, accessToken, cancellationToken);
    }

    /// <summary>The URI of the retail customer request, <c>Batch/RetailCustomer/{id}</c> (for <see cref="DownloadAsync(Uri, string?, Stream, CancellationToken)"/>).</summary>
    public Uri GetRetailCustomerUri(string retailCustomerId) => RetailCustomerUri(retailCustomerId);

    private Uri RetailCustomerUri(string retailCustomerId) => ResourceUri(["Batch", "RetailCustomer", Segment(retailCustomerId)], null);

    private static (Uri Uri, string AccessToken) CustomerResource(TokenResponse token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (string.IsNullOrWhiteSpace(token.CustomerResourceUri) || !Uri.TryCreate(token.CustomerResourceUri, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("The token response carries no absolute customerResourceURI: the customer did not share customer data.", nameof(token));
        }
        ArgumentException.ThrowIfNullOrEmpty(token.AccessToken, nameof(token));
        return (uri, token.AccessToken);
    }
}
