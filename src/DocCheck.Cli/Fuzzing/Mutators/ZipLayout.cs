using System.Buffers.Binary;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>
/// Where the fields of a zip's headers are (APPNOTE 4.3): the end record, each central directory entry and the local
/// header it points to. Only located, never validated: the mutators write nonsense into exactly these fields.
/// </summary>
internal sealed class ZipLayout
{
    private const uint EndSignature = 0x06054b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;

    private ZipLayout(int end, List<int> central, List<int> local)
    {
        End = end;
        Central = central;
        Local = local;
    }

    /// <summary>The offset of the end-of-central-directory record.</summary>
    public int End { get; }

    /// <summary>The offsets of the central directory entries.</summary>
    public List<int> Central { get; }

    /// <summary>The offsets of the local headers the central entries point to (those inside the file).</summary>
    public List<int> Local { get; }

    /// <summary>Fields of the end record: (name, offset from the record, width in bytes).</summary>
    public static IReadOnlyList<(string Name, int Offset, int Width)> EndFields { get; } =
    [
        ("本卷条目数", 8, 2), ("条目总数", 10, 2), ("中央目录大小", 12, 4), ("中央目录偏移", 16, 4), ("注释长度", 20, 2),
    ];

    /// <summary>Fields of a central directory entry.</summary>
    public static IReadOnlyList<(string Name, int Offset, int Width)> CentralFields { get; } =
    [
        ("所需版本", 6, 2), ("标志位", 8, 2), ("压缩方法", 10, 2), ("CRC", 16, 4), ("压缩后大小", 20, 4), ("原始大小", 24, 4),
        ("文件名长度", 28, 2), ("扩展字段长度", 30, 2), ("注释长度", 32, 2), ("本地头偏移", 42, 4),
    ];

    /// <summary>Fields of a local header.</summary>
    public static IReadOnlyList<(string Name, int Offset, int Width)> LocalFields { get; } =
    [
        ("所需版本", 4, 2), ("标志位", 6, 2), ("压缩方法", 8, 2), ("CRC", 14, 4), ("压缩后大小", 18, 4), ("原始大小", 22, 4),
        ("文件名长度", 26, 2), ("扩展字段长度", 28, 2),
    ];

    public static ZipLayout? Find(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var end = -1;
        for (var i = zip.Length - 22; i >= Math.Max(0, zip.Length - 22 - 65535); i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == EndSignature)
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var central = new List<int>();
        var local = new List<int>();
        var at = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16)), int.MaxValue);
        while (at >= 0 && at + 46 <= end && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == CentralSignature)
        {
            central.Add(at);
            var localAt = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 42));
            if (localAt + 30 <= (uint)zip.Length && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan((int)localAt)) == LocalSignature)
            {
                local.Add((int)localAt);
            }

            at += 46 + Read(zip, at + 28, 2) + Read(zip, at + 30, 2) + Read(zip, at + 32, 2);
        }

        return new ZipLayout(end, central, local);
    }

    public static int Read(byte[] zip, int offset, int width) =>
        width == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset)) : (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(offset)), int.MaxValue);

    public static void Write(byte[] zip, int offset, int width, long value)
    {
        if (width == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(offset), unchecked((ushort)value));
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(offset), unchecked((uint)value));
        }
    }
}
