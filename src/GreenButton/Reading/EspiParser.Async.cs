using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace GreenButton;

internal sealed partial class EspiParser
{
    /// <summary>
    /// The asynchronous reader: the same walker as the synchronous paths, over a <see cref="ReplayReader"/>. Before each
    /// step, the unit the walker will consume (a container's start tag, or a whole element it reads at once) is recorded
    /// from the real reader with its async methods, so no read ever blocks on the stream; memory stays bounded by one
    /// unit (one resource). A cancelled read surfaces as <see cref="OperationCanceledException"/>, whatever the
    /// cancellation did to the stream.
    /// </summary>
    public async IAsyncEnumerable<AtomEntry> ReadEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var replay = (ReplayReader)_reader;
        var started = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Walked walked;
            try
            {
                if (!started)
                {
                    started = true;
                    await RecordStartAsync(replay).ConfigureAwait(false);
                    if (!MoveToRoot())
                    {
                        break;
                    }
                }
                else
                {
                    await RecordUnitAsync(replay).ConfigureAwait(false);
                }
                walked = WalkStep();
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
            {
                // A cancelled download ends the stream early or breaks it: that is the cancellation, not bad XML.
                throw new OperationCanceledException("Reading was cancelled.", ex, cancellationToken);
            }
            catch (Exception ex) when (IsReaderError(ex))
            {
                throw Wrap(ex);
            }
            if (walked == Walked.Entry)
            {
                yield return TakeEntry();
            }
            else if (walked == Walked.End)
            {
                break;
            }
        }
        _diagnostics.Flush();
    }

    private async Task RecordStartAsync(ReplayReader replay)
    {
        try
        {
            if (await _source!.MoveToContentAsync().ConfigureAwait(false) == XmlNodeType.None)
            {
                replay.MarkEnded();
                return;
            }
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            replay.Defer(ex);
            return;
        }
        await RecordUnitAsync(replay).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the unit at the real reader's position: its current node, the whole subtree when the walker reads the
    /// element at once (<see cref="Descends"/> says which), then moves the real reader onto the next unit. An XML error
    /// is recorded in place, to be raised when the walker reaches it, as the synchronous reader would raise it.
    /// </summary>
    private async Task RecordUnitAsync(ReplayReader replay)
    {
        if (!replay.Consumed || replay.Finished)
        {
            return; // an error waits, or the input ended: the walker meets it without more recording
        }
        replay.BeginUnit();
        var source = _source!;
        try
        {
            var whole = source.NodeType == XmlNodeType.Element && !source.IsEmptyElement && !Descends(source);
            await AddAsync(replay, source).ConfigureAwait(false);
            if (whole)
            {
                var depth = source.Depth;
                while (await source.ReadAsync().ConfigureAwait(false))
                {
                    if (source.NodeType is XmlNodeType.Element or XmlNodeType.EndElement)
                    {
                        replay.Add(source, ""); // most nodes: no value to await
                    }
                    else
                    {
                        await AddAsync(replay, source).ConfigureAwait(false);
                    }
                    if (source.Depth == depth)
                    {
                        break; // the element's end tag
                    }
                }
            }
            if (!await source.ReadAsync().ConfigureAwait(false))
            {
                replay.MarkEnded();
            }
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            replay.Defer(ex);
        }
    }

    private readonly char[] _valueChunk = new char[4096];
    private readonly StringBuilder _value = new();

    /// <summary>
    /// Records a text node, its value read in chunks as the synchronous reader reads it: when the reader fails part way
    /// (a bad character after 64 KB of a value), the part read is kept, so the walker meets what the synchronous path
    /// meets first (a value too long, else the same error).
    /// </summary>
    private async Task AddAsync(ReplayReader replay, XmlReader source)
    {
        replay.Add(source, "");
        if (source.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
        {
            return;
        }
        if (!source.CanReadValueChunk)
        {
            // A validating reader has no chunked values: the value whole (schema validation needs it whole anyway).
            replay.SetLastValue(await source.GetValueAsync().ConfigureAwait(false));
            return;
        }
        _value.Clear();
        try
        {
            int read;
            while ((read = await source.ReadValueChunkAsync(_valueChunk, 0, _valueChunk.Length).ConfigureAwait(false)) > 0)
            {
                _value.Append(_valueChunk, 0, read);
            }
        }
        finally
        {
            replay.SetLastValue(_value.ToString());
        }
    }
}
