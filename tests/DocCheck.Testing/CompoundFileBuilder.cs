using System.Buffers.Binary;
using System.Text;

namespace DocCheck.Testing;

/// <summary>
/// Writes a minimal OLE compound file ([MS-CFB], version 3, 512-byte sectors) holding the named streams — the
/// container of Word 97–2003 documents and of password-protected Office files. Streams are padded to 4096 bytes
/// so they live in regular sectors and no mini stream is needed.
/// </summary>
public static class CompoundFileBuilder
{
    private const int SectorSize = 512;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] Build(params (string Name, byte[] Content)[] streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        const int streamSectors = 4096 / SectorSize;
        var directorySectors = ((streams.Length + 1) * 128 + SectorSize - 1) / SectorSize;
        var totalSectors = 1 + directorySectors + (streams.Length * streamSectors);
        var file = new byte[SectorSize * (1 + totalSectors)];
        var header = file.AsSpan(0, SectorSize);
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (i * 4))..], i == 0 ? 0u : FreeSector);
        }

        // FAT: sector 0 is the FAT, then the directory chain, then each stream's chain.
        var fat = Sector(file, 0);
        for (var i = 0; i < SectorSize / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], FreeSector);
        }

        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        var next = 1u;
        for (var d = 0; d < directorySectors; d++, next++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(int)(next * 4)..], d == directorySectors - 1 ? EndOfChain : next + 1);
        }

        var starts = new uint[streams.Length];
        for (var s = 0; s < streams.Length; s++)
        {
            starts[s] = next;
            for (var k = 0; k < streamSectors; k++, next++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(fat[(int)(next * 4)..], k == streamSectors - 1 ? EndOfChain : next + 1);
            }

            var content = streams[s].Content;
            content.AsSpan(0, Math.Min(content.Length, 4096)).CopyTo(file.AsSpan((int)((starts[s] + 1) * SectorSize)));
        }

        // Directory: the root entry, then the streams as a chain of right siblings.
        var directory = file.AsSpan(2 * SectorSize, directorySectors * SectorSize);
        WriteEntry(directory[..128], "Root Entry", type: 5, child: streams.Length > 0 ? 1u : FreeSector, right: FreeSector, start: EndOfChain, size: 0);
        for (var s = 0; s < streams.Length; s++)
        {
            WriteEntry(directory.Slice((s + 1) * 128, 128), streams[s].Name, type: 2, child: FreeSector,
                right: s + 1 < streams.Length ? (uint)(s + 2) : FreeSector, start: starts[s], size: 4096);
        }

        return file;
    }

    /// <summary>A Word 97–2003 document's container (its streams hold no real content).</summary>
    public static byte[] LegacyWordDocument() => Build(("WordDocument", new byte[64]), ("1Table", new byte[64]));

    /// <summary>A password-protected Office Open XML document's container (ECMA-376 agile encryption layout).</summary>
    public static byte[] EncryptedOfficeDocument() =>
        Build(("EncryptionInfo", Encoding.ASCII.GetBytes("\u0004\u0000\u0004\u0000")), ("EncryptedPackage", new byte[256]));

    private static Span<byte> Sector(byte[] file, int index) => file.AsSpan((index + 1) * SectorSize, SectorSize);

    private static void WriteEntry(Span<byte> entry, string name, byte type, uint child, uint right, uint start, uint size)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name);
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(nameBytes.Length + 2));
        entry[0x42] = type;
        entry[0x43] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x78..], size);
    }
}
