using System.Globalization;
using DocCheck.Core.Errors;
using DocCheck.Ingest;

namespace DocCheck.Pipeline.Evaluation;

/// <summary>Checks reports against their hand-written expectations and sums the scores up per rule.</summary>
public static class CorpusEvaluation
{
    /// <summary>Checks one document and scores it; an unreadable document misses everything it was expected to show.</summary>
    public static ExpectationScore Check(ExpectedReport expected, string documentPath, DocChecker checker)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(checker);
        try
        {
            var result = checker.Check(DocumentSource.FromFile(documentPath));
            return ExpectationScore.Score(expected, result.Run.Findings);
        }
        catch (UnreadableDocumentException)
        {
            return ExpectationScore.Score(expected, []);
        }
    }

    /// <summary>Recall and precision over all scores.</summary>
    public static (double Recall, double Precision) Totals(IReadOnlyCollection<ExpectationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var found = scores.Sum(s => s.Found.Count);
        var missed = scores.Sum(s => s.Missed.Count);
        var extra = scores.Sum(s => s.Extra.Count);
        return (Ratio(found, found + missed), Ratio(found, found + extra));
    }

    /// <summary>The per-rule table and the totals, as printed lines.</summary>
    public static IEnumerable<string> Table(IReadOnlyCollection<ExpectationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var inv = CultureInfo.InvariantCulture;
        var rules = scores.SelectMany(s => s.Found.Select(f => f.Expected.RuleId).Concat(s.Missed.Select(m => m.RuleId)).Concat(s.Extra.Select(e => e.RuleId)))
            .Distinct().Order(StringComparer.Ordinal);
        yield return $"{"规则",-34} 预期 命中 漏报 多报  召回率  精确率";
        foreach (var rule in rules)
        {
            var found = scores.Sum(s => s.Found.Count(f => f.Expected.RuleId == rule));
            var missed = scores.Sum(s => s.Missed.Count(m => m.RuleId == rule));
            var extra = scores.Sum(s => s.Extra.Count(e => e.RuleId == rule));
            yield return string.Create(inv, $"{rule,-36} {found + missed,4} {found,4} {missed,4} {extra,4}  {Ratio(found, found + missed),6:0.00}  {Ratio(found, found + extra),6:0.00}");
        }

        var (recall, precision) = Totals(scores);
        var clean = scores.Where(s => s.Report.Expected.Count == 0).ToList();
        yield return string.Create(inv,
            $"合计：{scores.Count} 份，召回率 {recall:0.000}，精确率 {precision:0.000}；无问题报告 {clean.Count} 份，其中出现错误级发现 {clean.Count(s => s.CleanReportWithError)} 份、出现任何多报 {clean.Count(s => s.Extra.Count > 0)} 份");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;
}
