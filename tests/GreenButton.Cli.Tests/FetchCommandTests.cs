using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using GreenButton.Cli.Connect;
using GreenButton.Sandbox;
using GreenButton.Synthetic;

namespace GreenButton.Cli.Tests;

/// <summary><c>greenbutton fetch</c> in-process against a sandbox custodian over real TLS.</summary>
public sealed class FetchCommandTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string January = "2023-01-01";
    private const string February = "2023-02-01";

    private Dictionary<string, string> Secret => new() { [ConnectVariables.ClientSecret] = fixture.Sandbox.Options.ClientSecret };

    private Dictionary<string, string> CustomerToken => new() { [ConnectVariables.AccessToken] = fixture.Sandbox.IssueCustomerTokens().AccessToken };

    private string[] UsagePointArgs(string point = "1") => ["usage-point", "--subscription", "1", "--usage-point", point, "--from", January, "--to", February, .. fixture.ConnectionArgs()];

    /// <summary>What the sandbox serves for usage point 1 in January 2023: the generator's own count and sum.</summary>
    private static SyntheticFeedTruth JanuaryTruth()
    {
        SyntheticFeed.ToBytes(SandboxFixture.Feed with { UsagePoints = [SandboxFixture.Feed.UsagePoints[0]], Days = 31 }, out var truth);
        return truth;
    }

    [Fact]
    public async Task Service_status_uses_the_client_token_and_says_available()
    {
        var result = await SandboxFixture.FetchAsync(Secret, ["service-status", .. fixture.ConnectionArgs()]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        result.Out.TrimEnd().Should().Be("service status: available (currentStatus normal)");
        fixture.Sandbox.TokenRequests.Should().Contain(r => r.GrantType == "client_credentials");
    }

    [Fact]
    public async Task Each_retry_is_said_on_standard_error_as_it_is_decided()
    {
        fixture.Sandbox.Faults.FailNext(2, System.Net.HttpStatusCode.ServiceUnavailable, retryAfter: TimeSpan.FromSeconds(1));
        var result = await SandboxFixture.FetchAsync(Secret, ["service-status", .. WithRetries(fixture.ConnectionArgs(), 3)]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "greenbutton: retry 1/3 after 1 s: 503 Service Unavailable", "greenbutton: retry 2/3 after 1 s: 503 Service Unavailable");
        result.Out.TrimEnd().Should().Be("service status: available (currentStatus normal)");
    }

    [Fact]
    public async Task Quiet_retries_without_a_word()
    {
        fixture.Sandbox.Faults.FailNext(1, System.Net.HttpStatusCode.ServiceUnavailable, retryAfter: TimeSpan.FromSeconds(1));
        var result = await SandboxFixture.FetchAsync(Secret, ["service-status", .. WithRetries(fixture.ConnectionArgs(), 3), "-q"]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        result.Error.Should().BeEmpty();
        fixture.Sandbox.Faults.Pending.Should().Be(0, "the fault was met and retried");
    }

    private static string[] WithRetries(string[] args, int retries)
        => [.. args.Select((a, i) => i > 0 && args[i - 1] == "--retries" ? retries.ToString(System.Globalization.CultureInfo.InvariantCulture) : a)];

    [Fact]
    public async Task Usage_point_with_a_customer_token_prints_the_text_summary()
    {
        var truth = JanuaryTruth();
        var result = await SandboxFixture.FetchAsync(CustomerToken, UsagePointArgs());
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("Batch/Subscription/1/UsagePoint/1?published-min=2023-01-01T00%3A00%3A00Z&published-max=2023-02-01T00%3A00%3A00Z")
            .And.Contain("1 usage point,").And.Contain($"{truth.IntervalBlocks:#,0} interval blocks").And.Contain($"{truth.IntervalReadings:#,0} readings")
            .And.Contain("Wh");
    }

    [Fact]
    public async Task Json_summary_matches_the_schema_and_the_generated_data()
    {
        var truth = JanuaryTruth();
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "--format", "json"]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        Schemas.ShouldMatchSummarySchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var file = json.RootElement.GetProperty("files").EnumerateArray().Should().ContainSingle().Subject;
        file.GetProperty("totals").GetProperty("intervalReadings").GetInt64().Should().Be(truth.IntervalReadings);
        file.GetProperty("totals").GetProperty("usagePoints").GetInt32().Should().Be(1);
        file.GetProperty("sumRawValue").GetInt64().Should().Be(truth.SumValue);
        file.GetProperty("usagePoints")[0].GetProperty("meterReadings")[0].GetProperty("firstStart").GetString().Should().Be("2023-01-01T08:00:00Z");
    }

    [Fact]
    public async Task Out_saves_the_xml_which_loads_as_a_document()
    {
        var truth = JanuaryTruth();
        var path = Path.Combine(TestPaths.TempDirectory(), "january.xml");
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "-o", path]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        result.Out.Should().BeEmpty("only --summary or --format json add a summary to --output");
        result.Error.Should().Contain($"wrote {path}");
        var document = GreenButtonDocument.Load(path);
        document.UsagePoints.Should().ContainSingle();
        document.IntervalBlocks.Should().HaveCount(truth.IntervalBlocks);
        document.IntervalBlocks.Sum(b => b.Readings.Sum(r => r.Value)).Should().Be(truth.SumValue);
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().Equal(path); // no partial file left
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public async Task Out_dash_writes_the_xml_to_standard_output()
    {
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "-o", "-"]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        GreenButtonDocument.Parse(result.Out).IntervalBlocks.Should().HaveCount(31);
    }

    [Fact]
    public async Task A_range_longer_than_max_window_is_fetched_window_by_window_into_one_merged_feed()
    {
        var truth = JanuaryTruth();
        var directory = TestPaths.TempDirectory();
        var output = Path.Combine(directory, "up.xml");
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "--max-window", "10", "-o", output, "--format", "json"]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        result.Error.Should().Contain("4 windows merged"); // 31 days in windows of 10
        Schemas.ShouldMatchSummarySchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var file = json.RootElement.GetProperty("files").EnumerateArray().Should().ContainSingle().Subject;
        file.GetProperty("file").GetString().Should().StartWith("4 merged windows of https://");
        file.GetProperty("totals").GetProperty("intervalReadings").GetInt64().Should().Be(truth.IntervalReadings);
        Directory.GetFiles(directory).Select(Path.GetFileName).Should().Equal("up.xml");

        // Every block once, the descriptive entries once, linked as one document.
        var merged = GreenButtonDocument.Load(output);
        merged.IntervalBlocks.Should().HaveCount(truth.IntervalBlocks);
        merged.UsagePoints.Should().ContainSingle();
        merged.MeterReadings.Should().ContainSingle().Which.Readings.Count().Should().Be((int)truth.IntervalReadings);
        merged.Diagnostics.Select(d => d.Code).Should().NotContain([DiagnosticCodes.DuplicateReading, DiagnosticCodes.OverlappingReading]);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_merged_range_can_go_to_standard_output()
    {
        var truth = JanuaryTruth();
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "--max-window", "10", "-o", "-"]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        GreenButtonDocument.Parse(result.Out).IntervalBlocks.Should().HaveCount(truth.IntervalBlocks);
    }

    [Fact]
    public async Task The_access_token_can_come_from_a_file_and_a_refresh_token_alone_is_refreshed_first()
    {
        var tokens = fixture.Sandbox.IssueCustomerTokens();
        var directory = TestPaths.TempDirectory();
        var file = Path.Combine(directory, "access.txt");
        await File.WriteAllTextAsync(file, tokens.AccessToken + "\n");
        var fromFile = await SandboxFixture.FetchAsync(new Dictionary<string, string>(), [.. UsagePointArgs(), "--access-token-file", file]);
        fromFile.ExitCode.Should().Be(ExitCodes.Ok, fromFile.Error);

        var refreshes = fixture.Sandbox.TokenRequests.Count(r => r.GrantType == "refresh_token");
        var refreshOnly = new Dictionary<string, string>(Secret) { [ConnectVariables.RefreshToken] = tokens.RefreshToken! };
        var refreshed = await SandboxFixture.FetchAsync(refreshOnly, UsagePointArgs());
        refreshed.ExitCode.Should().Be(ExitCodes.Ok, refreshed.Error);
        refreshed.Out.Should().Contain("1 usage point,");
        fixture.Sandbox.TokenRequests.Count(r => r.GrantType == "refresh_token").Should().BeGreaterThan(refreshes);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_the_oauth_exit_code_with_one_line_and_no_secret()
    {
        const string Wrong = "not-the-secret-4711";
        var result = await SandboxFixture.FetchAsync(new Dictionary<string, string> { [ConnectVariables.ClientSecret] = Wrong }, ["service-status", .. fixture.ConnectionArgs()]);
        result.ExitCode.Should().Be(ExitCodes.OAuthRefused);
        result.Out.Should().BeEmpty();
        result.Error.TrimEnd().Should().NotContain("\n").And.Contain("invalid_client").And.Contain("401");
        result.Error.Should().NotContain(Wrong).And.NotContain(fixture.Sandbox.Options.ClientSecret);
    }

    [Fact]
    public async Task An_untrusted_server_is_the_connection_exit_code_pointing_at_trust()
    {
        var result = await SandboxFixture.FetchAsync(Secret, ["service-status", .. fixture.ConnectionArgs(trust: false)]);
        result.ExitCode.Should().Be(ExitCodes.ConnectionFailed);
        result.Error.TrimEnd().Should().NotContain("\n").And.Contain("TLS handshake failed").And.Contain("--trust");
    }

    [Fact]
    public async Task A_client_certificate_the_custodian_does_not_trust_is_the_connection_exit_code()
    {
        var directory = TestPaths.TempDirectory();
        using (var stranger = SandboxCertificates.CreateUntrustedClientCertificate())
        using (var key = stranger.GetECDsaPrivateKey()!)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "stranger.crt"), stranger.ExportCertificatePem());
            await File.WriteAllTextAsync(Path.Combine(directory, "stranger.key"), key.ExportPkcs8PrivateKeyPem());
        }
        var rejected = fixture.Sandbox.RejectedClientCertificates;
        var args = fixture.ConnectionArgs();
        args[Array.IndexOf(args, "--cert") + 1] = Path.Combine(directory, "stranger.crt");
        args[Array.IndexOf(args, "--key") + 1] = Path.Combine(directory, "stranger.key");
        var result = await SandboxFixture.FetchAsync(Secret, ["service-status", .. args]);
        result.ExitCode.Should().Be(ExitCodes.ConnectionFailed, result.Error);
        result.Error.TrimEnd().Should().NotContain("\n").And.Contain("refuses the client certificate").And.Contain("--cert/--key");
        fixture.Sandbox.RejectedClientCertificates.Should().BeGreaterThan(rejected);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task An_accepted_bulk_request_is_its_own_exit_code_and_writes_nothing()
    {
        var directory = TestPaths.TempDirectory();
        var result = await SandboxFixture.FetchAsync(Secret, ["bulk", "--bulk", "1", "-o", Path.Combine(directory, "bulk.xml"), .. fixture.ConnectionArgs()]);
        result.ExitCode.Should().Be(ExitCodes.Accepted, result.Error);
        result.Error.Should().Contain("accepted (HTTP 202)").And.Contain("Batch/Bulk/1");
        Directory.GetFiles(directory).Should().BeEmpty();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_custodian_error_is_its_exit_code_with_the_status()
    {
        var result = await SandboxFixture.FetchAsync(CustomerToken, UsagePointArgs(point: "9"));
        result.ExitCode.Should().Be(ExitCodes.CustodianError);
        result.Error.Should().Contain("HTTP 404").And.Contain("not_found").And.NotContain("body:");
        var verbose = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(point: "9"), "--verbose"]);
        verbose.Error.Should().Contain("body: {\"error\":\"not_found\"");
    }

    [Fact]
    public async Task The_pge_profile_sends_epoch_dates_in_28_day_windows()
    {
        var truth = JanuaryTruth();
        var before = fixture.Sandbox.Requests.Count;
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "--profile", "pge", "--format", "json"]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var file = json.RootElement.GetProperty("files").EnumerateArray().Should().ContainSingle("the windows are merged into one feed").Subject;
        file.GetProperty("file").GetString().Should().StartWith("2 merged windows of", "31 days are a window of 28 and one of 3");
        file.GetProperty("totals").GetProperty("intervalReadings").GetInt64().Should().Be(truth.IntervalReadings);
        var requests = fixture.Sandbox.Requests.Skip(before).ToList();
        requests.Select(r => r.Query["published-min"]).Should().Equal("1672531200", "1674950400"); // 2023-01-01, 2023-01-29 (UTC)
    }

    [Fact]
    public async Task Cancelling_mid_download_exits_130_and_leaves_no_partial_file()
    {
        var directory = TestPaths.TempDirectory();
        fixture.Sandbox.Faults.StallBodyNext(1, afterBytes: 20_000, TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "-o", Path.Combine(directory, "up.xml")], cancel.Token);
        fixture.Sandbox.Faults.Clear();
        result.ExitCode.Should().Be(ExitCodes.Cancelled, result.Error);
        result.Error.Should().Contain("cancelled");
        Directory.GetFiles(directory).Should().BeEmpty();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task No_answer_within_the_timeout_is_the_custodian_exit_code()
    {
        fixture.Sandbox.Faults.DelayFirstByteNext(1, TimeSpan.FromSeconds(20));
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. UsagePointArgs(), "--timeout", "1"]);
        fixture.Sandbox.Faults.Clear();
        result.ExitCode.Should().Be(ExitCodes.CustodianError, result.Error);
        result.Error.Should().Contain("no answer within the timeout (--timeout, 1 s");
    }

    [Theory]
    [InlineData("usage-point --usage-point 1", "--subscription")]
    [InlineData("usage-point --subscription 1 --usage-point 1 --from 2023-02-01 --to 2023-01-01", "later than --from")]
    [InlineData("service-status --from 2023-01-01", "usage-point and subscription only")]
    [InlineData("application-information", "--id")]
    [InlineData("resource --uri https://example.com/espi/Batch/Bulk/1", "never sent elsewhere")]
    [InlineData("usage-point --subscription 1 --usage-point 1 --from yesterday", "not a date")]
    public async Task Usage_errors_are_exit_code_2(string args, string message)
    {
        var result = await SandboxFixture.FetchAsync(CustomerToken, [.. args.Split(' '), .. fixture.ConnectionArgs()]);
        result.ExitCode.Should().Be(ExitCodes.Usage, result.Error);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public async Task Client_token_requests_without_the_client_secret_are_usage_errors()
    {
        var result = await SandboxFixture.FetchAsync(new Dictionary<string, string>(), ["service-status", .. fixture.ConnectionArgs()]);
        result.ExitCode.Should().Be(ExitCodes.Usage, result.Error);
        result.Error.Should().Contain("service-status uses the client token").And.Contain(ConnectVariables.ClientSecret);
    }

    [Fact]
    public async Task Customer_data_without_a_token_is_a_usage_error_naming_the_variables()
    {
        var result = await SandboxFixture.FetchAsync(new Dictionary<string, string>(), UsagePointArgs());
        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().Contain(ConnectVariables.AccessToken).And.Contain("--access-token-file");
    }

    [Fact]
    public async Task A_resource_uri_relative_to_the_resource_server_is_fetched_with_the_client_token()
    {
        var result = await SandboxFixture.FetchAsync(Secret, ["resource", "--uri", "ApplicationInformation/1", "--format", "json", .. fixture.ConnectionArgs()]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        Schemas.ShouldMatchSummarySchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("files")[0].GetProperty("resources").GetProperty("ApplicationInformation").GetInt32().Should().Be(1);
    }
}
