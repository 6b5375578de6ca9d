namespace GreenButton;

/// <summary>The output side: the per-entry buffer handed to the stream, flushing and disposal.</summary>
public sealed partial class GreenButtonWriter
{
    /// <summary>Hands the buffered output to the stream once it is large (or always, when forced).</summary>
    private void Drain(bool force = false)
    {
        if (_buffer is null)
        {
            if (force)
            {
                _xml.Flush();
            }
            return;
        }
        _xml.Flush();
        if (_buffer.Length >= FlushThreshold || force)
        {
            _output!.Write(_buffer.GetBuffer(), 0, (int)_buffer.Length);
            _buffer.SetLength(0);
            if (force)
            {
                _output.Flush();
            }
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken, bool force = false)
    {
        if (_buffer is null)
        {
            if (_xml.Settings?.Async == true)
            {
                await _xml.FlushAsync().ConfigureAwait(false);
            }
            else
            {
                _xml.Flush();
            }
            return;
        }
        _xml.Flush();
        if (_buffer.Length >= FlushThreshold || force)
        {
            await _output!.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken).ConfigureAwait(false);
            _buffer.SetLength(0);
            if (force)
            {
                await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes what is buffered (an unfinished document stays unfinished) and closes the output when asked.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            Drain(force: true);
        }
        finally
        {
            if (_buffer is not null || _closeOutput)
            {
                _xml.Dispose();
            }
            _buffer?.Dispose();
            if (_closeOutput)
            {
                _output?.Dispose();
            }
        }
    }

    /// <summary>Writes what is buffered asynchronously and closes the output when asked.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            await DrainAsync(CancellationToken.None, force: true).ConfigureAwait(false);
        }
        finally
        {
            if (_buffer is not null || _closeOutput)
            {
                _xml.Dispose();
            }
            _buffer?.Dispose();
            if (_closeOutput && _output is not null)
            {
                await _output.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
