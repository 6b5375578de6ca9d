namespace GreenButton.Cli.Export.Parquet;

/// <summary>Where a column chunk was written and what the footer says of it (parquet.thrift <c>ColumnMetaData</c>).</summary>
/// <param name="Column">The column.</param>
/// <param name="Offset">The chunk's first byte in the file.</param>
/// <param name="DataPageOffset">Its data page.</param>
/// <param name="DictionaryPageOffset">Its dictionary page, if it has one.</param>
/// <param name="Size">Its bytes, page headers included (uncompressed: also its compressed size).</param>
/// <param name="Rows">Its values, nulls included.</param>
/// <param name="Nulls">Its nulls.</param>
/// <param name="Dictionary">Whether its data page holds dictionary indices.</param>
/// <param name="MinMax">Its least and greatest value as the statistics encode them; null without a value.</param>
internal sealed record ColumnChunk(ParquetColumn Column, long Offset, long DataPageOffset, long? DictionaryPageOffset, int Size, int Rows,
    int Nulls, bool Dictionary, (byte[] Min, byte[] Max)? MinMax)
{
    /// <summary>This chunk's <c>ColumnChunk</c> struct, as a list element of the footer's row group.</summary>
    public void Write(ThriftCompactWriter thrift)
    {
        thrift.BeginStructValue();
        thrift.I64(2, Offset); // file_offset
        thrift.BeginStruct(3); // meta_data
        thrift.I32(1, (int)Column.PhysicalType);
        thrift.I32List(2, Dictionary
            ? [(int)ParquetEncoding.Plain, (int)ParquetEncoding.Rle, (int)ParquetEncoding.RleDictionary]
            : [(int)ParquetEncoding.Plain, (int)ParquetEncoding.Rle]);
        thrift.StringList(3, [Column.Name]);
        thrift.I32(4, 0); // UNCOMPRESSED
        thrift.I64(5, Rows);
        thrift.I64(6, Size);
        thrift.I64(7, Size);
        thrift.I64(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionary)
        {
            thrift.I64(11, dictionary);
        }
        thrift.BeginStruct(12); // statistics
        thrift.I64(3, Nulls);
        if (MinMax is var (min, max))
        {
            thrift.Binary(5, max);
            thrift.Binary(6, min);
        }
        thrift.EndStruct();
        thrift.EndStruct();
        thrift.EndStruct();
    }
}
