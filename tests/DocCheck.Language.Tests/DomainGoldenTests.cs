using System.Text;
using DocCheck.Testing;

namespace DocCheck.Language.Tests;

/// <summary>How domain lines are cut with the domain dictionary on top of jieba's: a reviewed golden file.</summary>
public sealed class DomainGoldenTests
{
    private static readonly string[] Lines =
    [
        "2022年度项目预算执行率为91.86%，资金到位率100%。",
        "绩效目标设定合理，三级指标细化量化，二级指标包括产出数量、产出质量、产出时效和产出成本。",
        "项目支出绩效自评表中满意度指标得分10分，服务对象满意度达到98%。",
        "推行一链办改革，社会效益、经济效益和生态效益明显，具有可持续影响。",
        "本绩效评价报告由第三方机构出具，评价等级为优秀。",
        "年初预算数670.64万元，全年执行数558.01万元，结转结余112.63万元。",
        "对全省39824项政务服务事项要素法核达到90%以上。",
        "按照《项目支出绩效评价管理办法》（财预〔2020〕10号），实施全过程预算绩效管理。",
    ];

    [Fact]
    public void DomainLines_WithTheDomainDictionary_MatchTheGolden()
    {
        var segmenter = JiebaTestData.WithDomain;
        var text = new StringBuilder();
        foreach (var line in Lines)
        {
            text.Append(line).Append('\n');
            text.Append("  ").Append(string.Join(" | ", segmenter.Cut(line))).Append('\n');
        }

        Golden.Assert(text.ToString(), RepoPaths.Of("tests", "DocCheck.Language.Tests", "Golden", "domain-lines.txt"));
    }

    [Fact]
    public void DomainDictionary_KeepsItsTermsWhole()
    {
        var segmenter = JiebaTestData.WithDomain;
        foreach (var term in new[] { "预算执行率", "资金到位率", "三级指标", "一链办", "可持续影响", "项目支出绩效自评", "绩效评价报告" })
        {
            Assert.Equal([term], segmenter.Cut(term));
        }
    }
}
