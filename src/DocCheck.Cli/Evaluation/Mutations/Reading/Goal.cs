namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>An indicator's numeric target (≥27.85万亩, ≤85元/立方米, =100%) and its comparison with the actual value.</summary>
/// <param name="Comparator">≥, ≤, &gt;, &lt; or =.</param>
/// <param name="Number">The target's number.</param>
/// <param name="Unit">The target's unit: everything after the number (万亩, 元/立方米, %).</param>
internal sealed record Goal(string Comparator, NumberToken Number, string Unit)
{
    /// <summary>Whether a lower actual is better (≤ and &lt; targets).</summary>
    public bool IsCeiling => Comparator is "≤" or "<";

    /// <summary>Reads a target cell holding one number; a target without comparator is read as ≥ unless it is a cost.</summary>
    public static Goal? Read(string target, string indicatorName)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(indicatorName);
        if (NumberScanner.Scan(target) is not [var number])
        {
            return null;
        }

        var unit = target[number.End..].Trim();
        var comparator = number.Comparator;
        if (unit.EndsWith("以内", StringComparison.Ordinal) || unit.EndsWith("以下", StringComparison.Ordinal))
        {
            comparator = comparator.Length == 0 ? "≤" : comparator;
            unit = unit[..^2];
        }
        else if (unit.EndsWith("以上", StringComparison.Ordinal))
        {
            comparator = comparator.Length == 0 ? "≥" : comparator;
            unit = unit[..^2];
        }

        // Words before the number other than 达到 make the target something else (同比增长5%, 较上年下降).
        var before = target[..number.Start].Trim().TrimEnd('≥', '≤', '>', '<', '=');
        if (before.Length > 0 && before is not ("达到" or "不低于" or "不少于" or "不高于" or "不超过" or "大于等于" or "小于等于"))
        {
            return null;
        }

        if (comparator.Length == 0)
        {
            if (IsCostLike(indicatorName))
            {
                return null;
            }

            comparator = "≥";
        }

        return new Goal(comparator, number, unit);
    }

    /// <summary>Reads an actual value: one number in the target's unit, or null.</summary>
    public NumberToken? ReadActual(string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (NumberScanner.Scan(actual) is not [var number] || number.Comparator.Length > 0)
        {
            return null;
        }

        var unit = actual[number.End..].Trim();
        return unit == Unit ? number : null;
    }

    /// <summary>Whether <paramref name="value"/> meets the target, reading both as printed.</summary>
    public bool IsMetBy(decimal value) => Comparator switch
    {
        "≥" => value >= Number.Value,
        ">" => value > Number.Value,
        "≤" => value <= Number.Value,
        "<" => value < Number.Value,
        _ => value >= Number.Value,
    };

    /// <summary>How a row's actual compares with its target.</summary>
    public static Attainment Compare(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.TargetCell is null || row.ActualCell is null || Read(row.TargetCell.Value, row.Name) is not { } goal
            || goal.ReadActual(row.ActualCell.Value) is not { } actual)
        {
            return Attainment.Unknown;
        }

        return goal.IsMetBy(actual.Value) ? Attainment.Met : Attainment.Short;
    }

    /// <summary>Names of cost indicators, whose plain targets are ceilings.</summary>
    public static bool IsCostLike(string name) =>
        name.Contains("成本", StringComparison.Ordinal) || name.Contains("单价", StringComparison.Ordinal)
        || name.Contains("费用", StringComparison.Ordinal) || name.Contains("经费", StringComparison.Ordinal)
        || name.Contains("价格", StringComparison.Ordinal) || name.Contains("投资", StringComparison.Ordinal);
}
