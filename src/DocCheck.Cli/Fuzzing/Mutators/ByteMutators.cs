using System.Globalization;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>Mutators blind to the format: what a disk, a mail gateway or a careless upload does to a file.</summary>
internal abstract class ByteMutator(string name) : IMutator
{
    public string Name => name;

    public bool Accepts(FuzzKind kind) => true;

    public abstract Mutation? Mutate(byte[] content, Random random);

    protected static string At(long offset) => offset.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Flips a few bits anywhere.</summary>
internal sealed class BitFlip() : ByteMutator("bit-flip")
{
    public override Mutation? Mutate(byte[] content, Random random)
    {
        if (content.Length == 0)
        {
            return null;
        }

        var output = (byte[])content.Clone();
        var flips = 1 + random.Next(random.Next(2) == 0 ? 2 : 32);
        for (var i = 0; i < flips; i++)
        {
            output[random.Next(output.Length)] ^= (byte)(1 << random.Next(8));
        }

        return new Mutation(output, $"翻转 {flips} 个比特");
    }
}

/// <summary>Sets a few bytes to values that mean something to a parser: delimiters, extremes, digits.</summary>
internal sealed class ByteSet() : ByteMutator("byte-set")
{
    private static readonly byte[] Interesting = [0x00, 0xFF, 0x7F, 0x80, 0x01, (byte)'0', (byte)'9', (byte)'<', (byte)'>', (byte)'[', (byte)'(', (byte)'/', (byte)'-', (byte)'\n'];

    public override Mutation? Mutate(byte[] content, Random random)
    {
        if (content.Length == 0)
        {
            return null;
        }

        var output = (byte[])content.Clone();
        var count = 1 + random.Next(8);
        for (var i = 0; i < count; i++)
        {
            output[random.Next(output.Length)] = Interesting[random.Next(Interesting.Length)];
        }

        return new Mutation(output, $"改写 {count} 个字节");
    }
}

/// <summary>Cuts the file short, as an interrupted download does.</summary>
internal sealed class Truncation() : ByteMutator("truncate")
{
    public override Mutation? Mutate(byte[] content, Random random)
    {
        if (content.Length < 2)
        {
            return null;
        }

        var length = random.Next(content.Length);
        return new Mutation(content[..length], "截断到 " + At(length) + " 字节");
    }
}

/// <summary>Repeats a chunk of the file somewhere else, once or many times.</summary>
internal sealed class ChunkDuplication() : ByteMutator("chunk-duplicate")
{
    public override Mutation? Mutate(byte[] content, Random random)
    {
        if (content.Length < 2)
        {
            return null;
        }

        var start = random.Next(content.Length);
        var length = 1 + random.Next(Math.Min(content.Length - start, 1 << random.Next(4, 16)));
        var times = random.Next(3) == 0 ? 1 + random.Next(200) : 1;
        var at = random.Next(content.Length + 1);
        var output = new List<byte>(content.Length + (length * times));
        output.AddRange(content.AsSpan(0, at));
        for (var i = 0; i < times; i++)
        {
            output.AddRange(content.AsSpan(start, length));
        }

        output.AddRange(content.AsSpan(at));
        return new Mutation([.. output], $"把 {At(start)} 起的 {At(length)} 字节复制 {times} 份插到 {At(at)}");
    }
}

/// <summary>Deletes a chunk of the file.</summary>
internal sealed class ChunkDeletion() : ByteMutator("chunk-delete")
{
    public override Mutation? Mutate(byte[] content, Random random)
    {
        if (content.Length < 2)
        {
            return null;
        }

        var start = random.Next(content.Length);
        var length = 1 + random.Next(Math.Min(content.Length - start, 1 << random.Next(2, 16)));
        return new Mutation([.. content.AsSpan(0, start), .. content.AsSpan(start + length)], $"删除 {At(start)} 起的 {At(length)} 字节");
    }
}
