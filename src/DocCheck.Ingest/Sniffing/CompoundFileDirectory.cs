using System.Buffers.Binary;
using System.Text;

namespace DocCheck.Ingest;

/// <summary>
/// Lists the stream names of an OLE compound file ([MS-CFB]) — enough to tell a Word 97–2003 document
/// (a <c>WordDocument</c> stream) from an encrypted Office Open XML one (<c>EncryptionInfo</c> and
/// <c>EncryptedPackage</c>). It reads the header, the FAT and the directory chain, nothing else.
/// </summary>
internal static class CompoundFileDirectory
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxDirectorySectors = 4096;

    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The names of the directory entries, or null when the structure is damaged.</summary>
    public static IReadOnlyList<string>? ReadNames(ReadOnlySpan<byte> file)
    {
        if (file.Length < 512 || !file.StartsWith(Signature))
        {
            return null;
        }

        int sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file[0x1E..]);
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file[0x2C..]);
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(file[0x30..]);

        // The header lists the first 109 FAT sectors; files that need more are far larger than any report.
        var fat = new List<uint>();
        for (var i = 0; i < Math.Min(109u, fatSectorCount); i++)
        {
            var fatSector = BinaryPrimitives.ReadUInt32LittleEndian(file[(0x4C + (i * 4))..]);
            if (!TrySector(file, fatSector, sectorSize, out var sector))
            {
                return null;
            }

            for (var offset = 0; offset < sectorSize; offset += 4)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[offset..]));
            }
        }

        var names = new List<string>();
        var current = firstDirectorySector;
        for (var visited = 0; current != EndOfChain; visited++)
        {
            if (visited > MaxDirectorySectors || !TrySector(file, current, sectorSize, out var sector))
            {
                return names.Count > 0 ? names : null;
            }

            for (var entry = 0; entry + 128 <= sectorSize; entry += 128)
            {
                int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(sector[(entry + 0x40)..]);
                if (nameBytes is >= 2 and <= 64)
                {
                    names.Add(Encoding.Unicode.GetString(sector.Slice(entry, nameBytes - 2)));
                }
            }

            current = current < fat.Count ? fat[(int)current] : EndOfChain;
        }

        return names;
    }

    private static bool TrySector(ReadOnlySpan<byte> file, uint index, int sectorSize, out ReadOnlySpan<byte> sector)
    {
        var offset = ((long)index + 1) * sectorSize;
        if (index >= 0xFFFFFFFA || offset + sectorSize > file.Length)
        {
            sector = default;
            return false;
        }

        sector = file.Slice((int)offset, sectorSize);
        return true;
    }
}
