using DocCheck.Core.Text;
using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Tests.Numbers;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("共支出512.02万元", "512.02万元", 5120200, 2, UnitKind.Money, Comparator.None)]
    [InlineData("预算45万", "45万", 450000, 0, UnitKind.None, Comparator.None)]
    [InlineData("合计5,120,200元", "5,120,200元", 5120200, 0, UnitKind.Money, Comparator.None)]
    [InlineData("总投资1.2亿元", "1.2亿元", 120000000, 1, UnitKind.Money, Comparator.None)]
    [InlineData("执行率91.76%", "91.76%", 91.76, 2, UnitKind.Percent, Comparator.None)]
    [InlineData("≥95%", "≥95%", 95, 0, UnitKind.Percent, Comparator.AtLeast)]
    [InlineData("＞95％", ">95%", 95, 0, UnitKind.Percent, Comparator.GreaterThan)]
    [InlineData("不低于90%", "不低于90%", 90, 0, UnitKind.Percent, Comparator.AtLeast)]
    [InlineData("90%以上", "90%以上", 90, 0, UnitKind.Percent, Comparator.AtLeast)]
    [InlineData("进驻单位39个", "39个", 39, 0, UnitKind.Measure, Comparator.None)]
    [InlineData("进驻事项653项", "653项", 653, 0, UnitKind.Measure, Comparator.None)]
    [InlineData("共办理18.57万件", "18.57万件", 185700, 2, UnitKind.Measure, Comparator.None)]
    [InlineData("评定分为97分", "97分", 97, 0, UnitKind.Points, Comparator.None)]
    [InlineData("全年３５６人", "356人", 356, 0, UnitKind.Measure, Comparator.None)]
    [InlineData("≤3000元/亩", "≤3000元/亩", 3000, 0, UnitKind.Measure, Comparator.AtMost)]
    [InlineData("2021年度", "2021年度", 2021, 0, UnitKind.Year, Comparator.None)]
    public void ReadsNumbersAsReportsPrintThem(string text, string printed, double value, int decimals, UnitKind kind, Comparator comparator)
    {
        var number = Assert.Single(NumberParser.FindAll(TextNormalizer.NormalizeValue(text)));

        Assert.Equal(printed, number.Printed);
        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(decimals, number.Decimals);
        Assert.Equal(kind, number.Kind);
        Assert.Equal(comparator, number.Comparator);
    }

    [Fact]
    public void AColumnHeaderUnit_AppliesToBareValues()
    {
        var unit = NumberParser.UnitFromHeader(TextNormalizer.NormalizeValue("金额（万元）"));
        var number = NumberParser.ParseValue("670.64", unit);

        Assert.Equal("万元", unit);
        Assert.Equal(6706400m, number!.Value);
        Assert.Equal(UnitKind.Money, number.Kind);
    }

    [Fact]
    public void PrintedDecimals_SetTheRoundingInterval()
    {
        var number = NumberParser.ParseValue("512.02万元")!;

        Assert.Equal(5120150m, number.Low);
        Assert.Equal(5120250m, number.High);
    }

    [Fact]
    public void WholeCounts_AreExact()
    {
        Assert.Equal(0m, NumberParser.ParseValue("1648个")!.HalfUlp);
        Assert.NotEqual(0m, NumberParser.ParseValue("80%")!.HalfUlp);
    }

    [Theory]
    [InlineData("第18名")]
    [InlineData("A11立项依据")]
    public void OrdinalsAndCodes_AreNotQuantities(string text)
    {
        Assert.Empty(NumberParser.FindAll(text));
    }

    [Fact]
    public void Intervals_DecideTotals_TheXbrlWay()
    {
        var parts = new[] { "33.33万元", "33.33万元", "33.33万元" }.Select(p => Interval.Of(NumberParser.ParseValue(p)!));
        var sum = parts.Aggregate(Interval.Exact(0m), (a, b) => a + b);

        Assert.True(sum.Overlaps(Interval.Of(NumberParser.ParseValue("100.00万元")!)));
        Assert.False(sum.Overlaps(Interval.Of(NumberParser.ParseValue("100.10万元")!)));
    }
}
