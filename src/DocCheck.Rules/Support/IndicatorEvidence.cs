using DocCheck.Core.Documents;
using DocCheck.Core.Findings;
using DocCheck.Extract;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Text;

namespace DocCheck.Rules.Support;

/// <summary>Evidence from an indicator's cells.</summary>
internal static class IndicatorEvidence
{
    public static Evidence Of(TableCell cell, string role) => Anchor.ForCell(cell).ToEvidence(role);

    /// <summary>The name, target, actual, score and reason cells that exist, in that order.</summary>
    public static List<Evidence> Row(Indicator indicator, bool target = true, bool actual = true, bool score = false, bool weight = false, bool reason = false)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var evidence = new List<Evidence> { Of(indicator.NameCell, "指标") };
        if (target && indicator.TargetCell is { } t)
        {
            evidence.Add(Of(t, "年度指标值"));
        }

        if (actual && indicator.ActualCell is { } a)
        {
            evidence.Add(Of(a, "实际完成值"));
        }

        if (weight && indicator.WeightCell is { } w)
        {
            evidence.Add(Of(w, "分值"));
        }

        if (score && indicator.ScoreCell is { } s)
        {
            evidence.Add(Of(s, "得分"));
        }

        if (reason && indicator.ReasonCell is { } r)
        {
            evidence.Add(Of(r, "偏差原因"));
        }

        return evidence;
    }

    /// <summary>Whether an indicator's deviation reason is given in its row (a reason cell with words, not a dash).</summary>
    public static bool HasReason(Indicator indicator) =>
        indicator.Reason.Trim() is { Length: > 0 } reason && reason is not ("/" or "-" or "—" or "无" or "——" or "－");

    /// <summary>Whether the report explains an indicator anywhere: its reason cell, a note under the table or the analysis prose.</summary>
    public static bool IsExplained(Indicator indicator, ReportFacts facts) =>
        HasReason(indicator) || facts.Explanations.For(indicator) is not null;

    /// <summary>Whether the report comments on an indicator beating its target: its reason cell, or prose about the excess.</summary>
    public static bool IsOverachievementExplained(Indicator indicator, ReportFacts facts) =>
        HasReason(indicator) || facts.Explanations.ForOverachievement(indicator) is not null;
}
