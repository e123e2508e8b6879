using DocCheck.Extract.Figures;

namespace DocCheck.Extract.Tests.Figures;

/// <summary>Balance columns read with the pair of columns their table shows them to be (worked out by hand).</summary>
public sealed class DifferenceColumnTests
{
    [Fact]
    public void ABalanceColumn_IsEachRowsReceiptsLessItsSpending()
    {
        // 120.00 − 120.00 = 0.00; 266.50 − 232.86 = 33.64; 386.50 − 352.86 = 33.64; the 合计 row states 43.64.
        var facts = Facts.Of("""
            | 资金来源 | 预算数（万元） | 到位数（万元） | 实际支出（万元） | 结余（万元） |
            | 省级补助 | 120.00 | 120.00 | 120.00 | 0.00 |
            | 市级财政 | 266.50 | 266.50 | 232.86 | 33.64 |
            | 县级财政 | 100.00 | 100.00 | 90.00 | 10.00 |
            | 合计 | 486.50 | 486.50 | 442.86 | 53.64 |
            """);

        Assert.Equal(4, facts.Differences.Count);
        var city = Assert.Single(facts.Differences, d => d.Name.StartsWith("市级财政", StringComparison.Ordinal));
        Assert.Equal(("33.64", "232.86"), (city.Stated.Number.Printed, city.Less.Number.Printed));
        Assert.Contains(city.From.Number.Printed, new[] { "266.50" });
    }

    [Fact]
    public void ABalanceColumnNoPairExplains_IsNotRead()
    {
        var facts = Facts.Of("""
            | 资金来源 | 预算数（万元） | 实际支出（万元） | 结余（万元） |
            | 省级补助 | 120.00 | 100.00 | 5.00 |
            | 市级财政 | 266.50 | 232.86 | 13.64 |
            | 县级财政 | 100.00 | 90.00 | 1.00 |
            """);

        Assert.Empty(facts.Differences);
    }
}
