using DocCheck.Core.Documents;

namespace DocCheck.Extract.Indicators;

/// <summary>
/// The classifier's verdicts on every indicator of one report, computed in one batch, or why there are none (no
/// model, no jieba data). Looked up by the indicator's name cell, which stays the same when labels are filled in.
/// </summary>
public sealed class IndicatorClassifications
{
    private readonly Dictionary<TableCell, IndicatorClassification> _byCell;

    private IndicatorClassifications(Dictionary<TableCell, IndicatorClassification> byCell, string? unavailableReason)
    {
        _byCell = byCell;
        UnavailableReason = unavailableReason;
    }

    /// <summary>No classifier: rules fall back to their word lists and say why once (Chinese).</summary>
    public static IndicatorClassifications Unavailable(string reason) =>
        new(new Dictionary<TableCell, IndicatorClassification>(ReferenceEqualityComparer.Instance), reason);

    /// <summary>Whether verdicts exist.</summary>
    public bool IsAvailable => UnavailableReason is null;

    /// <summary>Why there are no verdicts, or null.</summary>
    public string? UnavailableReason { get; }

    /// <summary>Classifies every indicator of <paramref name="facts"/> in one call to <paramref name="classifier"/>.</summary>
    public static IndicatorClassifications Compute(ReportFacts facts, IIndicatorClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(classifier);
        var indicators = facts.Indicators.Select(p => p.Indicator).ToList();
        var byCell = new Dictionary<TableCell, IndicatorClassification>(ReferenceEqualityComparer.Instance);
        if (indicators.Count == 0)
        {
            return new(byCell, null);
        }

        var verdicts = classifier.Classify([.. indicators.Select(i => new IndicatorSample(i.ShortName, i.Target))]);
        for (var i = 0; i < indicators.Count; i++)
        {
            byCell[indicators[i].NameCell] = verdicts[i];
        }

        return new(byCell, null);
    }

    /// <summary>The verdict on <paramref name="indicator"/>, when there is one.</summary>
    public IndicatorClassification? Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return _byCell.GetValueOrDefault(indicator.NameCell);
    }

    /// <summary>
    /// Fills the level-2 labels that a table left empty (the table has a level-2 column, the level-1 group is 产出,
    /// 效益 or 满意度) with the classifier's group, marked <see cref="Indicator.Level2Inferred"/>.
    /// </summary>
    public ReportFacts FillMissingLevel2(ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!IsAvailable)
        {
            return facts;
        }

        var changed = false;
        var tables = new List<IndicatorTable>(facts.IndicatorTables.Count);
        foreach (var table in facts.IndicatorTables)
        {
            if (!table.Has(IndicatorColumn.Level2))
            {
                tables.Add(table);
                continue;
            }

            var replaced = new Dictionary<Indicator, Indicator>(ReferenceEqualityComparer.Instance);
            foreach (var indicator in table.Indicators)
            {
                if (indicator.Level2.Length == 0 && !indicator.IsExecutionRate && IndicatorGroupLabels.CoversLevel1(indicator.Level1)
                    && Of(indicator) is { } verdict)
                {
                    replaced[indicator] = indicator with { Level2 = IndicatorGroupLabels.Display(verdict.Group), Level2Inferred = true };
                }
            }

            if (replaced.Count == 0)
            {
                tables.Add(table);
                continue;
            }

            changed = true;
            Indicator Swap(Indicator i) => replaced.GetValueOrDefault(i) ?? i;
            tables.Add(table with
            {
                Indicators = [.. table.Indicators.Select(Swap)],
                Groups = [.. table.Groups.Select(g => g with { Members = [.. g.Members.Select(Swap)] })],
            });
        }

        return changed ? facts.WithIndicatorTables(tables) : facts;
    }
}
