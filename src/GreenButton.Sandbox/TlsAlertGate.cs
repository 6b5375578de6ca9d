using System.Buffers;
using System.IO.Pipelines;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Connections;

namespace GreenButton.Sandbox;

/// <summary>
/// Connection middleware in front of Kestrel's TLS 1.2 (<see cref="SandboxCertificateRefusal.TlsAlert"/>): reads the
/// client's plaintext handshake messages as they pass and, when the client's Certificate message is empty or holds a
/// certificate the CA did not issue, answers with the fatal alert an OpenSSL server sends (<c>handshake_failure</c>,
/// <c>unknown_ca</c>) and closes, before the TLS stack sees the rest. After the client's ChangeCipherSpec (or a
/// resumed session) it only forwards.
/// </summary>
internal sealed class TlsAlertGate(Func<X509Certificate2, bool> trusted, Action alertSent)
{
    private const byte ChangeCipherSpec = 20;
    private const byte Handshake = 22;
    private const byte CertificateMessage = 11;
    private const byte ClientKeyExchange = 16;
    private const byte HandshakeFailure = 40;
    private const byte UnknownCa = 48;

    public async Task RunAsync(ConnectionDelegate next, ConnectionContext connection)
    {
        var original = connection.Transport;
        var inbound = new Pipe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed);
        var pump = PumpAsync(original, inbound.Writer, connection, stop.Token);
        connection.Transport = new DuplexPipe(inbound.Reader, original.Output);
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await pump.ConfigureAwait(false);
            connection.Transport = original;
        }
    }

    private async Task PumpAsync(IDuplexPipe transport, PipeWriter forward, ConnectionContext connection, CancellationToken cancellationToken)
    {
        var parser = new Parser();
        try
        {
            while (true)
            {
                var result = await transport.Input.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (parser.Inspecting)
                {
                    var alert = parser.Feed(buffer, trusted);
                    if (alert is { } code)
                    {
                        transport.Input.AdvanceTo(buffer.End);
                        await transport.Output.WriteAsync(new byte[] { 21, 3, 3, 0, 2, 2, code }, CancellationToken.None).ConfigureAwait(false);
                        alertSent();
                        await forward.CompleteAsync().ConfigureAwait(false);
                        await Task.Delay(100, CancellationToken.None).ConfigureAwait(false); // let the alert leave before the close
                        connection.Abort(new ConnectionAbortedException("client certificate refused with a TLS alert"));
                        return;
                    }
                }
                foreach (var segment in buffer)
                {
                    await forward.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
                }
                transport.Input.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
            await forward.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ConnectionResetException or InvalidOperationException)
        {
            await forward.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>TLS 1.2 records and handshake messages of the client, up to its ChangeCipherSpec.</summary>
    private sealed class Parser
    {
        private readonly List<byte> _records = [];
        private readonly List<byte> _handshake = [];

        public bool Inspecting { get; private set; } = true;

        /// <summary>Adds bytes (the whole unread buffer each time: only the new part is consumed); returns an alert to send, or null.</summary>
        public byte? Feed(ReadOnlySequence<byte> buffer, Func<X509Certificate2, bool> trusted)
        {
            _records.AddRange(buffer.ToArray());
            while (Inspecting && _records.Count >= 5)
            {
                var length = (_records[3] << 8) | _records[4];
                if (_records.Count < 5 + length)
                {
                    break;
                }
                var type = _records[0];
                var fragment = _records.GetRange(5, length);
                _records.RemoveRange(0, 5 + length);
                if (type == ChangeCipherSpec || type != Handshake)
                {
                    Inspecting = false; // encrypted from here on (or a resumed session): nothing more to see
                    return null;
                }
                _handshake.AddRange(fragment);
                while (_handshake.Count >= 4)
                {
                    var size = (_handshake[1] << 16) | (_handshake[2] << 8) | _handshake[3];
                    if (_handshake.Count < 4 + size)
                    {
                        break;
                    }
                    var message = _handshake[0];
                    var body = _handshake.GetRange(4, size).ToArray();
                    _handshake.RemoveRange(0, 4 + size);
                    if (message == CertificateMessage)
                    {
                        Inspecting = false;
                        return Judge(body, trusted);
                    }
                    if (message == ClientKeyExchange)
                    {
                        Inspecting = false;
                        return HandshakeFailure; // no Certificate message at all
                    }
                }
            }
            return null;
        }

        private static byte? Judge(byte[] body, Func<X509Certificate2, bool> trusted)
        {
            if (body.Length < 6)
            {
                return HandshakeFailure; // an empty certificate_list: OpenSSL's answer with SSL_VERIFY_FAIL_IF_NO_PEER_CERT
            }
            var first = (body[3] << 16) | (body[4] << 8) | body[5];
            try
            {
                using var leaf = X509CertificateLoader.LoadCertificate(body.AsSpan(6, Math.Min(first, body.Length - 6)));
                return trusted(leaf) ? null : UnknownCa;
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return UnknownCa;
            }
        }
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }
}
