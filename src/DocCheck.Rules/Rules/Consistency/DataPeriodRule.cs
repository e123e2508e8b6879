using DocCheck.Core.Findings;
using DocCheck.Extract.Periods;

namespace DocCheck.Rules.Rules.Consistency;

/// <summary>数据期间与报告期间不符：年度报告只引用部分月份的数据，或把其他年度的数据当作本年度结果。</summary>
public sealed class DataPeriodRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "period.mismatch", "数据期间与报告期间不符", RuleArea.Consistency, Severity.Warning,
        "请使用与评价期间一致的全年数据，或说明引用该期间数据的原因。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var year = context.Facts.Year;
        if (year is null)
        {
            context.CannotVerify("报告期间", "未能从报告中识别评价年度。");
            yield break;
        }

        var seen = new HashSet<string>();
        foreach (var period in context.Facts.Periods)
        {
            if (!seen.Add(period.Printed + period.Anchor.Location.Block))
            {
                continue;
            }

            var message = period.Issue switch
            {
                PeriodIssue.PartOfYear => $"{year}年度报告以“{period.Printed}”的数据作为年度结果，数据期间不完整。",
                PeriodIssue.TitleYear => $"报告标题写为“{period.Printed}”，而正文的年度数据为{year}年，标题年度与评价年度不符。",
                _ => $"{year}年度报告把{period.Year}年的数据（“{period.Printed}”）作为本年度情况，与评价年度不符。",
            };
            yield return context.Report(period.Printed, message, period.Printed, $"{year}年全年", [period.Anchor.ToEvidence("数据期间")]);
        }

        if (seen.Count == 0)
        {
            context.Passed("数据期间");
        }
    }
}
