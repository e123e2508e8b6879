namespace DocCheck.Rules.Support;

/// <summary>Says once per report, under 未能核查, that the indicator classifiers were not there and word lists judged instead.</summary>
internal static class ClassifierFallback
{
    public const string Subject = "指标分类模型";

    public static void Note(RuleContext context)
    {
        if (!context.Unverified.Any(u => u.Subject == Subject))
        {
            context.CannotVerify(Subject,
                $"{context.Classifications.UnavailableReason}：indicator.not-quantified、indicator.misplaced 改按词表判断，结果可能不完整。");
        }
    }
}
