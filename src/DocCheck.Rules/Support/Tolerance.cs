using DocCheck.Extract.Numbers;

namespace DocCheck.Rules.Support;

/// <summary>The extra slack of a rule's settings, converted to the base unit of a claimed value.</summary>
internal static class Tolerance
{
    /// <summary>The slack in base units for a value printed like <paramref name="claimed"/>.</summary>
    public static decimal For(RuleContext context, PrintedNumber claimed) => context.Rule.Tolerance * claimed.Scale;

    /// <summary>A tiny epsilon against decimal division noise.</summary>
    public const decimal Epsilon = 0.0000001m;
}
