using System.Collections;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Xml;

namespace GreenButton;

/// <summary>
/// What <see cref="GreenButtonReader.ReadIntervalReadings(Stream, GreenButtonReaderOptions)"/> returns: each enumeration
/// opens its own parser. The enumerator hands out the parser's batches from its reused list, so a reading costs an
/// index increment and one copy, not two iterator state machines.
/// </summary>
internal sealed class IntervalReadingSequence(Func<EspiParser> create) : IEnumerable<IntervalReading>
{
    public IEnumerator<IntervalReading> GetEnumerator() => new Enumerator(create);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(Func<EspiParser> create) : IEnumerator<IntervalReading>
    {
        private EspiParser? _parser;
        private EspiParser.ReadingStream? _stream;
        private List<IntervalReading>? _batch;
        private int _index;
        private int _count;
        private bool _done;
        private ExceptionDispatchInfo? _error;

        public IntervalReading Current => (uint)_index < (uint)_count ? _batch![_index] : default;

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (++_index < _count)
            {
                return true;
            }
            return Refill();
        }

        private bool Refill()
        {
            _index = _count = 0;
            if (_done)
            {
                return false;
            }
            if (_parser is null)
            {
                _parser = create();
                _stream = new EspiParser.ReadingStream();
                _batch = _parser.StreamedReadings;
            }
            if (_error is { } error)
            {
                Dispose();
                error.Throw();
            }
            bool more;
            try
            {
                more = _parser.ReadIntervalReadingsBatch(_stream!);
            }
            catch (Exception ex)
            {
                var thrown = EspiParser.IsReaderError(ex) ? _parser.Wrap(ex) : ex;
                if (_batch!.Count > 0)
                {
                    // The readings read before the error are handed out first; the error comes with the next batch.
                    _error = ExceptionDispatchInfo.Capture(thrown);
                    _count = _batch.Count;
                    return true;
                }
                Dispose();
                if (ReferenceEquals(thrown, ex))
                {
                    throw;
                }
                throw thrown;
            }
            if (!more)
            {
                Dispose();
                return false;
            }
            _count = _batch!.Count;
            return true;
        }

        public void Dispose()
        {
            _done = true;
            _index = _count = 0;
            _parser?.Dispose();
        }

        public void Reset() => throw new NotSupportedException("A Green Button reading sequence is read forward once; enumerate the sequence again.");
    }
}
