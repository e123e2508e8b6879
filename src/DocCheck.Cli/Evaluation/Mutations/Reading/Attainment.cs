namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>How an indicator's actual value compares with its target.</summary>
internal enum Attainment
{
    /// <summary>Not comparable: no number, different units, no comparator where one is needed.</summary>
    Unknown,

    /// <summary>The target is met.</summary>
    Met,

    /// <summary>The actual falls short of the target.</summary>
    Short,
}
