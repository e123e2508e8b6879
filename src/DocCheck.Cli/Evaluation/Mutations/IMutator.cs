using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>Plants one kind of defect for one catalog rule at every eligible place of a report.</summary>
internal interface IMutator
{
    /// <summary>The catalog rule id whose defect this mutator plants.</summary>
    string Rule { get; }

    /// <summary>
    /// One mutation per eligible place, read from the report's own structure; candidates whose change would not be
    /// a defect (decided from the arithmetic of the change, before any check) come back with a skip reason.
    /// </summary>
    IEnumerable<Mutation> Plant(ReportView report, Random random);
}
