using DocCheck.Core.Findings;

namespace DocCheck.Review;

/// <summary>The sections every note format shares: the grouping by severity and the wording of headings.</summary>
public static class NoteSections
{
    /// <summary>Severity groups in the note's order, with their headings.</summary>
    public static IReadOnlyList<(Severity Severity, string Heading)> Groups { get; } =
    [
        (Severity.Error, "错误"),
        (Severity.Warning, "需完善事项"),
        (Severity.Info, "参考信息"),
    ];

    /// <summary>The Chinese ordinal used for note sections: 一 二 三 …</summary>
    public static string Ordinal(int index) => index switch
    {
        1 => "一",
        2 => "二",
        3 => "三",
        4 => "四",
        5 => "五",
        6 => "六",
        7 => "七",
        _ => index.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The coverage sentence: how many checks were made, how many failed, how many could not be made.</summary>
    public static string CoverageSentence(ReviewNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return $"共核查{note.Coverage.Checks}项（比率、合计、结余、得分、分值、等级、指标与提纲等），其中{note.Coverage.Failed}项发现问题；另有{note.Unchecked.Length}项未能核查。";
    }

    /// <summary>A quote for display: empty cells shown as （空白）.</summary>
    public static string Quote(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Quote.Length == 0 ? "（空白）" : evidence.Quote.ReplaceLineEndings(" ");
    }
}
