using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Replaces a measurable target (one with a number) by a vague phrase of the catalog (有效提升, 进一步提高,
/// 明显改善, 较好), chosen by the seed.
/// </summary>
internal sealed class VagueTargetMutator : IMutator
{
    private static readonly string[] Phrases = ["有效提升", "进一步提高", "明显改善", "较好"];

    public string Rule => RuleIds.NotQuantified;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(random);
        foreach (var (_, row) in IndicatorPlaces.Rows(report))
        {
            if (row.TargetCell is not { } target || NumberScanner.Scan(target.Value).Count == 0 || row.IsExecution)
            {
                continue;
            }

            var phrase = Phrases[random.Next(Phrases.Length)];
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(VagueTargetMutator),
                Place = IndicatorPlaces.Describe(row, target, "年度指标值"),
                Planted = $"{target.Value} → {phrase}",
                Edits = [new SetCellText(CellTarget.Of(target), target.Value, phrase)],
                Marks = [row.Name, phrase],
                Places = [CellTarget.Of(target).Ref, CellTarget.Of(row.NameCell).Ref],
            };
        }
    }
}
