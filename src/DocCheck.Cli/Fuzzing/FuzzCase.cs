using DocCheck.Cli.Fuzzing.Mutators;

namespace DocCheck.Cli.Fuzzing;

/// <summary>One mutated input: which seed, which mutations, and the bytes.</summary>
internal sealed record FuzzCase(long Index, FuzzSeed Seed, string Mutators, string Detail, byte[] Content);

/// <summary>
/// Makes input number <c>i</c> of a run from the run's seed alone: its own random sequence picks the corpus file, the
/// mutator and every choice the mutator makes, so an input can be made again from (seed, index) whatever ran before
/// it or beside it. One input in five gets a second mutation on top of the first.
/// </summary>
internal sealed class FuzzCaseGenerator(IReadOnlyList<FuzzSeed> seeds, IReadOnlyList<IMutator> mutators, int runSeed)
{
    private const int Attempts = 50;

    public FuzzCase Make(long index)
    {
        var random = new Random(Mix(runSeed, index));
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var usable = mutators.Where(m => m.Accepts(seed.Kind)).ToList();
            if (usable.Count == 0)
            {
                continue;
            }

            var mutator = usable[random.Next(usable.Count)];
            if (Try(mutator, seed.Content, random) is not { } first)
            {
                continue;
            }

            if (random.Next(5) == 0 && usable[random.Next(usable.Count)] is var next && Try(next, first.Content, random) is { } second)
            {
                return new FuzzCase(index, seed, mutator.Name + "+" + next.Name, first.Detail + "；再 " + second.Detail, second.Content);
            }

            return new FuzzCase(index, seed, mutator.Name, first.Detail, first.Content);
        }

        throw new InvalidOperationException("语料中没有可用所选变异方式处理的文件");
    }

    private static Mutation? Try(IMutator mutator, byte[] content, Random random)
    {
        try
        {
            return mutator.Mutate(content, random);
        }
        catch (ArgumentException)
        {
            // The zip writer refuses some names and sizes the mutators make up: no input this time.
            return null;
        }
    }

    // SplitMix64 of (seed, index): neighbouring indices get unrelated sequences.
    private static int Mix(int seed, long index)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
