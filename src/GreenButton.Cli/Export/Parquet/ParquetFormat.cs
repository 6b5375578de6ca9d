namespace GreenButton.Cli.Export.Parquet;

/// <summary>Parquet's physical types (parquet.thrift <c>Type</c>), those the export writes.</summary>
internal enum PhysicalType
{
    Int32 = 1,
    Int64 = 2,
    ByteArray = 6,
    FixedLenByteArray = 7,
}

/// <summary>Parquet's encodings (parquet.thrift <c>Encoding</c>), those the export writes.</summary>
internal enum ParquetEncoding
{
    Plain = 0,
    Rle = 3,
    RleDictionary = 8,
}

/// <summary>Parquet's converted types (parquet.thrift <c>ConvertedType</c>), kept beside the logical types for older readers.</summary>
internal enum ConvertedType
{
    Utf8 = 0,
    Decimal = 5,
    Int32 = 17,
    Int64 = 18,
}

/// <summary>Field ids of parquet.thrift's <c>LogicalType</c> union.</summary>
internal static class LogicalTypeField
{
    public const short String = 1;
    public const short Decimal = 5;
    public const short Timestamp = 8;
    public const short Integer = 10;
}
