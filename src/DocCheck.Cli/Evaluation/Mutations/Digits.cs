namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>Changes to printed numbers that keep their form (separators, decimals).</summary>
internal static class Digits
{
    /// <summary>
    /// The printed number with two adjacent, different digits swapped (1,064.80 → 1,046.80), choosing among the
    /// possible swaps with <paramref name="random"/>, integer digits first; null when no swap changes the value.
    /// </summary>
    public static string? Transpose(string printed, Random random)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(random);
        var positions = Enumerable.Range(0, printed.Length).Where(i => char.IsAsciiDigit(printed[i])).ToList();
        var point = printed.IndexOf('.', StringComparison.Ordinal);
        var swaps = new List<(int A, int B)>();
        for (var k = 0; k + 1 < positions.Count; k++)
        {
            var (a, b) = (positions[k], positions[k + 1]);
            var sameSide = point < 0 || (a < point) == (b < point);
            if (printed[a] != printed[b] && sameSide && !(k == 0 && printed[b] == '0'))
            {
                swaps.Add((a, b));
            }
        }

        var integer = swaps.Where(s => point < 0 || s.B < point).ToList();
        var pool = integer.Count > 0 ? integer : swaps;
        if (pool.Count == 0)
        {
            return null;
        }

        var (x, y) = pool[random.Next(pool.Count)];
        var chars = printed.ToCharArray();
        (chars[x], chars[y]) = (chars[y], chars[x]);
        return new string(chars);
    }

    /// <summary>The power of ten of a value's second significant digit in its integer part (4,030.50 → 100), at least 1.</summary>
    public static decimal SecondDigitStep(decimal value)
    {
        var integerDigits = Math.Floor(Math.Abs(value)).ToString(System.Globalization.CultureInfo.InvariantCulture).TrimStart('0').Length;
        return Reading.NumberToken.Pow10(Math.Max(integerDigits - 2, 0));
    }

    /// <summary>The value with its first significant digit raised by one (9 lowered to 8): 328.04 → 428.04, 0.56 → 0.66.</summary>
    public static decimal BumpFirstDigit(decimal value)
    {
        if (value <= 0)
        {
            return value;
        }

        var step = 1m;
        while (step * 10 <= value)
        {
            step *= 10;
        }

        while (step > value)
        {
            step /= 10;
        }

        var first = Math.Floor(value / step);
        return first == 9 ? value - step : value + step;
    }
}
