using DocCheck.Core.Findings;

namespace DocCheck.Review;

/// <summary>Chinese names of verdicts and the rule that derives a verdict from findings.</summary>
public static class VerdictText
{
    /// <summary>The verdict that follows from findings: any error → 退回修改; any warning → 建议完善; else 通过.</summary>
    public static Verdict From(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var worst = findings.Select(f => f.Severity).DefaultIfEmpty(Severity.Info).Max();
        return worst switch
        {
            Severity.Error => Verdict.Return,
            Severity.Warning => Verdict.Improve,
            _ => Verdict.Pass,
        };
    }

    /// <summary>通过 / 建议完善 / 退回修改.</summary>
    public static string ToChinese(this Verdict verdict) => verdict switch
    {
        Verdict.Return => "退回修改",
        Verdict.Improve => "建议完善",
        _ => "通过",
    };

    /// <summary>The contract id: pass / improve / return.</summary>
    public static string ToId(this Verdict verdict) => verdict switch
    {
        Verdict.Return => "return",
        Verdict.Improve => "improve",
        _ => "pass",
    };

    /// <summary>One sentence explaining the verdict.</summary>
    public static string Explain(ReviewNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var errors = note.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = note.Findings.Count(f => f.Severity == Severity.Warning);
        var infos = note.Findings.Count(f => f.Severity == Severity.Info);
        return note.Verdict switch
        {
            Verdict.Return => $"报告存在{errors}处前后矛盾或计算错误，另有{warnings}项需完善，建议退回修改。",
            Verdict.Improve => $"未发现计算错误或前后矛盾，有{warnings}项内容需补充完善。",
            _ => infos > 0 ? $"未发现错误和需完善事项，另有{infos}项供参考。" : "未发现错误和需完善事项。",
        };
    }
}
