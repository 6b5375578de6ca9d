using System.Buffers;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>parquet.thrift's <c>PageHeader</c> of the two pages the export writes: a dictionary page and a v1 data page.</summary>
internal static class PageHeaders
{
    public static void Dictionary(ArrayBufferWriter<byte> output, int bodySize, int entries)
    {
        var thrift = new ThriftCompactWriter(output);
        thrift.I32(1, 2); // DICTIONARY_PAGE
        thrift.I32(2, bodySize);
        thrift.I32(3, bodySize);
        thrift.BeginStruct(7);
        thrift.I32(1, entries);
        thrift.I32(2, (int)ParquetEncoding.Plain);
        thrift.EndStruct();
        thrift.Stop();
    }

    public static void Data(ArrayBufferWriter<byte> output, int bodySize, int values, ParquetEncoding encoding)
    {
        var thrift = new ThriftCompactWriter(output);
        thrift.I32(1, 0); // DATA_PAGE
        thrift.I32(2, bodySize);
        thrift.I32(3, bodySize);
        thrift.BeginStruct(5);
        thrift.I32(1, values);
        thrift.I32(2, (int)encoding);
        thrift.I32(3, (int)ParquetEncoding.Rle); // definition levels
        thrift.I32(4, (int)ParquetEncoding.Rle); // repetition levels (none: the schema is flat)
        thrift.EndStruct();
        thrift.Stop();
    }
}
