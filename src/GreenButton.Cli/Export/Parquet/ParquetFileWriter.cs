using System.Buffers;
using System.Buffers.Binary;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>
/// A Parquet file of flat columns, written forward (no seek: standard output or a pipe would do): the magic, each row
/// group's column chunks as they are flushed, then the footer (parquet.thrift <c>FileMetaData</c>).
/// </summary>
internal sealed class ParquetFileWriter(Stream output, IReadOnlyList<ParquetColumn> columns, int capacity)
{
    private static readonly byte[] s_magic = "PAR1"u8.ToArray();

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly ArrayBufferWriter<byte> _scratch = new();
    private readonly int[] _indices = new int[capacity];
    private readonly List<(ColumnChunk[] Chunks, int Rows)> _rowGroups = [];
    private long _position;

    /// <summary>Rows of the row group being filled (every column has as many).</summary>
    public int Rows => columns[0].Rows;

    /// <summary>Writes the columns' rows as a row group and starts the next; nothing when there are none.</summary>
    public async ValueTask FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        var rows = Rows;
        if (rows == 0)
        {
            return;
        }
        if (_position == 0)
        {
            await WriteAsync(s_magic, cancellationToken).ConfigureAwait(false);
        }
        var chunks = new ColumnChunk[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            _buffer.ResetWrittenCount();
            chunks[c] = columns[c].Encode(_buffer, _scratch, _position, _indices);
            await WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        _rowGroups.Add((chunks, rows));
    }

    /// <summary>Flushes the last row group and writes the footer: the file is then complete.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        if (_position == 0)
        {
            await WriteAsync(s_magic, cancellationToken).ConfigureAwait(false);
        }
        _buffer.ResetWrittenCount();
        WriteFileMetaData(new ThriftCompactWriter(_buffer));
        var length = _buffer.WrittenCount;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), length);
        _buffer.Advance(4);
        s_magic.CopyTo(_buffer.GetSpan(4));
        _buffer.Advance(4);
        await WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void WriteFileMetaData(ThriftCompactWriter thrift)
    {
        thrift.I32(1, 1); // version
        thrift.StructList(2, columns.Count + 1);
        thrift.BeginStructValue(); // the schema's root
        thrift.String(4, "schema");
        thrift.I32(5, columns.Count);
        thrift.EndStruct();
        foreach (var column in columns)
        {
            column.WriteSchema(thrift);
        }
        thrift.I64(3, _rowGroups.Sum(g => (long)g.Rows));
        thrift.StructList(4, _rowGroups.Count);
        foreach (var (chunks, rows) in _rowGroups)
        {
            thrift.BeginStructValue();
            thrift.StructList(1, chunks.Length);
            foreach (var chunk in chunks)
            {
                chunk.Write(thrift);
            }
            var size = chunks.Sum(c => (long)c.Size);
            thrift.I64(2, size); // total_byte_size
            thrift.I64(3, rows);
            thrift.I64(5, chunks[0].Offset); // file_offset
            thrift.I64(6, size); // total_compressed_size
            thrift.EndStruct();
        }
        thrift.String(6, CreatedBy);
        thrift.StructList(7, columns.Count); // column_orders: min and max in each type's own order
        for (var c = 0; c < columns.Count; c++)
        {
            thrift.BeginStructValue();
            thrift.EmptyStruct(1); // TYPE_ORDER
            thrift.EndStruct();
        }
        thrift.Stop();
    }

    /// <summary>The footer's <c>created_by</c>: the tool and its version, as readers parse it (<c>name version x.y.z</c>).</summary>
    private static string CreatedBy { get; } = "greenbutton version " + (typeof(ParquetFileWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        _position += bytes.Length;
    }
}
