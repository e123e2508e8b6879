using System.Text.Json;

namespace DocCheck.Review.Json;

/// <summary>The contract names of enum values: the member name in camelCase (<c>TextBox</c> → <c>textBox</c>).</summary>
internal static class JsonNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The member whose contract name is <paramref name="name"/>, compared ordinally; null when none.</summary>
    public static TEnum? Parse<TEnum>(string name)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(value), name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
