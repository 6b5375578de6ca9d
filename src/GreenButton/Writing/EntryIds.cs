using System.Security.Cryptography;
using System.Text;

namespace GreenButton;

/// <summary>Entry ids for entries that have none: <c>urn:uuid:</c> + the RFC 9562 UUID version 5 of the self href in the URL namespace.</summary>
internal static class EntryIds
{
    // RFC 9562 appendix: the URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    private static readonly byte[] s_urlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

    public static string FromHref(string href) => "urn:uuid:" + Version5(href);

    /// <summary>The name-based (SHA-1) UUID of <paramref name="name"/>, as the Alliance's UUID guidance asks for stable resources.</summary>
    public static Guid Version5(string name)
    {
        var text = Encoding.UTF8.GetBytes(name);
        var input = new byte[s_urlNamespace.Length + text.Length];
        s_urlNamespace.CopyTo(input, 0);
        text.CopyTo(input, s_urlNamespace.Length);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        return FromBytes(hash, version: 5);
    }

    /// <summary>A UUID (big-endian fields, RFC 9562 variant) from the first 16 bytes of a hash.</summary>
    public static Guid FromBytes(ReadOnlySpan<byte> hash, int version)
    {
        Span<byte> bytes = stackalloc byte[16];
        hash[..16].CopyTo(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | (version << 4));
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
