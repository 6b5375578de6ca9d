using System.Net;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

/// <summary>Every failure surfaces as the client's own types: timeouts, TLS alerts, lost connections; cancellation stays cancellation.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_timeout_that_stays_is_a_DataCustodianException_of_kind_timeout_never_Polly_s()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        options.MaxRetryAttempts = 1;
        using var client = new DataCustodianClient(options);
        var tokens = sandbox.IssueCustomerTokens();
        sandbox.Faults.DelayFirstByteNext(2, TimeSpan.FromSeconds(10));

        var act = () => client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(1));

        var timeout = (await act.Should().ThrowExactlyAsync<DataCustodianException>()).Which;
        timeout.Kind.Should().Be(DataCustodianErrorKind.Timeout);
        timeout.IsTransient.Should().BeTrue();
        timeout.StatusCode.Should().BeNull();
        timeout.Message.Should().Contain("300 ms per attempt (2 attempts)").And.NotContain(tokens.AccessToken);
        timeout.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task The_caller_s_HttpClient_timeout_is_a_timeout_kind_too_and_the_caller_s_cancellation_stays_cancellation()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var http = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);
        http.Timeout = TimeSpan.FromMilliseconds(300);
        using var client = new DataCustodianClient(http, sandbox.CreateClientOptions());
        var tokens = sandbox.IssueCustomerTokens();
        sandbox.Faults.DelayFirstByteNext(2, TimeSpan.FromSeconds(10));

        var timedOut = () => client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(1));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var cancelled = () => client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(1), cancel.Token);

        (await timedOut.Should().ThrowExactlyAsync<DataCustodianException>()).Which.Kind.Should().Be(DataCustodianErrorKind.Timeout);
        await cancelled.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_TLS_alert_refusing_the_certificate_is_not_retried_and_names_the_certificate()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { CertificateRefusal = SandboxCertificateRefusal.TlsAlert });
        using var stranger = SandboxCertificates.CreateUntrustedClientCertificate();
        var options = sandbox.CreateClientOptions();
        options.ClientCertificate = stranger;
        using var client = new DataCustodianClient(options);
        var noCertificate = sandbox.CreateClientOptions();
        noCertificate.ClientCertificate = null;
        using var bare = new DataCustodianClient(noCertificate);

        var untrusted = () => client.GetClientAccessTokenAsync();
        var missing = () => bare.GetServiceStatusAsync();

        var refused = (await untrusted.Should().ThrowExactlyAsync<DataCustodianException>()).Which;
        refused.Kind.Should().Be(DataCustodianErrorKind.ClientCertificateRefused);
        refused.Message.Should().Contain("TLS alert, not retried").And.Contain(stranger.Subject).And.Contain("CN=Stranger CA");
        var none = (await missing.Should().ThrowExactlyAsync<DataCustodianException>()).Which;
        none.Kind.Should().Be(DataCustodianErrorKind.ClientCertificateRefused);
        none.Message.Should().Contain("no client certificate is configured");
        sandbox.TlsAlertsSent.Should().Be(2, "one attempt each: an alert is final");
        using var good = new DataCustodianClient(sandbox.CreateClientOptions());
        (await good.GetServiceStatusAsync()).ServiceStatuses.Should().ContainSingle("the registered certificate still passes");
    }

    [Fact]
    public void A_TLS_1_3_certificate_required_alert_as_OpenSSL_reports_it_is_classified_as_a_refused_certificate()
    {
        // What HttpClient throws on Linux when an OpenSSL server answers a missing certificate (seen against openssl s_server -Verify).
        var openSsl = new HttpRequestException(HttpRequestError.Unknown, "An error occurred while sending the request.",
            new IOException("The decryption operation failed, see inner exception.",
                new InvalidOperationException("Decrypt failed with OpenSSL error - SSL_ERROR_SSL.",
                    new InvalidOperationException("error:0A00045C:SSL routines::tlsv13 alert certificate required"))));
        var options = DataCustodianOptions.GenericEspi(new Uri("https://dc.test/a"), new Uri("https://dc.test/t"), new Uri("https://dc.test/r/"), "id", "secret");

        var failure = TransportFailure.Translate(openSsl, new Uri("https://dc.test/r/ReadServiceStatus?access_token=T"), options, sentOnce: false)!;

        failure.Kind.Should().Be(DataCustodianErrorKind.ClientCertificateRefused);
        failure.Message.Should().Contain("no client certificate is configured").And.NotContain("access_token");
        TransportFailure.IsPermanent(openSsl).Should().BeTrue("a certificate alert is not retried");
        TransportFailure.IsPermanent(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")).Should().BeFalse();
    }

    [Fact]
    public async Task A_connection_that_breaks_mid_body_is_a_DataCustodianException()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = GreenButton.Synthetic.SyntheticFeedOptions.Electricity(meters: 1, days: 30) });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = sandbox.IssueCustomerTokens();
        sandbox.Faults.StallBodyNext(1, afterBytes: 40_000, TimeSpan.FromSeconds(30));
        var started = new TaskCompletionSource();

        var act = async () =>
        {
            await foreach (var _ in client.GetUsagePointEntriesAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(30)))
            {
                started.TrySetResult();
            }
        };
        var run = act.Should().ThrowAsync<DataCustodianException>();
        await started.Task.WaitAsync(Sandboxes.HangGuard);
        await sandbox.DisposeAsync(); // the custodian goes away mid-answer

        (await run).Which.Kind.Should().BeOneOf(DataCustodianErrorKind.ConnectionLost);
    }
}
