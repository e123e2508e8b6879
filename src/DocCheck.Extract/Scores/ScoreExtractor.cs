using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Scores;

/// <summary>
/// Finds in running text the total score claimed (综合得分为100分, 评定分为97分), the grade claimed
/// (评价等级为“优”, 评价结果为优, a ticked box ☑优 or R优), and the grade bands the report states
/// (综合评价得分90分以上（含90分），绩效级别评定为优).
/// </summary>
public static partial class ScoreExtractor
{
    /// <summary>Collects claims and bands from one paragraph or cell text.</summary>
    public static void Extract(SourceLocation location, Core.Text.NormalizedText text, ICollection<ScoreClaim> scores,
        ICollection<GradeClaim> grades, ICollection<(Grade Grade, decimal? Lower, Anchor Anchor)> bands)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(bands);
        var value = text.Value;
        var hasPoints = value.Contains('分', StringComparison.Ordinal);
        var hasGradeWords = value.AsSpan().IndexOfAny(GradeCharacters) >= 0;
        if (!hasPoints && !hasGradeWords)
        {
            return;
        }

        var sentences = Splitter.Sentences(value);
        foreach (var sentence in sentences)
        {
            var s = sentence.Of(value);
            var sentenceHasPoints = hasPoints && s.Contains('分', StringComparison.Ordinal);
            var usedByBands = sentenceHasPoints ? ReadBands(location, text, sentence, bands) : [];

            foreach (Match match in sentenceHasPoints ? TotalScore().Matches(s) : Enumerable.Empty<Match>())
            {
                // 总分100分 in a sentence about the scoring framework is the full mark, not the score earned; a
                // group's score (决策指标满分15分，评价得分14.94分) is not the total.
                var keyword = match.Groups["keyword"].Value;
                // Last year's score (上年度（2022年度）项目绩效自评得分95.60分) is given for comparison.
                if ((WeakScoreKeywords.Contains(keyword) && (match.Groups["connector"].Length == 0 || FrameworkSentence().IsMatch(s)))
                    || GroupSentence().IsMatch(s) || IsFullMark(match, s) || EarlierYearScore().IsMatch(s.AsSpan(0, match.Index)))
                {
                    continue;
                }

                var number = match.Groups["score"];
                var start = sentence.Start + number.Index;
                if (NumberParser.ParseValue(number.Value + "分") is { } score)
                {
                    var clause = Splitter.Containing(Splitter.Clauses(value), start);
                    scores.Add(new ScoreClaim(score with { Start = start, Length = number.Length + 1 },
                        Anchor.ForText(location, text, clause, new TextRange(start, number.Length + 1)), InTable: false));
                }
            }

            var mayClaimGrade = hasGradeWords && s.AsSpan().IndexOfAny(GradeCharacters) >= 0;
            foreach (Match match in mayClaimGrade && s.AsSpan().IndexOfAny(GradeClaimWords) >= 0 ? GradeWord().Matches(s) : Enumerable.Empty<Match>())
            {
                var start = sentence.Start + match.Groups["grade"].Index;
                if (!usedByBands.Contains(start))
                {
                    AddGrade(location, text, value, start, match.Groups["grade"].Value, grades);
                }
            }

            foreach (Match match in mayClaimGrade && s.AsSpan().IndexOfAny(TickMarks) >= 0 ? TickedBox().Matches(s) : Enumerable.Empty<Match>())
            {
                AddGrade(location, text, value, sentence.Start + match.Groups["grade"].Index, match.Groups["grade"].Value, grades);
            }
        }
    }

    /// <summary>Builds bands from the (grade, lower edge) pairs found; null unless they describe at least two grades.</summary>
    public static GradeBands? BandsFrom(IReadOnlyCollection<(Grade Grade, decimal? Lower, Anchor Anchor)> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var edges = new Dictionary<Grade, decimal>();
        foreach (var (grade, lower, _) in found)
        {
            if (lower is { } edge && grade != Grade.Poor)
            {
                edges.TryAdd(grade, edge);
            }
        }

        var distinctGrades = found.Select(f => f.Grade).Distinct().Count();
        if (edges.Count == 0 || distinctGrades < 2)
        {
            return null;
        }

        return new GradeBands(edges, Stated: true, found.First().Anchor);
    }

    private static void AddGrade(SourceLocation location, Core.Text.NormalizedText text, string value, int start, string word, ICollection<GradeClaim> grades)
    {
        if (Grades.Parse(word) is { } grade)
        {
            var clause = Splitter.Containing(Splitter.Clauses(value), start);
            grades.Add(new GradeClaim(grade, word, Anchor.ForText(location, text, clause, new TextRange(start, word.Length))));
        }
    }

    /// <summary>
    /// Pairs each score bound in the sentence (90分以上, 80-90分, 60分以下) with the first grade word after it
    /// and before the next bound; returns the positions of the grade words used.
    /// </summary>
    private static HashSet<int> ReadBands(SourceLocation location, Core.Text.NormalizedText text, TextRange sentence,
        ICollection<(Grade Grade, decimal? Lower, Anchor Anchor)> bands)
    {
        var used = new HashSet<int>();
        var s = sentence.Of(text.Value);
        if (!BandMarker().IsMatch(s))
        {
            return used;
        }

        var bounds = new List<(int Start, int End, decimal? Lower)>();
        foreach (Match m in RangeBand().Matches(s))
        {
            bounds.Add((m.Index, m.Index + m.Length, decimal.Parse(m.Groups["low"].Value, CultureInfo.InvariantCulture)));
        }

        foreach (Match m in AboveBand().Matches(s))
        {
            bounds.Add((m.Index, m.Index + m.Length, decimal.Parse(m.Groups["low"].Value, CultureInfo.InvariantCulture)));
        }

        foreach (Match m in BelowBand().Matches(s))
        {
            bounds.Add((m.Index, m.Index + m.Length, null));
        }

        bounds.Sort((a, b) => a.Start.CompareTo(b.Start));
        var distinct = new List<(int Start, int End, decimal? Lower)>();
        foreach (var bound in bounds)
        {
            if (distinct.Count == 0 || bound.Start >= distinct[^1].End)
            {
                distinct.Add(bound);
            }
        }

        var gradeMatches = BandGrade().Matches(s).Select(m => (Start: m.Groups["grade"].Index, Word: m.Groups["grade"].Value)).ToList();
        for (var i = 0; i < distinct.Count; i++)
        {
            var limit = i + 1 < distinct.Count ? distinct[i + 1].Start : s.Length;
            var paired = gradeMatches.FirstOrDefault(g => g.Start >= distinct[i].End && g.Start < limit);
            if (paired.Word is null || Grades.Parse(paired.Word) is not { } grade)
            {
                continue;
            }

            used.Add(sentence.Start + paired.Start);
            var focus = new TextRange(sentence.Start + distinct[i].Start, paired.Start + paired.Word.Length - distinct[i].Start);
            bands.Add((grade, distinct[i].Lower, Anchor.ForText(location, text, sentence, focus)));
        }

        return used;
    }

    // A sentence that describes bands rather than claims a grade: 90分以上, 80-90分, 含80分, 60分以下.
    /// <summary>评价总分100分，90分（含）以上为优秀…: the full mark, in a sentence that states the grade bands.</summary>
    private static bool IsFullMark(Match match, string sentence) =>
        match.Groups["connector"].Length == 0 && match.Groups["score"].Value == "100" && (BandMarker().IsMatch(sentence) || FrameworkSentence().IsMatch(sentence));

    [GeneratedRegex(@"\d+(\.\d+)?分?(以上|以下|及以上|\(含|（含)|\d+(\.\d+)?分?[-–—~～至到]\d+(\.\d+)?分|(低于|不足|不满)\d+分|(≥|>=)\s*\d+(\.\d+)?分")]
    private static partial Regex BandMarker();

    [GeneratedRegex(@"(?<low>\d+(\.\d+)?)分?(\(含(\d+分?)?\))?[-–—~～至到]\d+(\.\d+)?分")]
    private static partial Regex RangeBand();

    [GeneratedRegex(@"(?<low>\d+(\.\d+)?)分?(\(含(\d+分?)?\))?(以上|及以上)|(≥|>=)\s*(?<low>\d+(\.\d+)?)分")]
    private static partial Regex AboveBand();

    [GeneratedRegex(@"\d+(\.\d+)?分?(以下|以内)|(低于|不足|不满|<)\s*\d+(\.\d+)?分")]
    private static partial Regex BelowBand();

    [GeneratedRegex(@"(为|是|评定为|评为|:)[“""「『]?(?<grade>优秀|良好|不合格|较差|中等|合格|优|良|中|差)")]
    private static partial Regex BandGrade();

    private static readonly System.Buffers.SearchValues<char> GradeCharacters = System.Buffers.SearchValues.Create("优良中差合格");

    // Every grade-claim keyword holds one of these characters (等级, 级别, 结果, 结论, 评定, 评为, 定为).
    private static readonly System.Buffers.SearchValues<char> GradeClaimWords = System.Buffers.SearchValues.Create("级果论评定");

    private static readonly System.Buffers.SearchValues<char> TickMarks = System.Buffers.SearchValues.Create("☑☒✓√R");

    private static readonly HashSet<string> WeakScoreKeywords = ["总分", "综合分", "评价分值"];

    [GeneratedRegex(@"^(决策|过程|产出|效益|满意度|投入|效果|项目决策|项目管理|项目产出|项目效益)(类)?(指标)?(方面|部分)?[，,:：]?(满分|得分|共|评价得分|该部分)|满分(\d|[1-9]\d)分")]
    private static partial Regex GroupSentence();

    [GeneratedRegex("分值|满分|权重|指标体系|标准分|分别为|总分值")]
    private static partial Regex FrameworkSentence();

    [GeneratedRegex(@"(?<keyword>综合评价得分|综合得分|综合评分|总得分|总分|最终得分|评价得分|自评得分|自评总分|评定分|评价总分|绩效得分|项目得分|评定得分|考核得分|评价分值|综合分)(?<connector>为|是|:|达到|达|共计|合计|评定为)?(?<score>\d+(\.\d+)?)分(?!以上|以下|以内|[-–—~～至到]|\(含)")]
    private static partial Regex TotalScore();

    [GeneratedRegex(@"(评价等级|绩效等级|评价级别|绩效级别|等级|评价结果|评价结论|自评结果|自评等级|评定等级|结果等级|评定为|评为|定为|确定为)(为|是|:|评定为|确定为|属于|达到)?[“""「『]?(?<grade>优秀|良好|不合格|较差|中等|合格|优|良|中|差)(?=$|[”""」』。，,；;\s(（级等])")]
    private static partial Regex GradeWord();

    // ☑优 □良 (Wingdings read by the Word reader) or R优 £良 (the same boxes as plain letters).
    [GeneratedRegex(@"(☑|☒|✓|√|R)\s*(?<grade>优秀|良好|不合格|合格|优|良|中|差)")]
    private static partial Regex TickedBox();

    [GeneratedRegex("上年度?|去年|上一年度?|以前年度")]
    private static partial Regex EarlierYearScore();
}