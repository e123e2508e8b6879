namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>A mutated input and what was done to it, in words a finding file can show.</summary>
internal sealed record Mutation(byte[] Content, string Detail);

/// <summary>One way of breaking a file. Mutators are pure: the same content and random sequence give the same output.</summary>
internal interface IMutator
{
    /// <summary>A short stable name (finding files and <c>--mutators</c> use it).</summary>
    string Name { get; }

    /// <summary>Whether it understands files of this kind.</summary>
    bool Accepts(FuzzKind kind);

    /// <summary>The mutated content; null when this file offers nothing to mutate (no such element, not a zip…).</summary>
    Mutation? Mutate(byte[] content, Random random);
}
